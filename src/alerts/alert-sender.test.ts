import { GrammyError } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestApp } from "../../test/helpers/app.js";
import { LeaseStore } from "../db/lease-store.js";
import { createLogger } from "../logger.js";
import type { App } from "../main.js";
import { AlertSender, MAX_ATTEMPTS, type MessageSender } from "./alert-sender.js";
import { Lease } from "./lease.js";

/** The sender's decisions on Telegram's answers, over a real store and a scripted Bot API. */

const CHAT = 555;
let app: App;
let now: number;
let answers: ((chatId: number) => unknown)[];
let sent: { chatId: number; text: string }[];

const refusal = (code: number, description: string, parameters = {}) =>
  new GrammyError(
    description,
    { ok: false, error_code: code, description, parameters },
    "sendMessage",
    {},
  );

const api: MessageSender = {
  async sendMessage(chatId, text) {
    const answer = answers.shift()?.(chatId);
    if (answer instanceof Error) throw answer;
    sent.push({ chatId, text });
    return { message_id: sent.length };
  },
  async editMessageText() {
    return true;
  },
};

function sender(): AlertSender {
  return new AlertSender({
    outbox: app.outbox,
    subscriptions: app.subscriptionStore,
    alerts: app.alerts,
    settings: app.settings,
    api,
    links: { botUsername: "hubungan_bot" },
    logger: createLogger("silent"),
    lease: new Lease(new LeaseStore(app.db), "alert-sender", 10_000, () => now),
    now: () => now,
  });
}

beforeEach(() => {
  app = openTestApp();
  now = Date.UTC(2026, 11, 1);
  answers = [];
  sent = [];
  app.subscriptionStore.add(CHAT, { kind: "country", key: "MY" });
  const [subscription] = app.subscriptionStore.list(CHAT);
  app.outbox.enqueue(CHAT, 1, 1, subscription!.id);
});

afterEach(() => app.close());

describe("the alert sender", () => {
  it("sends a queued alert once and records it", async () => {
    const worker = sender();
    await worker.round();
    await worker.round();
    expect(sent.map((message) => message.chatId)).toEqual([CHAT]);
    expect(app.outbox.countByStatus()).toEqual({ sent: 1 });
    await worker.stop();
  });

  it("switches a chat off when Telegram says the user blocked the bot", async () => {
    answers.push(() => refusal(403, "Forbidden: bot was blocked by the user"));
    await sender().round();
    expect(app.subscriptionStore.list(CHAT)).toEqual([]);
    expect(app.outbox.countByStatus()).toEqual({ dropped: 1 });
  });

  it("follows a group to its supergroup when Telegram names the new id, and sends there", async () => {
    answers.push(() =>
      refusal(400, "Bad Request: group chat was upgraded", { migrate_to_chat_id: -1009 }),
    );
    const worker = sender();
    await worker.round();
    await worker.round();
    expect(sent.map((message) => message.chatId)).toEqual([-1009]);
    expect(app.subscriptionStore.list(-1009).map((s) => s.key)).toEqual(["MY"]);
  });

  it("tries again later after another error, waiting longer each time, then gives up", async () => {
    const worker = sender();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      answers.push(() => refusal(500, "Internal Server Error"));
      expect(await worker.round()).toBe(true);
      // Not due again at once: the next round finds nothing.
      expect(await worker.round()).toBe(false);
      now += 3_600_000;
    }
    expect(app.outbox.countByStatus()).toEqual({ failed: 1 });
    expect(sent).toEqual([]);
  });

  it("waits as long as a flood-control refusal says", async () => {
    answers.push(() => refusal(429, "Too Many Requests: retry after 120", { retry_after: 120 }));
    const worker = sender();
    await worker.round();
    now += 60_000;
    await worker.round();
    expect(sent).toEqual([]);
    now += 61_000;
    await worker.round();
    expect(sent).toHaveLength(1);
  });

  it("sends nothing while another process holds the lease", async () => {
    new LeaseStore(app.db).acquire("alert-sender", "another process", now, 10_000);
    expect(await sender().round()).toBe(false);
    expect(sent).toEqual([]);
  });
});
