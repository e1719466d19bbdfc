import {
  type EvalArticle,
  type EvalLabel,
  parseEvalArticle,
  readJsonl,
} from "../src/eval/understanding-eval.js";
import { tieEvidence } from "../src/nlp/article-parties.js";
import { pairKey, type TieEvidence, type TieRule, tiesOf } from "../src/nlp/ties.js";
import type { Pair } from "../src/nlp/types.js";

/**
 * Cross-validation helpers of scripts/train-ties.ts: the labelled articles with the tie evidence
 * the analyser saw in them, article × pair counts under a rule, folds, and a paired bootstrap.
 */

export interface Example {
  set: string;
  id: string;
  evidence: TieEvidence;
  gold: Set<string>;
}

/** The articles of test/fixtures/<set>/ that have labels, analysed as src/eval does. */
export function load(set: string): Example[] {
  const dir = `test/fixtures/${set}/`;
  const labels = new Map(readJsonl<EvalLabel>(`${dir}labels.jsonl`).map((l) => [l.id, l]));
  return readJsonl<EvalArticle>(`${dir}articles.jsonl`).flatMap((article) => {
    const label = labels.get(article.id);
    if (!label) return [];
    const evidence = tieEvidence(parseEvalArticle(article));
    const gold = new Set(label.ties.map((pair) => pairKey(pair as unknown as Pair)));
    return [{ set, id: article.id, evidence, gold }];
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const none = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
});

/** Per article, the ties a rule finds against the gold ones (a gold tie no candidate is missed). */
export function countOne({ evidence, gold }: Example, rule: TieRule): Counts {
  const counts = none();
  const predicted = new Set(tiesOf(evidence, rule).map((entry) => pairKey(entry.pair)));
  for (const key of predicted) counts[gold.has(key) ? "tp" : "fp"]++;
  for (const key of gold) if (!predicted.has(key)) counts.fn++;
  return counts;
}

export const count = (examples: Example[], rule: TieRule): Counts =>
  examples.map((example) => countOne(example, rule)).reduce(add, none());

export function f1({ tp, fp, fn }: Counts): { p: number; r: number; f: number } {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
}

export function show(counts: Counts): string {
  const { p, r, f } = f1(counts);
  const { tp, fp, fn } = counts;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`;
}

export interface Fold {
  name: string;
  test: Example[];
  train: Example[];
}

export function leaveOneSetOut(examples: Example[], sets: string[]): Fold[] {
  return sets.map((set) => ({
    name: set,
    test: examples.filter((e) => e.set === set),
    train: examples.filter((e) => e.set !== set),
  }));
}

/** Articles dealt round-robin to k folds in a fixed pseudo-random order (by id), mixing sets. */
export function byArticle(examples: Example[], k: number): Fold[] {
  const order = [...examples].sort((a, b) => hash(a.id) - hash(b.id) || a.id.localeCompare(b.id));
  return Array.from({ length: k }, (_, fold) => ({
    name: `articles ${fold + 1}/${k}`,
    test: order.filter((_, i) => i % k === fold),
    train: order.filter((_, i) => i % k !== fold),
  }));
}

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

/**
 * Paired bootstrap over articles of two rules' out-of-fold counts: the share of resamples where
 * the second has the higher F1, and the 95% interval of the F1 difference.
 */
export function bootstrap(first: Counts[], second: Counts[], rounds = 2000) {
  let state = 12345;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const differences: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let [a, b] = [none(), none()];
    for (let i = 0; i < first.length; i++) {
      const pick = Math.floor(random() * first.length);
      [a, b] = [add(a, first[pick]!), add(b, second[pick]!)];
    }
    differences.push(f1(b).f - f1(a).f);
  }
  differences.sort((x, y) => x - y);
  return {
    better: differences.filter((d) => d > 0).length / rounds,
    low: differences[Math.floor(rounds * 0.025)]!,
    high: differences[Math.floor(rounds * 0.975)]!,
  };
}
