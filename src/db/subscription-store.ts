import type { SubscriptionKind, SubscriptionTarget } from "../nlp/subscription-target.js";
import type { Db } from "./database.js";

/**
 * SQL for what chats follow (migration 5): subscriptions, their matching, digest choices, and what
 * happens to a chat's queued alerts when Telegram says the chat moved or is gone.
 */

export interface Subscription extends SubscriptionTarget {
  id: number;
  chatId: number;
}

export type AddResult = "added" | "exists" | "full";

/** More than this many per chat is a mistake, or spam. */
export const MAX_SUBSCRIPTIONS_PER_CHAT = 50;

interface SubscriptionRow {
  id: number;
  chat_id: number;
  kind: SubscriptionKind;
  key: string;
}

const toSubscription = (row: SubscriptionRow): Subscription => ({
  id: row.id,
  chatId: row.chat_id,
  kind: row.kind,
  key: row.key,
});

export class SubscriptionStore {
  constructor(private readonly db: Db) {}

  /** Adds the target for the chat, or reactivates it; refuses the 51st. */
  add(chatId: number, target: SubscriptionTarget): AddResult {
    return this.db.transaction((): AddResult => {
      const existing = this.db
        .prepare<[number, string, string], { id: number; active: number }>(
          "SELECT id, active FROM subscriptions WHERE chat_id = ? AND kind = ? AND key = ?",
        )
        .get(chatId, target.kind, target.key);
      if (existing?.active) return "exists";
      if (this.count(chatId) >= MAX_SUBSCRIPTIONS_PER_CHAT) return "full";
      if (existing)
        this.db.prepare("UPDATE subscriptions SET active = 1 WHERE id = ?").run(existing.id);
      else
        this.db
          .prepare("INSERT INTO subscriptions (chat_id, kind, key) VALUES (?, ?, ?)")
          .run(chatId, target.kind, target.key);
      return "added";
    })();
  }

  /** Removes it; false when the chat did not follow it. */
  remove(chatId: number, target: SubscriptionTarget): boolean {
    return (
      this.db
        .prepare("DELETE FROM subscriptions WHERE chat_id = ? AND kind = ? AND key = ?")
        .run(chatId, target.kind, target.key).changes > 0
    );
  }

  removeById(chatId: number, id: number): Subscription | null {
    const row = this.db
      .prepare<[number, number], SubscriptionRow>(
        "DELETE FROM subscriptions WHERE chat_id = ? AND id = ? RETURNING id, chat_id, kind, key",
      )
      .get(chatId, id);
    return row ? toSubscription(row) : null;
  }

  get(id: number): Subscription | null {
    const row = this.db
      .prepare<[number], SubscriptionRow>(
        "SELECT id, chat_id, kind, key FROM subscriptions WHERE id = ? AND active = 1",
      )
      .get(id);
    return row ? toSubscription(row) : null;
  }

  /** The chat's active subscriptions, countries first, then pairs, then keywords. */
  list(chatId: number): Subscription[] {
    return this.db
      .prepare<[number], SubscriptionRow>(
        `SELECT id, chat_id, kind, key FROM subscriptions WHERE chat_id = ? AND active = 1
          ORDER BY CASE kind WHEN 'country' THEN 0 WHEN 'pair' THEN 1 ELSE 2 END, key`,
      )
      .all(chatId)
      .map(toSubscription);
  }

  count(chatId: number): number {
    return this.db
      .prepare<[number], { n: number }>(
        "SELECT count(*) AS n FROM subscriptions WHERE chat_id = ? AND active = 1",
      )
      .get(chatId)?.n as number;
  }

  /** Active subscriptions of any chat to any of these targets, the most specific (pairs) first. */
  matching(targets: SubscriptionTarget[]): Subscription[] {
    if (!targets.length) return [];
    const wanted = JSON.stringify(targets.map((t) => [t.kind, t.key]));
    return this.db
      .prepare<[string], SubscriptionRow>(
        `SELECT s.id, s.chat_id, s.kind, s.key FROM subscriptions s
           JOIN json_each(?) w ON s.kind = w.value ->> 0 AND s.key = w.value ->> 1
          WHERE s.active = 1
          ORDER BY CASE s.kind WHEN 'pair' THEN 0 WHEN 'country' THEN 1 ELSE 2 END, s.id`,
      )
      .all(wanted)
      .map(toSubscription);
  }

