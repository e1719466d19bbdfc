import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { CorpusGenerator } from "../src/bench/corpus.js";
import { Fts5Baseline } from "../src/bench/fts5.js";
import { percentile } from "../src/bench/probe.js";
import { queryMix } from "../src/bench/queries.js";
import { processTerm, tokenize } from "../src/nlp/terms.js";
import { ArticleIndex } from "../src/search/article-index.js";

/**
 * What MiniSearch costs at scale, by what it indexes: whole bodies, or the title and lead only.
 * npx tsx scripts/measure-search-index.ts [N | FILE.jsonl]   (numbers in docs/performance.md)
 */

const source = process.argv[2] ?? "100000";
const generator = new CorpusGenerator(42);
const docs: { id: number; title: string; body: string }[] = [];
let id = 0;
if (/^\d+$/.test(source)) {
  for (const article of generator.articles(Number(source))) {
    const title = article.hints.title ?? article.text.split("\n")[0] ?? "";
    docs.push({ id: ++id, title, body: article.text });
  }
} else {
  // Real articles instead: a JSONL file such as ../shared/corpus/click-id.jsonl.
  for (const line of readFileSync(source, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { title?: string | null; text: string };
    docs.push({ id: ++id, title: record.title ?? "", body: record.text });
  }
  for (const _ of generator.articles(2000));
}
const count = docs.length;
const mix = queryMix(generator.pairs, 42);
const dir = mkdtempSync(join(tmpdir(), "measure-"));
const fts = new Fts5Baseline(join(dir, "fts.db"));
fts.addAll(docs);

/** Each search of the mix timed, and its top ten compared with FTS5's. */
function searchMix(topTen: (query: string) => number[]) {
  const times: number[] = [];
  const overlaps: number[] = [];
  for (const query of mix.search) {
    const t = performance.now();
    const ours = topTen(query);
    times.push(performance.now() - t);
    const baseline = fts.search(query);
    if (baseline.length)
      overlaps.push(baseline.filter((x) => ours.includes(x)).length / baseline.length);
  }
  return {
    search_p50_ms: +percentile(times, 50).toFixed(1),
    search_p95_ms: +percentile(times, 95).toFixed(1),
    overlap_fts5: +(overlaps.reduce((a, b) => a + b, 0) / (overlaps.length || 1)).toFixed(3),
  };
}

const lead = (body: string, chars: number) => body.slice(0, chars);
type Shape = (doc: (typeof docs)[number]) => { id: number; title: string; body: string };
const whole: Shape = (doc) => doc;
const lead600: Shape = (doc) => ({ ...doc, body: lead(doc.body, 600) });
const lead400: Shape = (doc) => ({ ...doc, body: lead(doc.body, 400) });
/** As FTS5 counts: a title word three times, one document length over title and body. */
const oneField =
  (chars: number): Shape =>
  (doc) => ({
    id: doc.id,
    title: "",
    body: `${doc.title} ${doc.title} ${doc.title} ${lead(doc.body, chars)}`,
  });
const expanded = {
  prefix: (t: string) => t.length >= 4,
  fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false),
};
const exact = { prefix: false, fuzzy: false };
const fts5Like = { bm25: { k: 1.2, b: 0.75, d: 0 } };
const variants: [string, Shape, object][] = [
  ["whole body, prefix+fuzzy", whole, expanded],
  ["whole body, exact terms, FTS5's bm25", whole, { ...exact, ...fts5Like }],
  ["title + 600 chars, prefix+fuzzy", lead600, expanded],
  ["title + 600 chars, exact terms, FTS5's bm25", lead600, { ...exact, ...fts5Like }],
  ["title + 400 chars, exact terms, FTS5's bm25", lead400, { ...exact, ...fts5Like }],
  ["one field: title x3 + 600 chars, exact, FTS5's bm25", oneField(600), { ...exact, ...fts5Like }],
  [
    "one field: title x3 + 1500 chars, exact, FTS5's bm25",
    oneField(1500),
    { ...exact, ...fts5Like },
  ],
  [
    "one field: title x3 + whole body, exact, FTS5's bm25",
    oneField(1e9),
    { ...exact, ...fts5Like },
  ],
];

for (const [name, shape, matching] of variants) {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const index = new MiniSearch({
    fields: ["title", "body"],
    tokenize,
    processTerm,
    searchOptions: { boost: { title: 3 }, combineWith: "AND", ...matching },
  });
  for (const doc of docs) index.add(shape(doc));
  const buildS = (performance.now() - start) / 1000;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const snapshotStart = performance.now();
  const json = JSON.stringify(index);
  const loadStart = performance.now();
  MiniSearch.loadJSON(json, { fields: ["title", "body"], tokenize, processTerm });
  const loadS = (performance.now() - loadStart) / 1000;
  const measured = searchMix((query) =>
    index
      .search(query)
      .sort((a, b) => b.score - a.score || Number(b.id) - Number(a.id))
      .slice(0, 10)
      .map((r) => r.id as number),
  );
  console.log(
    JSON.stringify({
      variant: name,
      docs: count,
      build_s: +buildS.toFixed(1),
      heap_mb: Math.round(heapMb),
      snapshot_mb: Math.round(json.length / 2 ** 20),
      snapshot_write_s: +((loadStart - snapshotStart) / 1000).toFixed(1),
      snapshot_load_s: +loadS.toFixed(1),
      ...measured,
    }),
  );
}
// The bot's own index (no countries: those come from the analysis): title x3 + lead, with the
// whole body's length.
{
  const index = new ArticleIndex();
  const start = performance.now();
  for (const doc of docs) index.add({ ...doc, countries: "" });
  const buildS = (performance.now() - start) / 1000;
  const measured = searchMix((query) => index.search(query, 10).map((hit) => hit.id));
  console.log(
    JSON.stringify({
      variant: "the bot's ArticleIndex",
      docs: count,
      build_s: +buildS.toFixed(1),
      ...measured,
    }),
  );
}
fts.close();
rmSync(dir, { recursive: true, force: true });
