import eventData from "../../data/events.json" with { type: "json" };
import relationData from "../../data/relation-lexicon.json" with { type: "json" };
import sectorData from "../../data/sectors.json" with { type: "json" };
import { PhraseIndex } from "./phrase-index.js";
import { escapeRegExp } from "./text.js";
import type { EventFact } from "./types.js";

/**
 * The word lists in data/ turned into matchers. Knowledge lives in the data files; this module
 * only knows how to find their phrases as whole words.
 */

export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
  surface: string;
}

/** Finds any of many phrases, longest first, as whole words, case-insensitively. */
export class PhraseMatcher<T> {
  private readonly index: PhraseIndex;
  private readonly values = new Map<string, T>();

  constructor(entries: Iterable<[phrase: string, value: T]>) {
    for (const [phrase, value] of entries) {
      const key = normalise(phrase);
      if (!this.values.has(key)) this.values.set(key, value);
    }
    this.index = new PhraseIndex(this.values.keys());
  }

  findAll(text: string): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (const hit of this.index.matches(text)) {
      const value = this.values.get(normalise(hit.surface));
      if (value !== undefined) found.push({ value, ...hit });
    }
    return found;
  }
}

function normalise(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s-]+/g, " ")
    .trim();
}

export interface RelationCue {
  category: string;
  /** +1 cooperation, -1 conflict, 0 a relation named without saying how it goes. */
  tone: number;
  /** How strongly one occurrence counts toward the tone. */
  weight: number;
  /** An act that is someone's only where the text names who did it (an attack). */
  doerMustBeNamed: boolean;
}

export const relationCues = new PhraseMatcher<RelationCue>(
  relationData.categories.flatMap((category) =>
    category.terms.map((term): [string, RelationCue] => [
      term,
      {
        category: category.category,
        tone: category.tone,
        weight: category.weight,
        doerMustBeNamed: (category as { doerMustBeNamed?: boolean }).doerMustBeNamed ?? false,
      },
    ]),
  ),
);

/** Sport and the like: countries meet there without any relation between their states. */
export const offTopicContext = new PhraseMatcher<true>(
  relationData.offTopic.map((term): [string, true] => [term, true]),
);

/** Headline words of a market report (data/relation-lexicon.json "marketNews"). */
export const marketNews = new PhraseMatcher<true>(
  relationData.marketNews.map((term): [string, true] => [term, true]),
);

/** Words that make the country after them an origin of people, not a state acting. */
export const nonStateBefore = new PhraseMatcher<true>(
  relationData.nonStateBefore.map((term): [string, true] => [term, true]),
);

/** Non-state armed groups (data/relation-lexicon.json "armedGroups"). */
export const armedGroups = new PhraseMatcher<true>(
  relationData.armedGroups.map((term): [string, true] => [term, true]),
);

/** Single words and phrases as a matcher that only says where they are. */
function wordSet(terms: string[]): PhraseMatcher<true> {
  return new PhraseMatcher<true>(terms.map((term): [string, true] => [term, true]));
}

/**
 * The words that tell who does what to whom around a relation word (used by tone.ts): see the
 * "roles" comment in data/relation-lexicon.json.
 */
export const roleWords = {
  clauseBreaks: wordSet(relationData.roles.clauseBreaks),
  targetPrepositions: new Set(relationData.roles.targetPrepositions),
  sourcePrepositions: new Set(relationData.roles.sourcePrepositions),
  lightVerbs: wordSet(relationData.roles.lightVerbs),
  negators: new Set(relationData.roles.negators),
  modals: new Set(relationData.roles.modals),
  symmetric: new Set(relationData.roles.symmetric),
  nounPrepositions: new Set(relationData.roles.nounPrepositions),
  notRelation: wordSet(relationData.roles.notRelation),
  activePrefixes: relationData.roles.verbPrefixes.active,
  passivePrefixes: relationData.roles.verbPrefixes.passive,
  nounsLikeVerbs: new Set(relationData.roles.nounsLikeVerbs),
  acceptVerbs: wordSet(relationData.roles.acceptVerbs),
  condolences: wordSet(relationData.roles.condolences),
  switchVerbs: wordSet(relationData.roles.switchVerbs),
  attackedThings: new Set(relationData.roles.attackedThings),
  urgingVerbs: new Set(relationData.roles.urgingVerbs),
  spokenThings: new Set(relationData.roles.spokenThings),
};