  /** Every keyword some chat actively follows, once each. */
  activeKeywords(): string[] {
    return this.db
      .prepare<[], { key: string }>(
        "SELECT DISTINCT key FROM subscriptions WHERE kind = 'keyword' AND active = 1",
      )
      .all()
      .map((row) => row.key);
  }

  /**
   * Telegram said the chat is gone (the user blocked the bot, the bot was removed): its
   * subscriptions are switched off (kept, should it come back) and its pending alerts dropped.
   */
  deactivateChat(chatId: number, reason: string): void {
    this.db.transaction(() => {
      this.db.prepare("UPDATE subscriptions SET active = 0 WHERE chat_id = ?").run(chatId);
      this.db
        .prepare(
          "UPDATE outbox SET status = 'dropped', last_error = ? WHERE chat_id = ? AND status = 'pending'",
        )
        .run(reason, chatId);
    })();
  }

  /**
   * A group became a supergroup with a new id: its subscriptions (keeping their ids, so queued
   * alerts still point at them), digest, language and alerts move along. Where the new id already
   * follows the same target, queued alerts are pointed at that subscription before the old one
   * goes; where it already has an alert for a story, the old one is dropped (one per story).
   */
  moveChat(fromChatId: number, toChatId: number): void {
    this.db.transaction(() => {
      this.db
        .prepare("UPDATE OR IGNORE outbox SET chat_id = ? WHERE chat_id = ?")
        .run(toChatId, fromChatId);
      this.db
        .prepare(
          "UPDATE outbox SET status = 'dropped', last_error = 'moved' WHERE chat_id = ? AND status = 'pending'",
        )
        .run(fromChatId);
      this.db
        .prepare("UPDATE OR IGNORE subscriptions SET chat_id = ? WHERE chat_id = ?")
        .run(toChatId, fromChatId);
      this.db
        .prepare(
          `UPDATE outbox SET subscription_id = (
             SELECT n.id FROM subscriptions o JOIN subscriptions n ON n.kind = o.kind AND n.key = o.key
              WHERE o.id = outbox.subscription_id AND n.chat_id = ?)
           WHERE subscription_id IN (SELECT id FROM subscriptions WHERE chat_id = ?)`,
        )
        .run(toChatId, fromChatId);
      this.db.prepare("DELETE FROM subscriptions WHERE chat_id = ?").run(fromChatId);
      for (const table of ["digests", "chat_settings"])
        this.db
          .prepare(`UPDATE OR REPLACE ${table} SET chat_id = ? WHERE chat_id = ?`)
          .run(toChatId, fromChatId);
    })();
  }

  /** When the chat's next daily digest is due (epoch ms), or null when it gets each alert alone. */
  digestDueAt(chatId: number): number | null {
    return (
      this.db
        .prepare<[number], { next_at: number }>("SELECT next_at FROM digests WHERE chat_id = ?")
        .get(chatId)?.next_at ?? null
    );
  }

  setDigest(chatId: number, nextAt: number | null): void {
    if (nextAt === null) this.db.prepare("DELETE FROM digests WHERE chat_id = ?").run(chatId);
    else
      this.db
        .prepare(
          "INSERT INTO digests (chat_id, next_at) VALUES (?, ?) ON CONFLICT (chat_id) DO UPDATE SET next_at = excluded.next_at",
        )
        .run(chatId, nextAt);
  }

  /** Digest chats whose next digest is due by `now`. */
  dueDigests(now: number): { chatId: number; nextAt: number }[] {
    return this.db
      .prepare<[number], { chat_id: number; next_at: number }>(
        "SELECT chat_id, next_at FROM digests WHERE next_at <= ? ORDER BY next_at",
      )
      .all(now)
      .map((row) => ({ chatId: row.chat_id, nextAt: row.next_at }));
  }
}
