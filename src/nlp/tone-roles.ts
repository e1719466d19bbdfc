import { type CountryCode, findCountryMentions } from "./countries.js";
import { formOf, type PhraseMatch, type RelationCue, roleWords, wordsOf } from "./lexicon.js";
import { findMetonyms } from "./metonyms.js";
import type { SentenceParties } from "./sentence-parties.js";
import type { Pair } from "./types.js";

/**
 * Who does a relation word and to whom: its doer (source) and receiver (target), from the
 * countries around it and the role words of data/relation-lexicon.json ("terhadap", "oleh").
 */

/** Words between a relation word and its receiver: "serangan drone terhadap ladang minyak X". */
const MAX_WORDS_BEFORE_PREPOSITION = 4;
const MAX_WORDS_AFTER_PREPOSITION = 7;
/** "mengecam keras Israel": an active verb's object may follow a word or two of manner. */
const MAX_WORDS_BEFORE_OBJECT = 2;
/** "Iran telah melancarkan serangan": a doer a word or two before its light verb. */
const MAX_WORDS_SUBJECT_TO_VERB = 2;

export type Cue = PhraseMatch<RelationCue>;
export type Span = { start: number; end: number };
export interface Mention extends Span {
  code: CountryCode;
}
export interface Roles {
  source: Set<CountryCode>;
  target: Set<CountryCode>;
}

const PUNCTUATION_BREAK = /[;:"“”()]/gu;

/** Where each party is named: by name, capital, leader or a person holding an office. */
export function partyMentions(parties: SentenceParties, year: number | null): Mention[] {
  const text = parties.sentence.text;
  const people = parties.people.flatMap(({ person, start, end }) =>
    person.country ? [{ code: person.country, start, end }] : [],
  );
  return [...findCountryMentions(text), ...findMetonyms(text, year), ...people]
    .filter((mention) => parties.parties.has(mention.code))
    .sort((a, b) => a.start - b.start);
}

/** Clause boundaries: punctuation and words opening a clause of their own ("setelah"). */
export function clauseBreaks(text: string): Span[] {
  const breaks: Span[] = roleWords.clauseBreaks.findAll(text);
  for (const match of text.matchAll(PUNCTUATION_BREAK))
    breaks.push({ start: match.index, end: match.index + 1 });
  return breaks;
}

/** The clause a word sits in: from the break before it to the break after it. */
export function clauseOf(cue: Span, text: string, breaks: Span[]): Span {
  return {
    start: Math.max(0, ...breaks.filter((b) => b.end <= cue.start).map((b) => b.end)),
    end: Math.min(text.length, ...breaks.filter((b) => b.start >= cue.end).map((b) => b.start)),
  };
}

export function rolesOf(cue: Cue, text: string, mentions: Mention[], breaks: Span[]): Roles {
  const { start: from, end: to } = clauseOf(cue, text, breaks);
  const form = formOf(cue.surface);
  const roles: Roles = { source: new Set(), target: new Set() };
  // After the word: its receiver, or for a noun its doer ("serangan Kamboja") then its receiver.
  let end = cue.end;
  for (const after of mentions.filter((m) => m.start >= cue.end && m.end <= to)) {
    const gap = wordsOf(text.slice(end, after.start));
    const at = gap.findIndex(
      (w) => roleWords.targetPrepositions.has(w) || roleWords.sourcePrepositions.has(w),
    );
    const preposition = gap[at];
    if (
      preposition &&
      at <= MAX_WORDS_BEFORE_PREPOSITION &&
      gap.length - at <= MAX_WORDS_AFTER_PREPOSITION
    ) {
      roles[roleWords.sourcePrepositions.has(preposition) ? "source" : "target"].add(after.code);
    } else if (!preposition && gap.length <= (form === "active" ? MAX_WORDS_BEFORE_OBJECT : 0)) {
      // "menuduh Iran": the object; "serangan Iran", "dikecam Beijing": the doer.
      roles[form === "active" ? "target" : "source"].add(after.code);
      if (form !== "active" && end === cue.end) {
        end = after.end;
        continue;
      }
    }
    break;
  }
  const before = mentions.filter((m) => m.start >= from && m.end <= cue.start);
  if (form === "passive") for (const m of before) roles.target.add(m.code);
  else if (form === "active") for (const m of before) roles.source.add(m.code);
  else for (const code of nounDoers(cue, text, from, before)) roles.source.add(code);
  return roles;
}

/**
 * Who did what a noun names. Inside a phrase ("perlindungan AS dari ancaman") nobody in the clause;
 * an attack only the country right before a light verb ("Teheran berada di balik serangan");
 * other acts the clause's subject ("Malaysia menawarkan bantuan", "Indonesia ajukan gugatan").
 */
function nounDoers(cue: Cue, text: string, from: number, before: Mention[]): CountryCode[] {
  const previous = wordsOf(text.slice(from, cue.start)).at(-1);
  if (previous && roleWords.nounPrepositions.has(previous)) return [];
  if (!cue.value.doerMustBeNamed) return before.map((m) => m.code);
  const verb = roleWords.lightVerbs
    .findAll(text.slice(from, cue.start))
    .find((v) => wordsOf(text.slice(from + v.end, cue.start)).length <= 1);
  if (!verb) return [];
  const verbStart = from + verb.start;
  return before
    .filter((m) => wordsOf(text.slice(m.end, verbStart)).length <= MAX_WORDS_SUBJECT_TO_VERB)
    .map((m) => m.code);
}

/**
 * Whether a word with known roles is between the pair: doer and receiver are the two of them. A
 * receiver alone counts where the doer may be the other one left unsaid (`subjects`: named
 * earlier in the sentence, where Indonesian puts its subject, or already the doer of this kind
 * of act in the article). An attack needs its doer named.
 */
export function between(cue: Cue, roles: Roles, pair: Pair, subjects: Set<CountryCode>): boolean {
  const inPair = (code: CountryCode) => code === pair[0] || code === pair[1];
  const sources = [...roles.source].filter(inPair);
  const targets = [...roles.target].filter(inPair);
  if (roles.source.size && roles.target.size)
    return sources.some((s) => targets.some((t) => t !== s));
  if (roles.target.size)
    return (
      targets.some((t) => pair.some((c) => c !== t && subjects.has(c))) &&
      !cue.value.doerMustBeNamed
    );
  return sources.length > 0;
}
