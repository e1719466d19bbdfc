import capitalData from "../../data/capitals.json" with { type: "json" };
import relationData from "../../data/relation-lexicon.json" with { type: "json" };
import roleData from "../../data/roles.json" with { type: "json" };
import { findCountryMentions } from "./countries.js";

/**
 * What follows a title is read as capitalised words (people.ts), and not all of them are a name:
 * "Juru Bicara Kementerian Luar Negeri Abbas Mousavi" names Abbas Mousavi, "Menko Bidang
 * Perekonomian Darmin Nasution" names Darmin Nasution, and in a title-cased headline "Kanselir
 * Jerman Tegaskan Tolak Rencana" names nobody. This splits such words into the name, if any.
 */

/** "bin", "al", "van": lower-case parts of a name, which name no one on their own. */
export const NAME_PARTICLES = new Set([
  "bin",
  "binti",
  "al",
  "van",
  "von",
  "de",
  "der",
  "la",
  "le",
]);

const lower = (words: Iterable<string>) => new Set([...words].map((word) => word.toLowerCase()));

/**
 * Single words of the office's body or field, of the portfolios ("Luar", "Negeri") and ranks,
 * and armed groups ("Juru Bicara Taliban Zabihullah Mujahid").
 */
const OFFICE_WORDS = lower(
  [
    ...roleData.notNames.office,
    ...roleData.portfolios,
    ...roleData.ranks,
    ...relationData.armedGroups,
  ].flatMap((words) => words.split(/\s+/)),
);
const HEADLINE_VERBS = lower(roleData.notNames.headlineVerbs);
/** "Jakarta Anies Baswedan", "Abu Dhabi": capitals as lists of words, by their first word. */
const CAPITALS = new Map<string, string[][]>();
for (const capital of Object.values(
  (capitalData as { capitals: Record<string, string[]> }).capitals,
).flat()) {
  const words = capital.toLowerCase().split(/\s+/);
  CAPITALS.set(words[0]!, [...(CAPITALS.get(words[0]!) ?? []), words]);
}
/**
 * "PBB", "DPR", "NATO": a body's acronym, before a name or alone ("Sekjen PBB, Antonio Guterres");
 * two letters may be initials ("BJ Habibie").
 */
const ACRONYM = /^\p{Lu}{3,}$/u;
/** "Komisi I DPR": a committee's numeral. */
const NUMERAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI)$/;
/** A verb a title-cased headline capitalises: "Resmikan", "Tawarkan", "Ungkapkan". */
const VERB_SUFFIX = /\p{Ll}{3,}kan$/u;

function capitalAt(words: string[], at: number): number {
  const candidates = CAPITALS.get(words[at]!.toLowerCase()) ?? [];
  for (const capital of candidates)
    if (capital.every((word, offset) => words[at + offset]?.toLowerCase() === word))
      return capital.length;
  return 0;
}

/** "Tegaskan", "Sambangi": a verb a title-cased headline capitalises, which no name holds. */
export const isHeadlineVerb = (word: string) =>
  HEADLINE_VERBS.has(word.toLowerCase()) || VERB_SUFFIX.test(word);

export interface NameReading {
  /** The person's name, or, when there is none, the words as read (a mention still matches them). */
  name: string;
  /** No name: the words were the office's body, a place or a headline's verbs. */
  unnamed: boolean;
}

/** The name in the capitalised words read after a title, without the office's words before it. */
export function readPersonName(words: string): NameReading {
  const tokens = words.split(" ");
  let start = 0;
  while (start < tokens.length) {
    const token = tokens[start]!;
    const skip =
      capitalAt(tokens, start) ||
      (OFFICE_WORDS.has(token.toLowerCase()) || NUMERAL.test(token) || ACRONYM.test(token) ? 1 : 0);
    if (!skip) break;
    start += skip;
  }
  let end = start;
  while (end < tokens.length && !isHeadlineVerb(tokens[end]!)) end++;
  while (end > start && NAME_PARTICLES.has(tokens[end - 1]!.toLowerCase())) end--;
  const name = tokens.slice(start, end).join(" ");
  if (!name || findCountryMentions(name).some((mention) => mention.start === 0))
    return { name: words, unnamed: true };
  return { name, unnamed: false };
}
