import { afterEach, describe, expect, it } from "vitest";
import { killAll, run } from "../helpers/process.js";

/**
 * `npm run bench -- --articles 2000 --json` keeps working: a small run, in CI. Its timings are
 * results to read (docs/performance.md), never asserted here.
 */
afterEach(killAll);

describe("the benchmark", () => {
  it("ingests a small corpus, restarts on it, and prints every measurement as JSON", async () => {
    const result = await run(["--articles", "2000", "--json"], {}, { script: "src/bench/run.ts" });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}");
    for (const key of [
      "articles",
      "ingest_per_s",
      "ready_s",
      "rss_mb",
      "relations_p50_ms",
      "relations_p95_ms",
      "search_p95_ms",
      "inline_p95_ms",
      "fts5_search_p95_ms",
      "search_overlap_fts5",
    ])
      expect(typeof report[key], key).toBe("number");
    // The seeds are among the articles, and retold stories are stored once as the pipeline does.
    expect(report.articles).toBeGreaterThan(1800);
    expect(report.articles).toBeLessThanOrEqual(2000);
  }, 300_000);
});
