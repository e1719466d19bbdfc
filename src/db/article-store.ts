import type { ArticleAnalysis, ArticleHints, ParsedArticle } from "../nlp/types.js";
import type { Db } from "./database.js";

/** All SQL about articles, their ties and facts lives here. */

export interface StoredArticle {
  id: number;
  url: string | null;
  source: string | null;
  title: string;
  titleDerived: boolean;
  publisher: string | null;
  /** ISO partial date: "2025-05-14", "2025-05" or "2025". */
  publishedAt: string | null;
  authors: string[];
  editors: string[];
  dateline: string | null;
  body: string;
}

export interface NewArticle {
  contentHash: string;
  source: string | null;
  raw: string;
  hints: ArticleHints;
  parsed: ParsedArticle;
  publishedAt: string | null;
  analysis: ArticleAnalysis;
  analyzerVersion: number;
}

interface ArticleRow {
  id: number;
  url: string | null;
  source: string | null;
  title: string;
  title_derived: number;
  publisher: string | null;
  published_at: string | null;
  authors: string;
  editors: string;
  dateline: string | null;
  body: string;
}

function toArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    url: row.url,
    source: row.source,
    title: row.title,
    titleDerived: row.title_derived === 1,
    publisher: row.publisher,
    publishedAt: row.published_at,
    authors: JSON.parse(row.authors) as string[],
    editors: JSON.parse(row.editors) as string[],
    dateline: row.dateline,
    body: row.body,
  };
}

const ARTICLE_COLUMNS =
  "id, url, source, title, title_derived, publisher, published_at, authors, editors, dateline, body";

export class ArticleStore {
  constructor(private readonly db: Db) {}

  /** Runs the work in one transaction (a savepoint when one is open already). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** The article stored under this (canonical) URL, if any. */
  idByUrl(url: string): number | null {
    return (
      this.db.prepare<[string], { id: number }>("SELECT id FROM articles WHERE url = ?").get(url)
        ?.id ?? null
    );
  }

