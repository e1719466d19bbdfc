import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AnalysisPool } from "../ingest/analysis-pool.js";
import type { RawArticle } from "../ingest/read-sources.js";
import { createLogger } from "../logger.js";
import { openApp } from "../main.js";
import { CorpusGenerator } from "./corpus.js";
import { Fts5Baseline } from "./fts5.js";
import { queryMix } from "./queries.js";

/**
 * npm run bench [-- --articles N] [-- --json] [-- --seed S] [-- --keep]
 *
 * Builds a corpus of N articles (default 100,000), ingests it through the real pipeline, restarts
 * the bot on the full store in a process of its own, runs the query mix there, and the same
 * searches on an FTS5 baseline. Prints a table; with --json the last line is one JSON object.
 * Timings are results to read, never assertions.
 */

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 10)
    throw new Error(`bench: --${name} must be an integer ≥ 10`);
  return value;
};
const count = option("articles", 100_000);
const seed = option("seed", 42);
const dir = mkdtempSync(join(tmpdir(), "hubungan-bench-"));
const databasePath = join(dir, "hubungan.db");
const noSeeds = join(dir, "no-seeds");
mkdirSync(noSeeds);
const log = (line: string) => process.stderr.write(`${line}\n`);

try {
  log(`bench: ${count} articles, seed ${seed}, store ${databasePath}`);
  const app = openApp({ databasePath, seedsDir: noSeeds }, createLogger("silent"));
  const generator = new CorpusGenerator(seed);
  let ingestMs = 0;
  let stored = 0;
  let chunk: RawArticle[] = [];
  // As `npm run cli -- ingest` does for a large file: understood on worker threads, stored here;
  // the index is the restarted bot's to build (index_ready_s), as it is after a real import.
  const pool = new AnalysisPool();
  const ingest = async () => {
    const start = performance.now();
    stored += (await app.ingest.ingestInParallel(chunk, pool, { index: false })).stored;
    ingestMs += performance.now() - start;
    chunk = [];
    if (stored % 10_000 < 2000) log(`  ingested ${stored}`);
  };
  for (const article of generator.articles(count)) {
    chunk.push(article);
    if (chunk.length === 2000) await ingest();
  }
  if (chunk.length) await ingest();
  await pool.close();
  const ingestRssMb = process.memoryUsage().rss / 2 ** 20;
  app.close();

  const ftsStart = performance.now();
  const fts = new Fts5Baseline(join(dir, "fts5.db"));
  const reader = openApp({ databasePath, seedsDir: noSeeds }, createLogger("silent"));
  fts.addAll(reader.store.iterateAll());
  reader.close();
  fts.close();
  const ftsBuildS = (performance.now() - ftsStart) / 1000;

  const queriesPath = join(dir, "queries.json");
  writeFileSync(queriesPath, JSON.stringify(queryMix(generator.pairs, seed)));
  log("  restarting on the full store");
  const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
  const serve = fileURLToPath(new URL("./serve.ts", import.meta.url));
  // --expose-gc: the memory is also read after a full collection, where garbage no longer counts.
  const child = spawnSync(
    tsx,
    ["--expose-gc", serve, databasePath, join(dir, "fts5.db"), queriesPath],
    {
      encoding: "utf8",
      maxBuffer: 16 * 2 ** 20,
    },
  );
  if (child.status !== 0) throw new Error(`bench: the restarted bot failed:\n${child.stderr}`);
  const served = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}");
  const result = {
    articles: stored,
    ingest_per_s: Math.round(stored / (ingestMs / 1000)),
    ingest_rss_mb: Math.round(ingestRssMb),
    store_mb: Math.round(statSync(databasePath).size / 2 ** 20),
    ready_s: round(served.ready_s, 2),
    index_ready_s: round(served.index_ready_s, 1),
    rss_mb: Math.round(served.rss_mb),
    rss_indexed_mb: Math.round(served.rss_indexed_mb),
    rss_after_queries_mb: Math.round(served.rss_after_mb),
    rss_after_gc_mb: Math.round(served.rss_after_gc_mb),
    heap_used_mb: Math.round(served.heap_used_mb),
    relations_p50_ms: round(served.relations.p50),
    relations_p95_ms: round(served.relations.p95),
    relations_p99_ms: round(served.relations.p99),
    country_p95_ms: round(served.country.p95),
    search_p50_ms: round(served.search.p50),
    search_p95_ms: round(served.search.p95),
    search_p99_ms: round(served.search.p99),
    inline_p95_ms: round(served.inline.p95),
    fts5_search_p95_ms: round(served.fts5.p95),
    search_vs_fts5_p95: round(served.search.p95 / served.fts5.p95),
    search_overlap_fts5: round(served.search_overlap_fts5, 3),
    search_exact_agreement: round(served.search_exact_agreement, 3),
    fts5_build_s: round(ftsBuildS),
  };
  printTable(result);
  if (args.includes("--json")) console.log(JSON.stringify(result));
} finally {
  if (!args.includes("--keep")) rmSync(dir, { recursive: true, force: true });
}

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

function printTable(result: Record<string, number>): void {
  const width = Math.max(...Object.keys(result).map((key) => key.length));
  for (const [key, value] of Object.entries(result)) console.log(`${key.padEnd(width)}  ${value}`);
}
