import { writeFileSync } from "node:fs";
import { analyseRaw } from "../src/ingest/analysis-pool.js";
import { readSources } from "../src/ingest/read-sources.js";
import { toIsoDate } from "../src/nlp/dates.js";
import type { EventFact, PartialDate } from "../src/nlp/types.js";
import { takeFlag } from "./flags.js";

/**
 * A random sample of the meetings, visits, calls, signings, sanctions, expulsions and protests the
 * analyser finds for the pairs it ties, written for a reader to judge against each article's text
 * (test/fixtures/event-judgements/README.md says how they were judged).
 *
 * npx tsx scripts/sample-events.ts --out items.jsonl [--count 40] [--seed 1] FILE.jsonl ...
 *
 * Each line: item, article id, publication date, title, text (first 6,000 characters) and the
 * claimed event. The seed makes the draw repeatable for the same code and files.
 */

const HELD = new Set<EventFact["type"]>([
  "meeting",
  "visit",
  "call",
  "signing",
  "sanction",
  "expulsion",
  "protest",
]);
const TEXT_CHARS = 6000;

const args = process.argv.slice(2);
const flag = (name: string) => takeFlag(args, name);
const out = flag("out");
const count = Number(flag("count") ?? 40);
let seed = Number(flag("seed") ?? 1);
if (!out || args.length === 0) {
  console.error(
    "usage: npx tsx scripts/sample-events.ts --out FILE [--count N] [--seed S] FILE.jsonl ...",
  );
  process.exit(2);
}

/** mulberry32: a small seeded generator, so that a draw can be made again. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const iso = (date: PartialDate | null | undefined) => (date ? toIsoDate(date) : null);

const found: object[] = [];
for (const raw of readSources(args).articles) {
  let analysis: ReturnType<typeof analyseRaw>["analysis"];
  try {
    analysis = analyseRaw(raw.text, raw.hints).analysis;
  } catch {
    continue; // no article text: ingest skips it too
  }
  for (const tie of analysis.ties)
    for (const { fact } of tie.facts) {
      if (fact.kind !== "event" || !HELD.has(fact.type)) continue;
      found.push({
        article: raw.hints.url ?? raw.source,
        published: raw.hints.date ?? null,
        title: raw.hints.title ?? null,
        text: raw.text.slice(0, TEXT_CHARS),
        claimed_event: {
          pair: tie.pair.join("-"),
          type: fact.type,
          planned: fact.planned,
          date: iso(fact.date),
          until: iso(fact.until),
          place: fact.place,
          people: fact.people.map(
            (p) => `${p.name} (${[p.role, p.country].filter(Boolean).join(" ")})`,
          ),
          from_sentence: fact.sentence,
        },
      });
    }
}
// A partial Fisher-Yates shuffle: the first `count` of a uniform random order.
for (let i = 0; i < Math.min(count, found.length); i++) {
  const j = i + Math.floor(random() * (found.length - i));
  [found[i], found[j]] = [found[j]!, found[i]!];
}
const sample = found.slice(0, count).map((item, index) => ({ item: index, ...item }));
writeFileSync(out, `${sample.map((item) => JSON.stringify(item)).join("\n")}\n`);
console.log(`${found.length} events found; ${sample.length} written to ${out}`);
