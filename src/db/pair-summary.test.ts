import fc from "fast-check";
import { describe, it } from "vitest";
import { expectSameAsAggregate, expectSummaryInStep } from "../../test/helpers/partners-oracle.js";
import { articleOf } from "../nlp/testing.js";
import type { ArticleAnalysis, Pair } from "../nlp/types.js";
import { ArticleStore } from "./article-store.js";
import { type Db, openDatabase } from "./database.js";
import { StoryStore } from "./story-store.js";

/**
 * The pair summary (migration 7) is kept in step with the ties by triggers. Random histories of
 * the writes the bot makes (ingest, story linking, a new analysis) and a deletion must leave it
 * exactly as rebuilding it from every tie would, and /country's partners as the old aggregate.
 */

const COUNTRIES = ["CN", "ID", "MY", "SG", "US"];

// Days a year apart (and a leap day) put stories exactly on the edge of the last year; partial
// dates and no date are compared as text, as the aggregate compares them.
const DATES = [
  "2024-02-29",
  "2024-03-01",
  "2025-02-28",
  "2025-03-01",
  "2025-03-02",
  "2025-07-14",
  "2026-03-01",
  "2025-06",
  "2025",
  null,
];

const tieArb = fc.record({
  pair: fc
    .uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 2, maxLength: 2 })
    .map((two) => [...two].sort() as unknown as Pair),
  cooperation: fc.nat(3),
  conflict: fc.nat(3),
});
const analysisArb = fc
  .uniqueArray(tieArb, { maxLength: 3, selector: (tie) => tie.pair.join("-") })
  .map(
    (ties): ArticleAnalysis => ({
      countries: [],
      ties: ties.map((tie) => ({ ...tie, score: 1, facts: [] })),
    }),
  );
const dateArb = fc.constantFrom(...DATES);

/** What happens to articles: stored, retold (joined to a story), analysed again, deleted. */
const operationArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("insert"), analysis: analysisArb, date: dateArb }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("join"), article: fc.nat(), story: fc.nat() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("reanalyse"),
      article: fc.nat(),
      analysis: analysisArb,
      date: dateArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete"), article: fc.nat() }) },
);
type Operation = typeof operationArb extends fc.Arbitrary<infer T> ? T : never;

const parsed = (title: string) => articleOf(title, { title, publishedAt: null });

function apply(db: Db, operation: Operation, made: number): void {
  const articles = new ArticleStore(db);
  const ids = db.prepare<[], { id: number }>("SELECT id FROM articles ORDER BY id").all();
  const pick = (n: number) => ids[n % ids.length]?.id;
  if (operation.kind === "insert") {
    articles.insert({
      contentHash: `h${made}`,
      source: null,
      raw: "",
      hints: {},
      parsed: parsed(`t${made}`),
      publishedAt: operation.date,
      analysis: operation.analysis,
      analyzerVersion: 1,
    });
    return;
  }
  const id = pick(operation.article);
  if (id === undefined) return;
  if (operation.kind === "join") {
    // As the story linker does: the article joins the story of another (or its own) article.
    const story = db
      .prepare<[number], { story: number }>(
        "SELECT coalesce(story_id, id) AS story FROM articles WHERE id = ?",
      )
      .get(pick(operation.story)!)!.story;
    new StoryStore(db).join(id, story);
  } else if (operation.kind === "reanalyse") {
    articles.replaceAnalysis(id, parsed(`r${made}`), operation.date, operation.analysis, 2);
  } else db.prepare("DELETE FROM articles WHERE id = ?").run(id);
}

describe("the pair summary", () => {
  it("gives the partners the aggregate of every tie gave, whatever was stored, retold, analysed again or deleted", () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 40 }), (operations) => {
        const db = openDatabase(":memory:");
        operations.forEach((operation, made) => {
          apply(db, operation, made);
          expectSummaryInStep(db);
        });
        expectSameAsAggregate(db, COUNTRIES);
        db.close();
      }),
      { numRuns: 200 },
    );
  });
});
