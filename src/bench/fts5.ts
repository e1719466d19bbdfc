import Database from "better-sqlite3";
import { indexTerms as terms } from "../nlp/terms.js";

/**
 * The baseline a developer would reach for first: SQLite's own full-text search (FTS5, bm25
 * ranking) over the same articles' titles and whole bodies, in a file of its own. It is given the
 * same terms the bot indexes (Indonesian stopwords out, Sastrawi stems), so that comparing the two
 * measures what the bot's index leaves out and how it ranks, not stemming.
 */
export class Fts5Baseline {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.exec(
      "CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
    );
  }

  addAll(articles: Iterable<{ id: number; title: string; body: string }>): void {
    const insert = this.db.prepare("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)");
    this.db.transaction(() => {
      for (const article of articles)
        insert.run(article.id, terms(article.title).join(" "), terms(article.body).join(" "));
    })();
  }

  /** The top ten for the words, all of which must appear (as the bot's search asks first). */
  search(words: string, limit = 10): number[] {
    const wanted = [...new Set(terms(words))];
    if (!wanted.length) return [];
    return this.db
      .prepare<[string, number], { id: number }>(
        "SELECT rowid AS id FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 3.0, 1.0), rowid DESC LIMIT ?",
      )
      .all(wanted.map((term) => `"${term}"`).join(" "), limit)
      .map((row) => row.id);
  }

  close(): void {
    this.db.close();
  }
}
