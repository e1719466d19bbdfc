import type { Db } from "./database.js";

/** SQL for remembering searches, so that buttons name a search by its id (see migration 3). */

export class SearchStore {
  constructor(private readonly db: Db) {}

  /** The id of these words, stored on first use: the same words asked again share one id. */
  remember(query: string): number {
    return this.db.transaction(() => {
      this.db
        .prepare("INSERT INTO search_queries (query) VALUES (?) ON CONFLICT (query) DO NOTHING")
        .run(query);
      const row = this.db
        .prepare<[string], { id: number }>("SELECT id FROM search_queries WHERE query = ?")
        .get(query);
      if (!row) throw new Error(`hubungan: the search "${query}" was not stored`);
      return row.id;
    })();
  }

  /** The words of a stored search, or null when the id is unknown (another or a newer store). */
  query(id: number): string | null {
    return (
      this.db
        .prepare<[number], { query: string }>("SELECT query FROM search_queries WHERE id = ?")
        .get(id)?.query ?? null
    );
  }
}
