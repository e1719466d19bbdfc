import type { Db } from "./database.js";

/** SQL for the feeds polled for new articles and the items already handled (migration 5). */

export interface Feed {
  id: number;
  url: string;
  origin: "config" | "admin";
  etag: string | null;
  lastModified: string | null;
  nextPollAt: number;
  lastOkAt: string | null;
  failures: number;
  lastError: string | null;
  failureReported: boolean;
}

interface FeedRow {
  id: number;
  url: string;
  origin: "config" | "admin";
  etag: string | null;
  last_modified: string | null;
  next_poll_at: number;
  last_ok_at: string | null;
  failures: number;
  last_error: string | null;
  failure_reported: number;
}

const toFeed = (row: FeedRow): Feed => ({
  id: row.id,
  url: row.url,
  origin: row.origin,
  etag: row.etag,
  lastModified: row.last_modified,
  nextPollAt: row.next_poll_at,
  lastOkAt: row.last_ok_at,
  failures: row.failures,
  lastError: row.last_error,
  failureReported: row.failure_reported === 1,
});

const FEED_COLUMNS =
  "id, url, origin, etag, last_modified, next_poll_at, last_ok_at, failures, last_error, failure_reported";

export class FeedStore {
  constructor(private readonly db: Db) {}

  /** Adds the feed; false when it is listed already. */
  add(url: string, origin: Feed["origin"], addedBy: number | null = null): boolean {
    return (
      this.db
        .prepare("INSERT OR IGNORE INTO feeds (url, origin, added_by) VALUES (?, ?, ?)")
        .run(url, origin, addedBy).changes > 0
    );
  }

  remove(url: string): boolean {
    return this.db.prepare("DELETE FROM feeds WHERE url = ?").run(url).changes > 0;
  }

  list(): Feed[] {
    return this.db
      .prepare<[], FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds ORDER BY id`)
      .all()
      .map(toFeed);
  }

  due(now: number): Feed[] {
    return this.db
      .prepare<[number], FeedRow>(
        `SELECT ${FEED_COLUMNS} FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, id`,
      )
      .all(now)
      .map(toFeed);
  }

  /** Every feed is due now (an admin's /feeds poll). */
  makeAllDue(): number {
    return this.db.prepare("UPDATE feeds SET next_poll_at = 0").run().changes;
  }

  nextPollAt(): number | null {
    return (
      this.db.prepare<[], { at: number | null }>("SELECT min(next_poll_at) AS at FROM feeds").get()
        ?.at ?? null
    );
  }

  recordSuccess(
    id: number,
    validators: { etag: string | null; lastModified: string | null } | null,
    nextPollAt: number,
  ): void {
    this.db
      .prepare(
        `UPDATE feeds SET failures = 0, last_error = NULL, failure_reported = 0, next_poll_at = ?,
           last_ok_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
           etag = coalesce(?, etag), last_modified = coalesce(?, last_modified)
         WHERE id = ?`,
      )
      .run(nextPollAt, validators?.etag ?? null, validators?.lastModified ?? null, id);
  }

  /** Counts one more failure in a row; returns the new count. */
  recordFailure(id: number, error: string, nextPollAt: number): number {
    return (
      this.db
        .prepare<[string, number, number], { failures: number }>(
          `UPDATE feeds SET failures = failures + 1, last_error = ?, next_poll_at = ?
            WHERE id = ? RETURNING failures`,
        )
        .get(error, nextPollAt, id)?.failures ?? 0
    );
  }

  markFailureReported(id: number): void {
    this.db.prepare("UPDATE feeds SET failure_reported = 1 WHERE id = ?").run(id);
  }

  /** The guids among these that the feed has not handled yet. */
  unseen(feedId: number, guids: string[]): string[] {
    const seen = this.db.prepare<[number, string], { one: number }>(
      "SELECT 1 AS one FROM feed_items WHERE feed_id = ? AND guid = ?",
    );
    return guids.filter((guid) => !seen.get(feedId, guid));
  }

  markSeen(feedId: number, guid: string, articleId: number | null): void {
    this.db
      .prepare("INSERT OR IGNORE INTO feed_items (feed_id, guid, article_id) VALUES (?, ?, ?)")
      .run(feedId, guid, articleId);
  }
}
