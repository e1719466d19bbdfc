import roleData from "../../data/roles.json" with { type: "json" };
import type { CountryCode } from "./countries.js";
import { roleWords, wordsOf } from "./lexicon.js";
import type { SentenceParties } from "./sentence-parties.js";
import { escapeRegExp } from "./text.js";
import { POSTED_PREPOSITIONS } from "./tie-acts.js";
import { MISSION_WORDS } from "./tie-consular.js";
import { partyMentions } from "./tone-roles.js";

/**
 * Who the article's first sentence is about: the countries named before its first verb ("Duta
 * Besar Denmark untuk Indonesia ... menyampaikan duka cita", "Wakil PM Singapura menyambangi
 * ..."). News puts its subject first; a pair named later in the lead ("Bank-bank nasional
 * mengatur ulang kredit akibat perang dagang AS dan China") is what the news passes by.
 */
export function leadSubjects(first: SentenceParties | undefined, year: number | null) {
  const subjects = new Set<CountryCode>();
  if (first?.sentence.index !== 0) return subjects;
  const text = first.sentence.text;
  const verb = firstVerb(text);
  if (verb === null) return subjects;
  const people = new Set(first.people.map((mention) => mention.start));
  for (const mention of partyMentions(first, year)) {
    if (mention.start >= verb) break;
    const before = text.slice(0, mention.start);
    // "Duta Besar Denmark untuk Indonesia": the country served, not the subject.
    if (POSTED.has(wordsOf(before).at(-1) ?? "")) continue;
    // The state acts through its people: "Wakil Perdana Menteri Singapura", "Putin"; not "Perang
    // dagang antara China dan AS membuat ..." or "Pasangan ganda Indonesia".
    const office = OFFICE_BEFORE.test(before.slice(-MAX_OFFICE_LENGTH));
    if (people.has(mention.start) || office) subjects.add(mention.code);
  }
  return subjects;
}

/** A title, the government or a mission right before a country: its office holder, government or embassy. */
const STATE_BODIES = [
  "pemerintah",
  "pemerintahan",
  "government",
  ...MISSION_WORDS,
  "kementerian luar negeri",
  "ministry",
];
const OFFICE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...roleData.titles, ...STATE_BODIES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\s+$`,
  "iu",
);

/** Longer than the longest title ("Kepala Staf Angkatan Darat") and the spaces after it. */
const MAX_OFFICE_LENGTH = 48;
/** Where an envoy serves or goes, or where one comes from ("dari X"): not the subject. */
const POSTED = new Set([...POSTED_PREPOSITIONS, "dari", "from"]);
/** "menyampaikan", "berkunjung", "dikecam": shorter words with these openings are rarely verbs. */
const MIN_VERB_LENGTH = 5;

/** Where the first word that reads as an Indonesian verb (me-, ber-, di- prefixed) starts. */
function firstVerb(text: string): number | null {
  const prefixes = [...roleWords.activePrefixes, ...roleWords.passivePrefixes];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0].toLowerCase();
    if (word.length < MIN_VERB_LENGTH || roleWords.nounsLikeVerbs.has(word)) continue;
    if (/^\p{Lu}/u.test(match[0])) continue; // a name: "Bernard", "Dimas", "Merkel"
    if (prefixes.some((prefix) => word.startsWith(prefix))) return match.index;
  }
  return null;
}
