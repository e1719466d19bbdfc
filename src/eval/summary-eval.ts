import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { summariseArticle } from "../nlp/article-summary.js";
import { splitSentences } from "../nlp/text.js";
import { rouge } from "./rouge.js";

/**
 * Extractive summaries against IndoSum's human reference summaries (ROUGE F1, see rouge.ts), ours
 * beside LEAD-3 (the first three sentences from the same sentence splitter), in one run. The
 * summariser's weights were learned on the training half of IndoSum's dev folds only; the held-out
 * half (isHeldOut) is what we report.
 *
 *   npx tsx src/eval/summary-eval.ts [path-to-indosum.jsonl] [--all]
 */

export interface IndoSumArticle {
  id: string;
  text: string;
  summary: string;
  title_slug?: string;
  sentences?: string[];
  gold_labels?: boolean[][];
}

export interface RougeF1 {
  r1: number;
  r2: number;
  rl: number;
}

export interface SummaryEvaluation {
  articles: number;
  lead3: RougeF1;
  ours: RougeF1;
  /** Mean time our summariser took per article, in milliseconds. */
  msPerArticle: number;
}

export const SPLIT_RULE =
  "FNV-1a 32-bit hash of the article id (UTF-16 code units): odd = held-out half, even = training half";

/** Whether an article belongs to the held-out half (see SPLIT_RULE); the rest is for training. */
export function isHeldOut(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 1;
}

export async function readIndoSum(path: string): Promise<IndoSumArticle[]> {
  const text = await readFile(path, "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as IndoSumArticle);
}

/** Mean ROUGE F1 of LEAD-3 and of a summariser over articles. */
export function compareWithLead3(
  articles: IndoSumArticle[],
  summarise: (body: string) => string[] = (body) => summariseArticle(body),
): SummaryEvaluation {
  const lead3: RougeF1 = { r1: 0, r2: 0, rl: 0 };
  const ours: RougeF1 = { r1: 0, r2: 0, rl: 0 };
  let elapsed = 0;
  const add = (total: RougeF1, candidate: string, reference: string) => {
    const scores = rouge(candidate, reference);
    total.r1 += scores.r1.f1;
    total.r2 += scores.r2.f1;
    total.rl += scores.rl.f1;
  };
  for (const article of articles) {
    const first = splitSentences(article.text).slice(0, 3);
    add(lead3, first.map((sentence) => sentence.text).join(" "), article.summary);
    const start = performance.now();
    const summary = summarise(article.text);
    elapsed += performance.now() - start;
    add(ours, summary.join(" "), article.summary);
  }
  const n = Math.max(articles.length, 1);
  const mean = (total: RougeF1): RougeF1 => ({
    r1: total.r1 / n,
    r2: total.r2 / n,
    rl: total.rl / n,
  });
  return {
    articles: articles.length,
    lead3: mean(lead3),
    ours: mean(ours),
    msPerArticle: elapsed / n,
  };
}

export async function evaluateSummaries(
  path: string,
  options: { split?: "heldout" | "all" } = {},
): Promise<SummaryEvaluation> {
  const articles = await readIndoSum(path);
  const split = options.split ?? "heldout";
  return compareWithLead3(
    split === "all" ? articles : articles.filter((article) => isHeldOut(article.id)),
  );
}

/** Published results, IndoSum test folds (Kurniawan & Louvan 2018, Table II), in percent. */
export const PUBLISHED: { name: string; r1: number; r2: number; rl: number }[] = [
  { name: "LEAD-3", r1: 62.86, r2: 54.5, rl: 62.1 },
  { name: "LexRank", r1: 62.86, r2: 54.44, rl: 62.1 },
  { name: "TextRank", r1: 42.87, r2: 29.02, rl: 41.01 },
  { name: "NeuralSum (best)", r1: 67.96, r2: 61.65, rl: 67.24 },
  { name: "ORACLE", r1: 79.27, r2: 72.52, rl: 78.82 },
];

export function formatEvaluation(result: SummaryEvaluation, label = "held-out dev"): string {
  const percent = (value: number) => (value * 100).toFixed(2).padStart(6);
  const row = (name: string, r1: string, r2: string, rl: string) =>
    `${name.padEnd(34)} ${r1.padStart(6)} ${r2.padStart(6)} ${rl.padStart(6)}`;
  const ours = (name: string, scores: RougeF1) =>
    row(name, percent(scores.r1), percent(scores.r2), percent(scores.rl));
  return [
    row("ROUGE F1 (%)", "R-1", "R-2", "R-L"),
    ours(`LEAD-3, ours (${label})`, result.lead3),
    ours(`article-summary (${label})`, result.ours),
    ...PUBLISHED.map((p) =>
      row(`${p.name} (paper, test)`, p.r1.toFixed(2), p.r2.toFixed(2), p.rl.toFixed(2)),
    ),
    "",
    `${result.articles} articles, ${result.msPerArticle.toFixed(2)} ms per article for our summariser.`,
    "The paper's numbers are on IndoSum's test folds with its own ROUGE implementation and sentence",
    `tokenisation; ours (${label}) are on dev-fold articles the summariser was not trained on, with`,
    "src/eval/rouge.ts (no stemming, whole-text ROUGE-L): compare rows within each group, not across.",
  ].join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = args.includes("--all") ? "all" : "heldout";
  const given = args.find((arg) => !arg.startsWith("--"));
  // Paths from the repository root, wherever the command runs.
  const root = (file: string) => fileURLToPath(new URL(`../../${file}`, import.meta.url));
  const corpus = root("../shared/corpus/indosum-dev.jsonl");
  const path = given ?? (existsSync(corpus) ? corpus : root("test/fixtures/indosum-sample.jsonl"));
  console.log(`IndoSum from ${path}, ${split === "all" ? "all articles" : "held-out half"}`);
  const result = await evaluateSummaries(path, { split });
  console.log(formatEvaluation(result, split === "all" ? "all" : "held-out dev"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
