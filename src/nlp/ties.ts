import type { CountryCode } from "./countries.js";
import type { SentenceParties } from "./sentence-parties.js";
import { directedPairs } from "./tie-acts.js";
import { coActorPairs } from "./tie-coactors.js";
import { opposite, type PartyGroup } from "./tie-groups.js";
import type { Pair } from "./types.js";

/**
 * Which pairs of countries an article is about, and how strongly. Evidence, per sentence in which
 * both act: a relation word weighs more than a bare co-mention, the lead weighs more than the rest,
 * and a sentence listing many countries (summit attendees) says little about each pair in it.
 * Both in the headline is strong evidence on its own.
 */
export const TIE_THRESHOLD = 4.5;
/**
 * The article's leading pair needs less: one lead sentence where both act with a relation word
 * is what a short news item about them is. Thresholds chosen on test/fixtures/eval (README).
 */
export const LEADING_PAIR_THRESHOLD = 3;

const WEIGHT = {
  withRelationWord: 2,
  bareMention: 0.5,
  leadBonus: 1,
  bothInTitle: 3,
  directedAct: 2,
} as const;

/** "Kedua negara" sentences that count for the leading pair, at most. */
const MAX_BOTH_COUNTRIES_SENTENCES = 2;

/** Sentences in the lead, where news puts who did what with whom. */
const LEAD_SENTENCES = 2;

export function pairOf(a: CountryCode, b: CountryCode): Pair {
  return a < b ? [a, b] : [b, a];
}

export function pairKey(pair: Pair): string {
  return `${pair[0]}-${pair[1]}`;
}

function pairsIn(codes: Iterable<CountryCode>): Pair[] {
  const list = [...codes].sort();
  const pairs: Pair[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) pairs.push([list[i]!, list[j]!]);
  }
  return pairs;
}

export interface ScoredPair {
  pair: Pair;
  score: number;
}

export function scorePairs(
  sentences: SentenceParties[],
  titleCountries: Set<CountryCode>,
  titleGroups?: PartyGroup[],
  year: number | null = null,
): ScoredPair[] {
  const scores = new Map<string, ScoredPair>();
  const add = (pair: Pair, weight: number) => {
    const key = pairKey(pair);
    const entry = scores.get(key) ?? { pair, score: 0 };
    entry.score += weight;
    scores.set(key, entry);
  };
  // Acts of one on the other (tie-acts.ts), by pair: they lift a pair to a tie, never above.
  const directed = new Map<string, number>();
  for (const pair of pairsIn(titleCountries))
    if (!titleGroups || opposite(titleGroups, pair[0], pair[1])) add(pair, WEIGHT.bothInTitle);
  for (const about of sentences) {
    const { sentence, parties, cues, offTopic, groups } = about;
    if (parties.size < 2 || offTopic) continue;
    for (const pair of directedPairs(about, year)) {
      const key = pairKey(pair);
      directed.set(key, (directed.get(key) ?? 0) + WEIGHT.directedAct);
    }
    const dilution = parties.size > 3 ? 2 / (parties.size - 1) : 1;
    const base = cues.length > 0 ? WEIGHT.withRelationWord : WEIGHT.bareMention;
    const lead = sentence.index < LEAD_SENTENCES ? WEIGHT.leadBonus : 0;
    for (const pair of pairsIn(parties)) {
      // "Pakistan memanggil diplomat Afghanistan dan India": side by side, not facing each other.
      // "bantuan kepada WNI di Amerika Serikat": the host of one's citizens is no counterpart.
      const consular = about.abroad.has(pair[0]) || about.abroad.has(pair[1]);
      if (consular || (groups && !opposite(groups, pair[0], pair[1])))
        add(pair, WEIGHT.bareMention * dilution);
      else add(pair, base * dilution + lead);
    }
  }
  const ranked = [...scores.values()].sort(
    (a, b) => b.score - a.score || pairKey(a.pair).localeCompare(pairKey(b.pair)),
  );
  // "Kedua negara sepakat ...": sentences about "both countries" speak of the leading pair.
  const leading = ranked[0];
  if (leading) {
    const aboutBoth = sentences.filter(
      ({ parties, cues, refersToPair, offTopic }) =>
        refersToPair &&
        cues.length > 0 &&
        !offTopic &&
        [...parties].every((code) => leading.pair.includes(code)),
    ).length;
    leading.score += Math.min(aboutBoth, MAX_BOTH_COUNTRIES_SENTENCES) * WEIGHT.withRelationWord;
  }
  // One doing something to the other is news of their relation wherever it is told; but what the
  // article leads with stays its leading pair.
  for (const entry of ranked) {
    const bonus = directed.get(pairKey(entry.pair)) ?? 0;
    entry.score = Math.max(entry.score, Math.min(entry.score + bonus, TIE_THRESHOLD));
  }
  // Co-actors of a tied country share its tie (tie-coactors.ts): they reach the threshold.
  const tiedKeys = new Set(ties(ranked).map((entry) => pairKey(entry.pair)));
  const isTied = (a: CountryCode, b: CountryCode) => tiedKeys.has(pairKey(pairOf(a, b)));
  for (const [a, b] of coActorPairs(sentences, isTied)) {
    const entry = scores.get(pairKey(pairOf(a, b)));
    if (entry) entry.score = Math.max(entry.score, TIE_THRESHOLD);
  }
  ranked.sort((a, b) => b.score - a.score || pairKey(a.pair).localeCompare(pairKey(b.pair)));
  return ranked;
}

/** The pairs whose evidence reaches the threshold: the article's ties. */
export function ties(scored: ScoredPair[]): ScoredPair[] {
  return scored.filter(
    (entry, rank) =>
      entry.score >= TIE_THRESHOLD || (rank === 0 && entry.score >= LEADING_PAIR_THRESHOLD),
  );
}

/**
 * The sentences that speak about a pair: those where both act, and, for the article's main pair,
 * also those where no third country acts ("kedua negara", "Nilai perdagangan ... mencapai ...").
 */
export function sentencesAbout(
  pair: Pair,
  sentences: SentenceParties[],
  isMainPair: boolean,
): SentenceParties[] {
  return sentences.filter(({ parties }) => {
    if (parties.has(pair[0]) && parties.has(pair[1])) return true;
    return isMainPair && [...parties].every((code) => code === pair[0] || code === pair[1]);
  });
}