  /** Stores the article once: the same text (or the same URL) again is recognised, not duplicated. */
  insert(article: NewArticle): { id: number; inserted: boolean } {
    return this.db.transaction(() => {
      const existing = this.db
        .prepare<[string, string | null], { id: number }>(
          "SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)",
        )
        .get(article.contentHash, article.parsed.url);
      if (existing) return { id: existing.id, inserted: false };
      const { parsed } = article;
      const result = this.db
        .prepare(
          `INSERT INTO articles (content_hash, url, source, title, title_derived, publisher, published_at,
             authors, editors, dateline, body, raw, hints, analyzer_version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          article.contentHash,
          parsed.url,
          article.source,
          parsed.title,
          parsed.titleDerived ? 1 : 0,
          parsed.publisher,
          article.publishedAt,
          JSON.stringify(parsed.authors),
          JSON.stringify(parsed.editors),
          parsed.dateline,
          parsed.body,
          article.raw,
          JSON.stringify(article.hints),
          article.analyzerVersion,
        );
      const id = Number(result.lastInsertRowid);
      this.db.prepare("UPDATE articles SET story_id = id WHERE id = ?").run(id);
      this.writeAnalysis(id, article.analysis, article.publishedAt);
      return { id, inserted: true };
    })();
  }

  /** Replaces what was understood of an article, e.g. after the analyser improved. */
  replaceAnalysis(
    id: number,
    parsed: ParsedArticle,
    publishedAt: string | null,
    analysis: ArticleAnalysis,
    version: number,
  ): void {
    this.db.transaction(() => {
      for (const table of ["article_countries", "ties", "facts"]) {
        this.db.prepare(`DELETE FROM ${table} WHERE article_id = ?`).run(id);
      }
      this.db
        .prepare(
          `UPDATE articles SET title = ?, title_derived = ?, publisher = ?, published_at = ?, authors = ?,
             editors = ?, dateline = ?, body = ?, analyzer_version = ? WHERE id = ?`,
        )
        .run(
          parsed.title,
          parsed.titleDerived ? 1 : 0,
          parsed.publisher,
          publishedAt,
          JSON.stringify(parsed.authors),
          JSON.stringify(parsed.editors),
          parsed.dateline,
          parsed.body,
          version,
          id,
        );
      this.writeAnalysis(id, analysis, publishedAt);
    })();
  }

  private writeAnalysis(id: number, analysis: ArticleAnalysis, publishedAt: string | null): void {
    const country = this.db.prepare(
      "INSERT INTO article_countries (article_id, country, mentions, in_title) VALUES (?, ?, ?, ?)",
    );
    for (const entry of analysis.countries)
      country.run(id, entry.code, entry.mentions, entry.inTitle ? 1 : 0);
    const tie = this.db.prepare(
      "INSERT INTO ties (country_a, country_b, article_id, score, cooperation, conflict, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    const fact = this.db.prepare(
      "INSERT INTO facts (article_id, country_a, country_b, kind, sentence_index, payload) VALUES (?, ?, ?, ?, ?, ?)",
    );
    for (const pair of analysis.ties) {
      tie.run(
        pair.pair[0],
        pair.pair[1],
        id,
        pair.score,
        pair.cooperation,
        pair.conflict,
        publishedAt,
      );
      for (const entry of pair.facts) {
        fact.run(
          id,
          pair.pair[0],
          pair.pair[1],
          entry.fact.kind,
          entry.sentenceIndex,
          JSON.stringify(entry.fact),
        );
      }
    }
  }

  get(id: number): StoredArticle | null {
    const row = this.db
      .prepare<[number], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`)
      .get(id);
    return row ? toArticle(row) : null;
  }

  getMany(ids: number[]): StoredArticle[] {
    if (!ids.length) return [];
    const rows = this.db
      .prepare<number[], ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id IN (${ids.map(() => "?").join(",")})`,
      )
      .all(...ids);
    return rows.map(toArticle);
  }

  count(): number {
    return this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM articles").get()?.n ?? 0;
  }

  /**
   * Articles after `afterId` in id order, with their countries and the first `bodyChars`
   * characters of their body: the search index's input.
   */
  pageAfter(
    afterId: number,
    limit: number,
    bodyChars: number,
  ): { id: number; title: string; body: string; countries: string[] }[] {
    // Only the opening the index reads: whole bodies would pass through memory for nothing.
    return this.db
      .prepare<
        [number, number, number],
        { id: number; title: string; body: string; countries: string }
      >(
        `SELECT a.id, a.title, substr(a.body, 1, ?) AS body,
                (SELECT json_group_array(country) FROM article_countries c WHERE c.article_id = a.id) AS countries
           FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT ?`,
      )
      .all(bodyChars, afterId, limit)
      .map((row) => ({ ...row, countries: JSON.parse(row.countries) as string[] }));
  }

  *iterateAll(): IterableIterator<StoredArticle> {
    for (const row of this.db
      .prepare<[], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY id`)
      .iterate()) {
      yield toArticle(row);
    }
  }

  /** Articles analysed by an older analyser, with their raw text, to analyse again. */
  staleAnalyses(
    version: number,
    limit = Number.MAX_SAFE_INTEGER,
  ): { id: number; raw: string; hints: ArticleHints }[] {
    return this.db
      .prepare<[number, number], { id: number; raw: string; hints: string }>(
        "SELECT id, raw, hints FROM articles WHERE analyzer_version < ? ORDER BY id LIMIT ?",
      )
      .all(version, limit)
      .map((row) => ({ id: row.id, raw: row.raw, hints: JSON.parse(row.hints) as ArticleHints }));
  }

  /** The newest articles, overall or naming a country, newest publication date first. */
  latest(limit: number, country?: string): StoredArticle[] {
    const byCountry = country
      ? "WHERE id IN (SELECT article_id FROM article_countries WHERE country = ?)"
      : "";
    const rows = this.db
      .prepare<(string | number)[], ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles ${byCountry}
          ORDER BY published_at IS NULL, published_at DESC, id DESC LIMIT ?`,
      )
      .all(...(country ? [country, limit] : [limit]));
    return rows.map(toArticle);
  }
}
