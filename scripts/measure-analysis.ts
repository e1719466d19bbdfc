import { writeFileSync } from "node:fs";
import { CorpusGenerator } from "../src/bench/corpus.js";
import { analyseRaw } from "../src/ingest/analysis-pool.js";
import { type RawArticle, readSources } from "../src/ingest/read-sources.js";
import { takeFlag } from "./flags.js";

/**
 * What understanding an article costs in CPU time, on the path a bulk ingest takes per article
 * (analyseRaw: parse, then analyse), and what it understood, to compare before and after a change.
 *
 * npx tsx scripts/measure-analysis.ts [--limit N] [--repeat R] [--dump FILE] [--bench N] [FILE.jsonl ...]
 *
 * Sources: the committed fixtures by default, or the JSONL files given (such as
 * ../shared/corpus/click-id.jsonl); --bench N adds N articles of the bench's own corpus. --limit N
 * keeps the first N articles of each file. CPU time (user + system, process.cpuUsage) is the
 * measure, not wall time: the machine may be shared. The first round (JIT and regex compilation
 * included) is reported on its own; then the best of the R rounds after it. --dump writes every
 * analysis as JSON, one line an article.
 */

const args = process.argv.slice(2);
const flag = (name: string) => takeFlag(args, name);
const limit = Number(flag("limit") ?? Number.POSITIVE_INFINITY);
const repeat = Number(flag("repeat") ?? 3);
const dumpPath = flag("dump");
const benchCount = Number(flag("bench") ?? 0);

const DEFAULT_FILES = [
  "test/fixtures/bench/click-id-sample.jsonl",
  "test/fixtures/eval/articles.jsonl",
  "test/fixtures/indosum-sample.jsonl",
];
const files = args.length ? args : DEFAULT_FILES;
const articles: RawArticle[] = [];
for (const file of files) {
  const { articles: read, problems } = readSources([file]);
  for (const problem of problems) process.stderr.write(`${problem.source}: ${problem.message}\n`);
  articles.push(...read.slice(0, limit));
}
if (benchCount) articles.push(...new CorpusGenerator(42).articles(benchCount));

function analyseAll(): unknown[] {
  return articles.map(({ text, hints }) => {
    try {
      return analyseRaw(text, hints);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

let results: unknown[] = [];
const first = cpuMs(() => {
  results = analyseAll();
});
const rounds = Array.from({ length: repeat }, () => cpuMs(analyseAll) / articles.length);
const round = (ms: number) => Number(ms.toFixed(3));
console.log(
  JSON.stringify({
    articles: articles.length,
    // What a fresh worker pays: compiling code and patterns on first use comes on top.
    cpu_ms_per_article_first_round: round(first / articles.length),
    cpu_ms_per_article_best: round(Math.min(...rounds)),
    cpu_ms_per_article_rounds: rounds.map(round),
  }),
);
if (dumpPath) writeFileSync(dumpPath, `${results.map((r) => JSON.stringify(r)).join("\n")}\n`);
