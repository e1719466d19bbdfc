import { type CountryCode, findCountryMentions } from "./countries.js";
import {
  formOf,
  type PhraseMatch,
  type RelationCue,
  relationCues,
  roleWords,
  wordsOf,
} from "./lexicon.js";
import { findMetonyms } from "./metonyms.js";
import type { SentenceParties } from "./sentence-parties.js";
import type { Pair } from "./types.js";

/**
 * The tone of a relation from counts of cooperation and conflict words (PLOVER categories in
 * data/relation-lexicon.json): one side must clearly outweigh the other to set the tone.
 *
 * A relation word speaks of a pair only when the pair are the ones doing it to each other: in
 * "Indonesia mengecam serangan terhadap Arab Saudi" the attack is someone else's and Indonesia
 * sides with Saudi Arabia. So each word gets a doer (source) and a receiver (target) from the
 * countries around it and the role words of the lexicon ("terhadap", "oleh", "setelah").
 */
export type Tone = "cooperation" | "conflict" | "mixed" | "neutral";

/** How many times one side must outweigh the other to set the tone on its own. */
const DOMINANCE = 2;

export function toneOf(cooperation: number, conflict: number): Tone {
  if (!cooperation && !conflict) return "neutral";
  if (cooperation >= conflict * DOMINANCE) return "cooperation";
  if (conflict >= cooperation * DOMINANCE) return "conflict";
  return "mixed";
}

/** Words between a relation word and its receiver: "serangan drone terhadap ladang minyak X". */
const MAX_WORDS_BEFORE_PREPOSITION = 4;
const MAX_WORDS_AFTER_PREPOSITION = 7;
/** "mengecam keras Israel": an active verb's object may follow a word or two of manner. */
const MAX_WORDS_BEFORE_OBJECT = 2;
/** How far back a refusal still governs a cooperation word: "menolak untuk bertemu". */
const REFUSAL_SCOPE_WORDS = 3;
/** "Iran telah melancarkan serangan": a doer a word or two before its light verb. */
const MAX_WORDS_SUBJECT_TO_VERB = 2;
/** "mengecam keras serangan ...": a condemnation whose object is an attack. */
const MAX_WORDS_TO_CONDEMNED_ACT = 3;

type Cue = PhraseMatch<RelationCue>;
type Span = { start: number; end: number };
interface Mention extends Span {
  code: CountryCode;
}
interface Roles {
  source: Set<CountryCode>;
  target: Set<CountryCode>;
}
export interface ToneCounts {
  cooperation: number;
  conflict: number;
}

