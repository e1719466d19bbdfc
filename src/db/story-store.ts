import type { Pair } from "../nlp/types.js";
import type { Db } from "./database.js";

/** SQL for grouping articles that tell the same story. */

export interface StoryCandidate {
  id: number;
  storyId: number;
  title: string;
  body: string;
  publishedAt: string;
}

export class StoryStore {
  constructor(private readonly db: Db) {}

  /** Other articles tying the same pair, published (to the day) between the two ISO dates. */
  candidates(pair: Pair, exceptId: number, fromDay: string, toDay: string): StoryCandidate[] {
    return this.db
      .prepare<[string, string, string, string, number], StoryCandidate>(
        `SELECT a.id, coalesce(a.story_id, a.id) AS storyId, a.title, a.body, a.published_at AS publishedAt
           FROM ties t JOIN articles a ON a.id = t.article_id
          WHERE t.country_a = ? AND t.country_b = ? AND t.published_at BETWEEN ? AND ?
            AND a.id != ? AND length(a.published_at) = 10
          ORDER BY a.id`,
      )
      .all(pair[0], pair[1], fromDay, toDay, exceptId);
  }

  /** The articles telling the story, the first one first. */
  articleIdsOf(storyId: number): number[] {
    return this.db
      .prepare<[number, number], { id: number }>(
        "SELECT id FROM articles WHERE story_id = ? OR id = ? ORDER BY id",
      )
      .all(storyId, storyId)
      .map((row) => row.id);
  }

  join(articleId: number, storyId: number): void {
    this.db.prepare("UPDATE articles SET story_id = ? WHERE id = ?").run(storyId, articleId);
  }
}