/** "sengketa", "kerja sama": a word naming a state between two sides, with no doer or receiver. */
export function isSymmetric(surface: string): boolean {
  return roleWords.symmetric.has(normalise(surface));
}

/** A relation category's tone and weight as a cue, for acts the tone rules infer (a switch of sides). */
export function categoryCue(category: string): RelationCue {
  const entry = relationData.categories.find((c) => c.category === category);
  if (!entry) throw new Error(`no relation category ${category}`);
  return { category, tone: entry.tone, weight: entry.weight, doerMustBeNamed: false };
}

export type Form = "active" | "passive" | "noun";

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): string[] {
  return wordsAsWritten(text).map((word) => word.toLowerCase());
}

/** The words of a text with their case, as wordsOf splits them. */
export function wordsAsWritten(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Every lexicon term, lower-cased: to tell an English verb's "-s" form from a plural noun. */
const lexiconTerms = new Set(
  relationData.categories.flatMap((category) => category.terms.map((t) => t.toLowerCase())),
);

/**
 * "condemns", "expels", "accuses": an English present-tense verb, known because the lexicon also
 * lists its past tense ("condemned"); "talks" or "ties" have none and stay nouns.
 */
function englishPresentVerb(word: string): boolean {
  if (!/^[a-z]+s$/.test(word)) return false;
  const stem = word.endsWith("es") ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
  // "condemned", "accused", "expelled" (a doubled last consonant).
  return stem.some((base) =>
    [`${base}ed`, `${base}d`, `${base}${base.at(-1)}ed`].some((past) => lexiconTerms.has(past)),
  );
}

/**
 * Indonesian verbs by their prefix (me-, ber- active; di- passive); English by "-ed" and "-ing"
 * ("was expelling"), save the "-ing" words news uses as nouns ("the bombing", in nounsLikeVerbs),
 * and by a present "-s" whose past tense the lexicon lists.
 */
export function formOf(surface: string): Form {
  const word = surface.toLowerCase().split(/\s+/)[0] ?? "";
  if (roleWords.nounsLikeVerbs.has(word)) return "noun";
  if (roleWords.passivePrefixes.some((prefix) => word.startsWith(prefix))) return "passive";
  if (roleWords.activePrefixes.some((prefix) => word.startsWith(prefix))) return "active";
  return /(?:ed|ing)$/.test(word) || englishPresentVerb(word) ? "active" : "noun";
}

export type EventType = EventFact["type"];

export const eventTriggers = new PhraseMatcher<EventType>(
  eventData.types.flatMap((entry) =>
    entry.terms.map((term): [string, EventType] => [term, entry.type as EventType]),
  ),
);

export const anaphoraWords = new Set(eventData.anaphora);
/** "PBB|ASEAN|...": organisations of many states (data/events.json internationalBodies). */
export const INTERNATIONAL_BODIES = [...eventData.internationalBodies]
  .sort((a, b) => b.length - a.length)
  .map((name) => escapeRegExp(name).replace(/\s+/g, "\\s+"))
  .join("|");
const INTERNATIONAL_BODY = new RegExp(
  String.raw`(?<![\p{L}])(?:${INTERNATIONAL_BODIES})(?![\p{L}])`,
  "gu",
);

/** Where a text names an international body ("PBB", "Uni Eropa"), in order. */
export function internationalBodiesIn(text: string): RegExpExecArray[] {
  return [...text.matchAll(INTERNATIONAL_BODY)];
}
export const plannedWords = new PhraseMatcher<true>(
  eventData.planned.map((word): [string, true] => [word, true]),
);

export interface Sector {
  id: string;
  label: { id: string; en: string };
}

const sectors = new Map<string, Sector>(sectorData.sectors.map((sector) => [sector.id, sector]));

export function sectorLabel(id: string, language: "id" | "en" = "id"): string {
  return sectors.get(id)?.label[language] ?? id;
}

export const sectorTerms = new PhraseMatcher<string>(
  sectorData.sectors.flatMap((sector) =>
    sector.terms.map((term): [string, string] => [term, sector.id]),
  ),
);

/** Phrases that contain a sector word without naming the sector ("media sosial"). */
export const sectorExclusions = new PhraseMatcher<true>(
  sectorData.sectors
    .flatMap((sector) => (sector as { exclude?: string[] }).exclude ?? [])
    .map((p): [string, true] => [p, true]),
);
