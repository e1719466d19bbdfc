import { expect } from "vitest";
import type { Db } from "../../src/db/database.js";
import { type Partner, TieStore } from "../../src/db/tie-store.js";

/**
 * The pair summary (migration 7) must give exactly what aggregating every tie gave. The oracle is
 * the query TieStore.partnersOf ran before the summary, word for word.
 */
export function partnersByAggregate(db: Db, country: string, limit: number): Partner[] {
  return db
    .prepare<[string, string, string, number], Partner>(
      `WITH newest AS (SELECT max(published_at) AS day FROM articles)
       SELECT CASE WHEN t.country_a = ? THEN t.country_b ELSE t.country_a END AS country,
              count(*) AS articles, count(DISTINCT coalesce(a.story_id, a.id)) AS stories,
              sum(t.cooperation) AS cooperation, sum(t.conflict) AS conflict,
              max(a.published_at) AS latest,
              count(DISTINCT CASE WHEN a.published_at >= date((SELECT day FROM newest), '-1 year')
                                  THEN coalesce(a.story_id, a.id) END) AS recent
         FROM ties t JOIN articles a ON a.id = t.article_id
        WHERE t.country_a = ? OR t.country_b = ?
        GROUP BY country ORDER BY recent DESC, stories DESC, latest DESC LIMIT ?`,
    )
    .all(country, country, country, limit);
}

/** The summary's two tables as they would be built from scratch, from every tie. */
function summaryFromScratch(db: Db): unknown[][] {
  return [
    db
      .prepare(
        `SELECT t.country_a, t.country_b, coalesce(a.story_id, a.id) AS story_id,
                count(*) AS articles, max(a.published_at) AS latest
           FROM ties t JOIN articles a ON a.id = t.article_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      )
      .all(),
    db
      .prepare(
        `SELECT t.country_a, t.country_b, count(*) AS articles,
                count(DISTINCT coalesce(a.story_id, a.id)) AS stories, sum(t.cooperation) AS cooperation,
                sum(t.conflict) AS conflict, max(a.published_at) AS latest
           FROM ties t JOIN articles a ON a.id = t.article_id GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all(),
  ];
}

function storedSummary(db: Db): unknown[][] {
  return [
    db.prepare("SELECT * FROM pair_stories ORDER BY country_a, country_b, story_id").all(),
    db.prepare("SELECT * FROM pair_summary ORDER BY country_a, country_b").all(),
  ];
}

/** The summary holds what the ties say, row for row. */
export function expectSummaryInStep(db: Db): void {
  expect(storedSummary(db)).toEqual(summaryFromScratch(db));
}

/** …and each country's partners read from it are the oracle's, in the oracle's order. */
export function expectSameAsAggregate(db: Db, countries: string[]): void {
  expectSummaryInStep(db);
  const ties = new TieStore(db);
  for (const country of countries) {
    for (const limit of [10, 2])
      expect(ties.partnersOf(country, limit)).toEqual(partnersByAggregate(db, country, limit));
  }
}
