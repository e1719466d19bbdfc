import type { Db } from "./database.js";

/**
 * SQL for the alert outbox (migration 5). A row is written in the transaction that stores the
 * article, and is the only record of the alert until Telegram has it: nothing in memory can lose it.
 */

export interface PendingAlert {
  id: number;
  chatId: number;
  storyId: number;
  articleId: number;
  subscriptionId: number | null;
  attempts: number;
}

interface AlertRow {
  id: number;
  chat_id: number;
  story_id: number;
  article_id: number;
  subscription_id: number | null;
  attempts: number;
}

const toAlert = (row: AlertRow): PendingAlert => ({
  id: row.id,
  chatId: row.chat_id,
  storyId: row.story_id,
  articleId: row.article_id,
  subscriptionId: row.subscription_id,
  attempts: row.attempts,
});

const ALERT_COLUMNS = "id, chat_id, story_id, article_id, subscription_id, attempts";

export class OutboxStore {
  constructor(private readonly db: Db) {}

  /**
   * Queues an alert unless the chat has one for this story already (sent or not): a story told by
   * a second outlet never alerts a chat twice. Returns whether a row was added.
   */
  enqueue(chatId: number, storyId: number, articleId: number, subscriptionId: number): boolean {
    return (
      this.db
        .prepare(
          "INSERT OR IGNORE INTO outbox (chat_id, story_id, article_id, subscription_id) VALUES (?, ?, ?, ?)",
        )
        .run(chatId, storyId, articleId, subscriptionId).changes > 0
    );
  }

  /** Pending alerts due by `now`, oldest first, for chats that take alerts one by one. */
  due(now: number, limit: number): PendingAlert[] {
    return this.db
      .prepare<[number, number], AlertRow>(
        `SELECT ${ALERT_COLUMNS} FROM outbox
          WHERE status = 'pending' AND next_attempt_at <= ?
            AND chat_id NOT IN (SELECT chat_id FROM digests)
          ORDER BY id LIMIT ?`,
      )
      .all(now, limit)
      .map(toAlert);
  }

  /** Everything pending for one chat, oldest first: the content of its digest. */
  pendingFor(chatId: number): PendingAlert[] {
    return this.db
      .prepare<[number], AlertRow>(
        `SELECT ${ALERT_COLUMNS} FROM outbox WHERE status = 'pending' AND chat_id = ? ORDER BY id`,
      )
      .all(chatId)
      .map(toAlert);
  }

  /** The earliest time (epoch ms) a pending one-by-one alert is due, or null when none waits. */
  nextDueAt(): number | null {
    return (
      this.db
        .prepare<[], { at: number | null }>(
          `SELECT min(next_attempt_at) AS at FROM outbox
            WHERE status = 'pending' AND chat_id NOT IN (SELECT chat_id FROM digests)`,
        )
        .get()?.at ?? null
    );
  }

  markSent(ids: number[], messageId: number): void {
    const mark = this.db.prepare(
      `UPDATE outbox SET status = 'sent', message_id = ?, last_error = NULL,
         sent_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'pending'`,
    );
    this.db.transaction(() => {
      for (const id of ids) mark.run(messageId, id);
    })();
  }

  /** A failure worth another try later; after `maxAttempts` the alert is given up as failed. */
  markRetry(
    id: number,
    error: string,
    nextAttemptAt: number,
    maxAttempts: number,
  ): "retry" | "failed" {
    const row = this.db
      .prepare<[string, number, number, number], { status: string }>(
        `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
           status = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE 'pending' END
         WHERE id = ? RETURNING status`,
      )
      .get(error, nextAttemptAt, maxAttempts, id);
    return row?.status === "failed" ? "failed" : "retry";
  }

  /** The alert will not be sent (its subscription was removed, its article is gone). */
  drop(id: number, reason: string): void {
    this.db
      .prepare(
        "UPDATE outbox SET status = 'dropped', last_error = ? WHERE id = ? AND status = 'pending'",
      )
      .run(reason, id);
  }

  /**
   * Another outlet told the story: the alerts already sent about it (each its own message, not
   * part of a digest; sent in the last two days, while Telegram still lets a bot edit them) are
   * to be edited to list the new source.
   */
  storyGrew(storyId: number, now: number): number {
    const since = new Date(now - 2 * 86_400_000).toISOString();
    return this.db
      .prepare(
        `UPDATE outbox SET refresh = 1
          WHERE story_id = ? AND status = 'sent' AND sent_at >= ? AND NOT EXISTS (
            SELECT 1 FROM outbox o
             WHERE o.chat_id = outbox.chat_id AND o.message_id = outbox.message_id AND o.id != outbox.id)`,
      )
      .run(storyId, since).changes;
  }

  /** Sent alerts to edit because their story grew, oldest first. */
  toRefresh(limit: number): (PendingAlert & { messageId: number })[] {
    return this.db
      .prepare<[number], AlertRow & { message_id: number }>(
        `SELECT ${ALERT_COLUMNS}, message_id FROM outbox WHERE refresh = 1 ORDER BY id LIMIT ?`,
      )
      .all(limit)
      .map((row) => ({ ...toAlert(row), messageId: row.message_id }));
  }

  refreshed(id: number): void {
    this.db.prepare("UPDATE outbox SET refresh = 0 WHERE id = ?").run(id);
  }

  countByStatus(): Record<string, number> {
    const rows = this.db
      .prepare<[], { status: string; n: number }>(
        "SELECT status, count(*) AS n FROM outbox GROUP BY status",
      )
      .all();
    return Object.fromEntries(rows.map((row) => [row.status, row.n]));
  }
}
