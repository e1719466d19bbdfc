import type { CountryCode } from "./countries.js";
import { armedGroups } from "./lexicon.js";
import { pairKey, pairsIn } from "./pairs.js";
import type { SentenceParties } from "./sentence-parties.js";
import { directedPairs } from "./tie-acts.js";
import { condolencesToHome } from "./tie-condolences.js";
import { facingIn, twoSides } from "./tie-facing.js";
import type { Pair } from "./types.js";

/**
 * The evidence an article gives for each pair of countries that might be tied, as numbers: the
 * hand rule (ties.ts) and the learned weights (scripts/train-ties.ts) read the same vector, so
 * what is scored is what was trained on.
 */
export const FEATURES = [
  /** Both named in the headline, facing each other. */
  "title",
  /** Sentences where both act and face each other with a relation word, each diluted by crowding. */
  "relation",
  /** The other sentences naming both: no relation word, side by side, or a consular matter. */
  "bare",
  /** Sentences of the lead where both act and face each other. */
  "lead",
  /** Sentences showing one doing something to the other (tie-acts.ts). */
  "directed",
  /** "Kedua negara" sentences with a relation word, counted for the leading pair only (max 2). */
  "bothCountries",
  /** The pair the sentence evidence puts first. */
  "leading",
  /** One of the two is the country the article names most, headline included. */
  "mainCountry",
  /** 1 / (1 + index of the first sentence where both act): early news weighs more. */
  "early",
] as const;

export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

export interface Candidate {
  pair: Pair;
  features: Features;
  /** The hand rule's evidence before bonuses, which also decides the leading pair. */
  evidence: number;
  /**
   * A lead sentence shows several countries together acting on this pair's other one ("Pernyataan
   * bersama dari Jerman, Prancis, Inggris ... keprihatinan mengenai aksi Iran"): each is as much
   * the news as a leading pair (ties.ts).
   */
  groupLead?: boolean;
}

/** The hand rule's weights of the evidence that ranks the pairs (ties.ts). */
export const EVIDENCE_WEIGHT = { title: 3, relation: 2, bare: 0.5, lead: 1 } as const;

/** Sentences in the lead, where news puts who did what with whom. */
const LEAD_SENTENCES = 2;
/**
 * Sentences naming a pair without a relation between them that count, at most: a pair named side
 * by side again and again is a topic (a football rivalry, a market's two big neighbours), and its
 * relation has to be told to make it a tie.
 */
const MAX_BARE_SENTENCES = 2;
/**
 * Sentences at a match that make a pair's relation words the match's: one is enough where they
 * outnumber its relation sentences and neither side acts on the other (measured on the corpus,
 * 2026-12-02: going from two to one removed 11 ties, all of them matches, and no labelled tie).
 */
const MIN_SPORT_SENTENCES = 1;
/** "Kedua negara" sentences that count for the leading pair, at most. */
const MAX_BOTH_COUNTRIES_SENTENCES = 2;

/** Every feature at 0, copied for each pair: building it from FEATURES each time cost more. */
const NONE = Object.fromEntries(FEATURES.map((name) => [name, 0])) as Features;
const empty = (pair: Pair): Candidate => ({ pair, features: { ...NONE }, evidence: 0 });

