import { writeFileSync } from "node:fs";
import { fitLogistic, moments } from "../src/eval/logistic.js";
import { rouge } from "../src/eval/rouge.js";
import {
  compareWithLead3,
  type IndoSumArticle,
  isHeldOut,
  readIndoSum,
  SPLIT_RULE,
} from "../src/eval/summary-eval.js";
import {
  FEATURES,
  type SummaryModel,
  scoreFeatures,
  sentenceFeatures,
  summariseArticle,
} from "../src/nlp/article-summary.js";
import { selectDiverse } from "../src/nlp/summary.js";
import { splitSentences, words } from "../src/nlp/text.js";

/**
 * Learns the weights of src/nlp/article-summary.ts on the training half of IndoSum's dev folds
 * only (src/eval/summary-eval.ts reports on the other, held-out half).
 * 1. Logistic regression (L2, standardised features, full-batch gradient descent) on IndoSum's
 *    extractive labels: sentences come from the production splitter, and each gets as label the
 *    share of its words that lie in a sentence IndoSum marks as summary.
 * 2. Coordinate ascent from there on the training half's mean ROUGE-1 F1 against the reference
 *    summaries, with the production selection (selectDiverse, 3 sentences).
 * The title is IndoSum's title_slug (the headline's first ~50 characters), so the title feature
 * gets a weight; without a title that feature is 0.
 *
 *   npx tsx scripts/train-summarizer.ts ../shared/corpus/indosum-dev.jsonl [data/summary-weights.json]
 */

const L2 = 1e-3;
const STEPS = 3000;
const RATE = 0.5;
const ASCENT_ROUNDS = 3;
const ASCENT_STEPS = [-1, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1];

/** Per production sentence, the share of its tokens that IndoSum's gold labels mark as summary. */
function labelsFor(article: IndoSumArticle, sentences: string[]): number[] | null {
  const gold = article.sentences ?? [];
  const flags = (article.gold_labels ?? []).flat();
  if (gold.length !== flags.length) return null;
  const goldTokens: boolean[] = [];
  gold.forEach((sentence, i) => {
    for (const _ of words(sentence)) goldTokens.push(flags[i]!);
  });
  const ours = sentences.map((sentence) => words(sentence).length);
  if (ours.reduce((a, b) => a + b, 0) !== goldTokens.length) return null;
  let at = 0;
  return ours.map((count) => {
    let positive = 0;
    for (let k = 0; k < count; k++) if (goldTokens[at + k]) positive++;
    at += count;
    return count ? positive / count : 0;
  });
}

interface Prepared {
  texts: string[];
  features: number[][];
  labels: number[] | null;
  summary: string;
  /** ROUGE-1 F1 by chosen sentence indices. */
  cache: Map<string, number>;
}

function prepare(article: IndoSumArticle): Prepared {
  const sentences = splitSentences(article.text);
  const texts = sentences.map((sentence) => sentence.text);
  return {
    texts,
    features: sentenceFeatures(sentences, article.title_slug),
    labels: labelsFor(article, texts),
    summary: article.summary,
    cache: new Map(),
  };
}

function logisticRegression(rows: number[][], targets: number[]): SummaryModel {
  const fitted = fitLogistic(rows, targets, { l2: L2, steps: STEPS, rate: RATE });
  const weights: SummaryModel["weights"] = {};
  FEATURES.forEach((name, k) => {
    weights[name] = fitted.weights[k]!;
  });
  return { bias: fitted.bias, weights };
}

/** Mean ROUGE-1 F1 of the production selection under a model. */
function objective(articles: Prepared[], model: SummaryModel): number {
  let total = 0;
  for (const article of articles) {
    const scores = scoreFeatures(article.features, model);
    const candidates = article.texts.map((text, index) => ({ index, text, score: scores[index]! }));
    const chosen = selectDiverse(candidates, 3).sort((a, b) => a.index - b.index);
    const key = chosen.map((sentence) => sentence.index).join(",");
    let value = article.cache.get(key);
    if (value === undefined) {
      value = rouge(chosen.map((sentence) => sentence.text).join(" "), article.summary).r1.f1;
      article.cache.set(key, value);
    }
    total += value;
  }
  return total / articles.length;
}

function coordinateAscent(articles: Prepared[], start: SummaryModel, std: number[]): SummaryModel {
  let model = start;
  let best = objective(articles, model);
  console.log(`  ascent start: training R-1 ${(best * 100).toFixed(2)}`);
  for (let round = 0; round < ASCENT_ROUNDS; round++) {
    FEATURES.forEach((name, k) => {
      for (const step of ASCENT_STEPS) {
        const weight = (model.weights[name] ?? 0) + step / std[k]!;
        const candidate = { ...model, weights: { ...model.weights, [name]: weight } };
        const value = objective(articles, candidate);
        if (value > best + 1e-6) [best, model] = [value, candidate];
      }
    });
    console.log(`  ascent round ${round + 1}: training R-1 ${(best * 100).toFixed(2)}`);
  }
  return model;
}

async function main(): Promise<void> {
  const [path, output = "data/summary-weights.json"] = process.argv.slice(2);
  if (!path) throw new Error("usage: train-summarizer.ts <indosum-dev.jsonl> [output.json]");
  const training = (await readIndoSum(path)).filter((article) => !isHeldOut(article.id));
  const prepared = training.map(prepare);
  const labelled = prepared.filter((article) => article.labels);
  const rows = labelled.flatMap((article) => article.features);
  const targets = labelled.flatMap((article) => article.labels!);
  console.log(`${training.length} training articles, ${labelled.length} aligned with gold labels`);
  console.log(`logistic regression on ${rows.length} sentences`);
  const regression = logisticRegression(rows, targets);
  const model = coordinateAscent(prepared, regression, moments(rows).std);
  const result = compareWithLead3(training, (body) => summariseArticle(body, { model }));
  const percent = (value: number) => (value * 100).toFixed(2);
  console.log(
    `training half, no title: LEAD-3 ${percent(result.lead3.r1)}/${percent(result.lead3.r2)}/` +
      `${percent(result.lead3.rl)}, ours ${percent(result.ours.r1)}/${percent(result.ours.r2)}/` +
      `${percent(result.ours.rl)} (R-1/R-2/R-L)`,
  );
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  const file = {
    description:
      "Sentence weights of src/nlp/article-summary.ts (logistic, raw feature units), learned by scripts/train-summarizer.ts from IndoSum (Kurniawan & Louvan 2018, CC BY-SA 4.0): logistic regression on gold_labels, then coordinate ascent on ROUGE-1 F1.",
    split: `${SPLIT_RULE}. Trained on the training half only: ${training.length} articles.`,
    training: { l2: L2, steps: STEPS, rate: RATE, ascentRounds: ASCENT_ROUNDS },
    features: [...FEATURES],
    bias: round(model.bias),
    weights: Object.fromEntries(FEATURES.map((name) => [name, round(model.weights[name] ?? 0)])),
  };
  writeFileSync(output, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${output}`);
}

await main();
