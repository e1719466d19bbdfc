import { words } from "../nlp/text.js";

/**
 * ROUGE (Lin 2004) between one candidate summary and one reference summary, as F1 scores.
 *
 * Tokens: the text lower-cased and cut into runs of letters and digits (`words` from nlp/text.ts);
 * punctuation is dropped, nothing is stemmed and no stopword is removed (ROUGE-1.5.5's defaults
 * without `-m`).
 * - ROUGE-N: clipped n-gram overlap. An n-gram counts as many times as it occurs in both texts
 *   (the smaller of its two counts); precision divides by the candidate's n-grams, recall by the
 *   reference's.
 * - ROUGE-L: the longest common subsequence of the two whole token sequences; precision = LCS /
 *   candidate length, recall = LCS / reference length. This is `rougeL` of Google's rouge-score;
 *   the summary-level variant (union LCS per reference sentence, "rougeLsum") scores slightly
 *   higher on multi-sentence texts.
 * - F1 = 2PR / (P + R), i.e. ROUGE-1.5.5's F with alpha = 0.5. An empty side scores 0.
 */

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  r1: RougeScore;
  r2: RougeScore;
  rl: RougeScore;
}

/** The tokens ROUGE compares. */
export function rougeTokens(text: string): string[] {
  return words(text);
}

function score(overlap: number, candidateSize: number, referenceSize: number): RougeScore {
  if (!overlap || !candidateSize || !referenceSize) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / candidateSize;
  const recall = overlap / referenceSize;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N of token sequences. */
export function rougeNTokens(candidate: string[], reference: string[], n: number): RougeScore {
  const candidateGrams = ngramCounts(candidate, n);
  const referenceGrams = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of candidateGrams) {
    overlap += Math.min(count, referenceGrams.get(gram) ?? 0);
  }
  return score(
    overlap,
    Math.max(candidate.length - n + 1, 0),
    Math.max(reference.length - n + 1, 0),
  );
}

/** Length of the longest common subsequence, in two rolling rows. */
export function lcsLength(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const token = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        token === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** ROUGE-L of token sequences. */
export function rougeLTokens(candidate: string[], reference: string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  return rougeNTokens(rougeTokens(candidate), rougeTokens(reference), n);
}

export function rougeL(candidate: string, reference: string): RougeScore {
  return rougeLTokens(rougeTokens(candidate), rougeTokens(reference));
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of a candidate against a reference. */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { r1: rougeNTokens(c, r, 1), r2: rougeNTokens(c, r, 2), rl: rougeLTokens(c, r) };
}
