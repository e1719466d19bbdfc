import { readFileSync } from "node:fs";
import { createLogger } from "../logger.js";
import { openApp } from "../main.js";
import { Fts5Baseline } from "./fts5.js";
import { Probe, percentile } from "./probe.js";
import type { QueryMix } from "./queries.js";

/**
 * The restarted bot, as its own process: `tsx src/bench/serve.ts STORE FTS QUERIES.json`. Opens
 * the full store as `npm start` does, answers once (ready), then runs the query mix and the same
 * searches on the FTS5 baseline, and prints one JSON line of measurements.
 */

const [databasePath, ftsPath, queriesPath] = process.argv.slice(2);
if (!databasePath || !ftsPath || !queriesPath) {
  console.error("usage: tsx src/bench/serve.ts STORE FTS QUERIES.json");
  process.exit(2);
}
const mix = JSON.parse(readFileSync(queriesPath, "utf8")) as QueryMix;

// performance.now() counts from the process's start: ready_s includes loading the code.
const app = openApp({ databasePath, seedsDir: "seeds" }, createLogger("silent"));
const probe = new Probe(app);
await probe.message("/relations Malaysia Rusia");
const readyMs = performance.now();
const rssReady = process.memoryUsage().rss;
// /search answers "being built" until then: the query mix starts once the index is complete.
await app.indexReady;
const indexReadyMs = performance.now();
const rssIndexed = process.memoryUsage().rss;

async function timeAll(queries: string[], run: (query: string) => Promise<number>) {
  const times: number[] = [];
  for (const query of queries) times.push(await run(query));
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

const relations = await timeAll(mix.relations, (q) => probe.message(q));
const country = await timeAll(mix.country, (q) => probe.message(q));
const search = await timeAll(mix.search, (q) => probe.message(`/search ${q}`));
const inline = await timeAll(mix.inline, (q) => probe.inline(q));
// Before the comparisons below, which score every match on purpose.
const rssAfterQueries = process.memoryUsage().rss;
// What the process holds live: RSS at a random moment includes garbage not yet collected, and
// varied by a fifth between runs of the same build.
(globalThis as { gc?: () => void }).gc?.();
const afterGc = process.memoryUsage();

const fts = new Fts5Baseline(ftsPath);
const ftsTimes: number[] = [];
const overlaps: number[] = [];
// What scoring only common words' champions costs: agreement with scoring every match.
const agreements: number[] = [];
for (const query of mix.search) {
  const exhaustive = app.index.rank(query, 10, { exhaustive: true }).hits;
  const ours = new Set(app.index.search(query, 10).map((hit) => hit.id));
  if (exhaustive.length)
    agreements.push(exhaustive.filter((hit) => ours.has(hit.id)).length / exhaustive.length);
  const start = performance.now();
  const baseline = fts.search(query);
  ftsTimes.push(performance.now() - start);
  if (!baseline.length) continue;
  overlaps.push(baseline.filter((id) => ours.has(id)).length / baseline.length);
}
fts.close();

console.log(
  JSON.stringify({
    ready_s: readyMs / 1000,
    index_ready_s: indexReadyMs / 1000,
    rss_mb: rssReady / 2 ** 20,
    rss_indexed_mb: rssIndexed / 2 ** 20,
    rss_after_mb: rssAfterQueries / 2 ** 20,
    rss_after_gc_mb: afterGc.rss / 2 ** 20,
    heap_used_mb: afterGc.heapUsed / 2 ** 20,
    indexed: app.index.size,
    relations,
    country,
    search,
    inline,
    fts5: {
      p50: percentile(ftsTimes, 50),
      p95: percentile(ftsTimes, 95),
      p99: percentile(ftsTimes, 99),
    },
    search_overlap_fts5: mean(overlaps),
    search_exact_agreement: mean(agreements),
  }),
);
app.close();

function mean(values: number[]): number {
  return values.reduce((sum, x) => sum + x, 0) / (values.length || 1);
}
