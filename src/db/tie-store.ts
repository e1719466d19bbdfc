import type { EventFact, Fact, Pair } from "../nlp/types.js";
import type { Db } from "./database.js";

/** SQL for reading ties between countries and their facts: the queries behind /relations. */

export interface PairFact {
  articleId: number;
  sentenceIndex: number;
  fact: Fact;
}

export interface PairTie {
  articleId: number;
  /** The first article of the story this one belongs to. */
  storyId: number;
  publishedAt: string | null;
  score: number;
  cooperation: number;
  conflict: number;
}

export interface Partner {
  country: string;
  articles: number;
  /** Distinct stories: one story told by four outlets counts once. */
  stories: number;
  /** Stories of the last year, up to the newest article in the store. */
  recent: number;
  cooperation: number;
  conflict: number;
  latest: string | null;
}

export class TieStore {
  constructor(private readonly db: Db) {}

  /**
   * The articles tying the pair, newest first: at most `limit`, which covers the dozen stories a
   * sheet shows; a pair in the news every day does not make every answer read all its years.
   */
  tiesOf(pair: Pair, limit = 400): PairTie[] {
    return this.db
      .prepare<[string, string, number], PairTie>(
        `SELECT t.article_id AS articleId, coalesce(a.story_id, a.id) AS storyId,
                a.published_at AS publishedAt, t.score, t.cooperation, t.conflict
           FROM ties t JOIN articles a ON a.id = t.article_id
          WHERE t.country_a = ? AND t.country_b = ?
          ORDER BY t.published_at DESC, t.score DESC LIMIT ?`,
      )
      .all(pair[0], pair[1], limit);
  }

  /** The pairs one article ties, strongest first. */
  pairsOfArticle(articleId: number): Pair[] {
    return this.db
      .prepare<[number], { a: string; b: string }>(
        "SELECT country_a AS a, country_b AS b FROM ties WHERE article_id = ? ORDER BY score DESC",
      )
      .all(articleId)
      .map((row) => [row.a, row.b] as Pair);
  }

  factsOf(pair: Pair, articleIds: number[]): PairFact[] {
    if (!articleIds.length) return [];
    const rows = this.db
      .prepare<(string | number)[], { articleId: number; sentenceIndex: number; payload: string }>(
        `SELECT article_id AS articleId, sentence_index AS sentenceIndex, payload FROM facts
          WHERE country_a = ? AND country_b = ? AND article_id IN (${articleIds.map(() => "?").join(",")})
          ORDER BY article_id, sentence_index, id`,
      )
      .all(pair[0], pair[1], ...articleIds);
    return rows.map((row) => ({
      articleId: row.articleId,
      sentenceIndex: row.sentenceIndex,
      fact: JSON.parse(row.payload) as Fact,
    }));
  }

  /**
   * Countries tied to this one: recent coverage first (stories of the last year, up to the newest
   * article in the store), then all stories, then the latest date, then the code (the order the
   * aggregate over every tie gave equal partners). Read from the pair summary (migration 7), a
   * row per partner, rather than from every tie the country has.
   */
  partnersOf(country: string, limit: number): Partner[] {
    return this.db
      .prepare<[string, string, number], Partner>(
        `WITH cutoff AS (SELECT date(max(published_at), '-1 year') AS day FROM articles),
         partners AS (
           SELECT country_b AS country, country_a, country_b, articles, stories, cooperation, conflict, latest
             FROM pair_summary WHERE country_a = ?
           UNION ALL
           SELECT country_a AS country, country_a, country_b, articles, stories, cooperation, conflict, latest
             FROM pair_summary WHERE country_b = ?)
         SELECT p.country, p.articles, p.stories, p.cooperation, p.conflict, p.latest,
                (SELECT count(*) FROM pair_stories s
                  WHERE s.country_a = p.country_a AND s.country_b = p.country_b
                    AND s.latest >= (SELECT day FROM cutoff)) AS recent
           FROM partners p ORDER BY recent DESC, stories DESC, latest DESC, country LIMIT ?`,
      )
      .all(country, country, limit);
  }

  /**
   * The pair's events, from the newest articles first (a few, to pick the latest held one). The
   * pair's ties are read newest first from their index (CROSS JOIN keeps them the outer loop), so
   * this stops after `limit` events however many years of news the pair has: 0.12 ms instead of
   * 6.7 ms for the busiest pair of 100,000 articles. SQLite sorts NULL last in a descending order,
   * so undated articles come last.
   */
  recentEvents(pair: Pair, limit = 20): EventFact[] {
    return this.db
      .prepare<[string, string, number], { payload: string }>(
        `SELECT f.payload FROM ties t
           CROSS JOIN facts f
             ON f.country_a = t.country_a AND f.country_b = t.country_b AND f.article_id = t.article_id
          WHERE t.country_a = ? AND t.country_b = ? AND f.kind = 'event'
          ORDER BY t.published_at DESC, t.article_id DESC, f.sentence_index
          LIMIT ?`,
      )
      .all(pair[0], pair[1], limit)
      .map((row) => JSON.parse(row.payload) as EventFact);
  }

  /** The pairs with the most stories in the week up to the newest dated article in the store. */
  busiestPairs(limit: number): Pair[] {
    const newest = this.db
      .prepare<[], { day: string | null }>(
        "SELECT max(published_at) AS day FROM articles WHERE length(published_at) = 10",
      )
      .get()?.day;
    if (!newest) return [];
    const weekBefore = new Date(Date.parse(`${newest}T00:00:00Z`) - 6 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return this.db
      .prepare<[string, number], { a: string; b: string }>(
        `SELECT t.country_a AS a, t.country_b AS b FROM ties t JOIN articles a ON a.id = t.article_id
          WHERE length(a.published_at) = 10 AND a.published_at >= ?
          GROUP BY t.country_a, t.country_b
          ORDER BY count(DISTINCT coalesce(a.story_id, a.id)) DESC, max(a.published_at) DESC LIMIT ?`,
      )
      .all(weekBefore, limit)
      .map((row) => [row.a, row.b] as const);
  }
}
