import { findMoney } from "./money.js";
import type { SentenceParties } from "./sentence-parties.js";
import { hasLacuna, wordOverlap, words } from "./text.js";
import type { Pair } from "./types.js";

/**
 * Extractive summary: the most informative sentences, none saying what a chosen one already says
 * (maximal marginal relevance). Informative means: names the parties, says what they did (relation
 * words), gives numbers, names people, and comes early, as news puts the essentials first.
 */

export interface ScoredSentence {
  index: number;
  text: string;
  score: number;
}

/** Two sentences sharing this much of their words say the same thing. */
export const REDUNDANT = 0.45;
const MIN_WORDS = 6;
const MAX_WORDS = 70;
/** How much a sentence with holes (text.ts hasLacuna) keeps of its score. */
export const LACUNA_FACTOR = 0.4;

export function informativeness(parties: SentenceParties, pair: Pair | null): number {
  const { sentence } = parties;
  const length = words(sentence.text).length;
  if (length < MIN_WORDS) return 0;
  let score = Math.min(parties.cues.length, 4) * 0.6;
  if (pair && parties.parties.has(pair[0]) && parties.parties.has(pair[1])) score += 2;
  else if (parties.parties.size > 0 || parties.refersToPair) score += 0.8;
  if (findMoney(sentence.text).length > 0) score += 1.5;
  score += Math.min(parties.people.length, 2) * 0.4;
  score += 2 / (1 + sentence.index);
  // A quotation is colour more often than fact; an overlong sentence is hard to read in a chat.
  if (/^[“"]/.test(sentence.text)) score -= 0.8;
  if (length > MAX_WORDS) score -= 1;
  // A sentence with words missing reads broken in a fact sheet: any whole one first.
  return hasLacuna(sentence.text) ? score * LACUNA_FACTOR : score;
}

/** Picks up to `count` sentences by score, skipping any too like one already picked. */
export function selectDiverse<T extends { text: string; score: number }>(
  candidates: T[],
  count: number,
): T[] {
  const chosen: T[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (candidate.score <= 0) break;
    if (chosen.some((picked) => wordOverlap(picked.text, candidate.text) >= REDUNDANT)) continue;
    chosen.push(candidate);
    if (chosen.length === count) break;
  }
  return chosen;
}

export function summarise(
  sentences: SentenceParties[],
  pair: Pair | null,
  count = 3,
): ScoredSentence[] {
  const scored = sentences.map((parties) => ({
    index: parties.sentence.index,
    text: parties.sentence.text,
    score: informativeness(parties, pair),
  }));
  return selectDiverse(scored, count).sort((a, b) => a.index - b.index);
}