const PUNCTUATION_BREAK = /[;:"“”()]/gu;

/** Where each party is named: by name, capital, leader or a person holding an office. */
function partyMentions(parties: SentenceParties, year: number | null): Mention[] {
  const text = parties.sentence.text;
  const people = parties.people.flatMap(({ person, start, end }) =>
    person.country ? [{ code: person.country, start, end }] : [],
  );
  return [...findCountryMentions(text), ...findMetonyms(text, year), ...people]
    .filter((mention) => parties.parties.has(mention.code))
    .sort((a, b) => a.start - b.start);
}

/** Clause boundaries: punctuation and words opening a clause of their own ("setelah"). */
function clauseBreaks(text: string): Span[] {
  const breaks: Span[] = roleWords.clauseBreaks.findAll(text);
  for (const match of text.matchAll(PUNCTUATION_BREAK))
    breaks.push({ start: match.index, end: match.index + 1 });
  return breaks;
}

function rolesOf(cue: Cue, text: string, mentions: Mention[], breaks: Span[]): Roles {
  const from = Math.max(0, ...breaks.filter((b) => b.end <= cue.start).map((b) => b.end));
  const to = Math.min(text.length, ...breaks.filter((b) => b.start >= cue.end).map((b) => b.start));
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

/** "tidak akan bertemu", "menolak untuk bertemu", "Menteri Perdagangan": no such act. */
function notAnAct(cue: Cue, text: string, cues: Cue[]): boolean {
  const before = wordsOf(text.slice(0, cue.start));
  let i = before.length - 1;
  while (i >= 0 && roleWords.modals.has(before[i]!)) i--;
  if (i >= 0 && roleWords.negators.has(before[i]!)) return true;
  // A capitalised word after a capitalised word is part of a name: "Kementerian Perdagangan".
  const previous = /([\p{L}]+)\s+(?:(?:dan|and|of|&)\s+)?$/u.exec(text.slice(0, cue.start))?.[1];
  if (cue.start > 0 && /^\p{Lu}/u.test(cue.surface) && previous && /^\p{Lu}/u.test(previous))
    return true;
  if (cue.value.tone <= 0) return false;
  return cues.some(
    (other) =>
      other.value.category === "REJECT" &&
      other.end <= cue.start &&
      wordsOf(text.slice(other.end, cue.start)).length < REFUSAL_SCOPE_WORDS,
  );
}

/** The attack a condemnation is about: "mengecam keras serangan ...". */
function condemnedAct(cue: Cue, text: string, cues: Cue[]): Cue | undefined {
  if (cue.value.category !== "DISAPPROVE") return undefined;
  return cues.find(
    (other) =>
      other.value.category === "ASSAULT" &&
      formOf(other.surface) === "noun" &&
      other.start >= cue.end &&
      wordsOf(text.slice(cue.end, other.start)).length <= MAX_WORDS_TO_CONDEMNED_ACT,
  );
}

/**
 * Whether a word with known roles is between the pair: doer and receiver are the two of them. A
 * receiver alone counts where the doer may be the other one left unsaid (`subjects`: named
 * earlier in the sentence, where Indonesian puts its subject, or already the doer of this kind
 * of act in the article). An attack needs its doer named.
 */
function between(cue: Cue, roles: Roles, pair: Pair, subjects: Set<CountryCode>): boolean {
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

/**
 * The cooperation and conflict an article's sentences show between the two countries of `pair`.
 * A word whose doer or receiver is known counts only when they are the pair. A conflict word with
 * neither counts where both are named (or "kedua negara"); elsewhere it is the same kind of act
 * the article already attributed ("serangan itu" after "serangan terhadap Arab Saudi"), or none.
 */
export function pairTone(about: SentenceParties[], pair: Pair, year: number | null): ToneCounts {
  const counts: ToneCounts = { cooperation: 0, conflict: 0 };
  // Kinds of conflict the article has shown between the pair ("gugatan" after "menggugat").
  const attributed = new Set<string>();
  const add = (cue: Cue, weight = cue.value.weight, tone = cue.value.tone) => {
    if (tone > 0) counts.cooperation += weight;
    else counts.conflict += weight;
  };
  for (const parties of about) {
    const text = parties.sentence.text;
    const mentions = partyMentions(parties, year);
    const breaks = clauseBreaks(text);
    const cues = relationCues.findAll(text).filter((cue) => cue.value.tone !== 0);
    const bothNamed =
      (parties.parties.has(pair[0]) && parties.parties.has(pair[1])) || parties.refersToPair;
    const falseFriends = roleWords.notRelation.findAll(text);
    const done = new Set<Cue>(
      cues.filter((cue) => falseFriends.some((f) => cue.start >= f.start && cue.end <= f.end)),
    );
    const known = (cue: Cue) => bothNamed || attributed.has(cue.value.category);
    // Who may be the unsaid doer of a word: a pair member named before it (a passive's doer may
    // follow anywhere; a quote's speaker follows the quote), or the doer the article gave.
    const quoteEnd = Math.max(text.lastIndexOf("\u201d"), text.lastIndexOf('"'));
    const subjects = (cue: Cue) =>
      new Set(
        attributed.has(cue.value.category)
          ? pair
          : mentions
              .filter(
                (m) =>
                  m.end <= cue.start ||
                  formOf(cue.surface) === "passive" ||
                  (cue.end < quoteEnd && m.start > quoteEnd),
              )
              .map((m) => m.code),
      );
    const attribute = (cue: Cue) => cue.value.tone < 0 && attributed.add(cue.value.category);
    for (const cue of cues) {
      if (done.has(cue) || notAnAct(cue, text, cues)) continue;
      const act = condemnedAct(cue, text, cues);
      if (act) {
        // Condemning an attack sides with its victim against its doer.
        done.add(act);
        const condemners = rolesOf(cue, text, mentions, breaks).source;
        const attack = rolesOf(act, text, mentions, breaks);
        const withCondemner = (roles: Set<CountryCode>) =>
          roles.size > 0 &&
          between(cue, { source: condemners, target: roles }, pair, subjects(cue));
        if (withCondemner(attack.target)) add(cue, cue.value.weight, 1);
        else if (withCondemner(attack.source)) add(cue);
        continue;
      }
      const roles = rolesOf(cue, text, mentions, breaks);
      const symmetric = roleWords.symmetric.has(cue.surface.toLowerCase().replace(/[\s-]+/g, " "));
      if (!symmetric && (roles.source.size || roles.target.size)) {
        if (!between(cue, roles, pair, subjects(cue))) continue;
        attribute(cue);
        add(cue);
      } else if (!cue.value.doerMustBeNamed || symmetric) {
        // Nobody named around it: the pair's where both are named, or a kind they already did.
        if (cue.value.tone < 0 && !known(cue)) continue;
        if (bothNamed) attribute(cue);
        add(cue);
      }
    }
  }
  return counts;
}