/** The candidate pairs of an article with their evidence, the leading one first. */
export function candidatePairs(
  sentences: SentenceParties[],
  titleCountries: Set<CountryCode>,
  title?: SentenceParties,
  year: number | null = null,
): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const at = (pair: Pair) => {
    const key = pairKey(pair);
    const found = byKey.get(key) ?? empty(pair);
    byKey.set(key, found);
    return found.features;
  };
  const titleFacing = title ? facingIn(title, year) : () => true;
  for (const pair of pairsIn(titleCountries)) if (titleFacing(pair)) at(pair).title = 1;
  // Mentions as the analysis counts them (analyze.ts): per sentence acted in, the headline once.
  const mentions = new Map<CountryCode, number>([...titleCountries].map((code) => [code, 1]));
  // Acts of one on the other count only for pairs that some sentence names together, save
  // condolences, offered to the news' own country unnamed (tie-condolences.ts).
  const directed = new Map<string, number>();
  const acted = (pair: Pair) => {
    at(pair);
    directed.set(pairKey(pair), (directed.get(pairKey(pair)) ?? 0) + 1);
  };
  for (const condolence of title ? condolencesToHome(title) : []) acted(condolence);
  const groupLeads = new Set<string>();
  // Sentences naming the pair at a match, a tournament or with an athlete (offTopic).
  const sport = new Map<string, number>();
  for (const about of sentences) {
    const { sentence, parties, cues, offTopic } = about;
    for (const code of parties) mentions.set(code, (mentions.get(code) ?? 0) + 1);
    for (const condolence of condolencesToHome(about)) acted(condolence);
    if (parties.size >= 2 && offTopic)
      for (const pair of pairsIn(parties))
        sport.set(pairKey(pair), (sport.get(pairKey(pair)) ?? 0) + 1);
    if (parties.size < 2 || offTopic) continue;
    const acts = directedPairs(about, year);
    for (const pair of acts) acted(pair);
    const faces = facingIn(about, year, acts);
    // A sentence listing many countries (summit attendees) says little about each pair in it.
    // Not a list acting together on one: "AS, Australia dan Jepang meminta ... China".
    const together = twoSides(about);
    const dilution = parties.size > 3 && !together ? 2 / (parties.size - 1) : 1;
    for (const pair of pairsIn(parties)) {
      const features = at(pair);
      if (features.early === 0) features.early = 1 / (1 + sentence.index);
      const facing = faces(pair);
      // "Indonesia mendukung Palestina, bagaimanapun sikap AS": the word is the pair's that do it.
      const toldOfOthers = acts.length > 0 && !acts.some((act) => pairKey(act) === pairKey(pair));
      if (facing && cues.length > 0 && !toldOfOthers) features.relation += dilution;
      else features.bare = Math.min(features.bare + dilution, MAX_BARE_SENTENCES);
      if (facing && sentence.index < LEAD_SENTENCES) features.lead++;
      if (facing && together && cues.length > 0 && sentence.index < LEAD_SENTENCES)
        groupLeads.add(pairKey(pair));
    }
  }
  const most = Math.max(0, ...mentions.values());
  const candidates = [...byKey.values()];
  for (const candidate of candidates) {
    const { features, pair } = candidate;
    features.directed = directed.get(pairKey(pair)) ?? 0;
    // Two teams told mostly at their match ("Indonesia Vs Thailand" over "laga", "skor"): the
    // headline and the other sentences are about the match too, unless one acts on the other.
    const matches = sport.get(pairKey(pair)) ?? 0;
    if (matches >= MIN_SPORT_SENTENCES && matches >= features.relation && !features.directed) {
      features.relation = 0;
      features.title = 0;
    }
    if (groupLeads.has(pairKey(pair))) candidate.groupLead = true;
    features.mainCountry = pair.some((code) => most > 0 && mentions.get(code) === most) ? 1 : 0;
    candidate.evidence = FEATURES.reduce(
      (sum, name) =>
        sum + features[name] * (EVIDENCE_WEIGHT[name as keyof typeof EVIDENCE_WEIGHT] ?? 0),
      0,
    );
  }
  candidates.sort(
    (a, b) => b.evidence - a.evidence || pairKey(a.pair).localeCompare(pairKey(b.pair)),
  );
  const leading = candidates[0];
  if (leading) {
    leading.features.leading = 1;
    // "Kedua negara sepakat ...": sentences about "both countries" speak of the leading pair.
    // "Kedua belah pihak" may be an armed group and a state: in talks with the Taliban "di
    // Afghanistan", the two sides are the US and the Taliban. Where the article names such a
    // group, "both sides" speak of the leading pair only if it tells the two facing each other.
    const { relation, title } = leading.features;
    let sidesMayBeGroups: boolean | undefined;
    const sidesArePair = () => {
      sidesMayBeGroups ??= sentences.some(
        ({ sentence }) => armedGroups.findAll(sentence.text).length > 0,
      );
      return !sidesMayBeGroups || relation > 0 || title > 0;
    };
    const aboutBoth = sentences.filter(
      ({ parties, cues, refersToPair, refersToSides, offTopic }) =>
        refersToPair &&
        (!refersToSides || sidesArePair()) &&
        cues.length > 0 &&
        !offTopic &&
        [...parties].every((code) => leading.pair.includes(code)),
    ).length;
    leading.features.bothCountries = Math.min(aboutBoth, MAX_BOTH_COUNTRIES_SENTENCES);
  }
  return candidates;
}
