import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBot, type TestBot } from "../helpers/bot.js";
import { CHINA_STORIES, newsArticle, PALM_OIL_KOMPAS, PALM_OIL_TEMPO } from "../helpers/news.js";
import { until } from "../helpers/wait.js";
import { DEFAULT_USER_ID } from "../support/bot-api-emulator.js";
import { type FakeNewsSite, startFakeNewsSite } from "../support/fake-news-site.js";

/**
 * Alerts end to end: a news site on loopback publishes, the bot's feed poller and alert sender
 * (driven round by round here, so that each step is deterministic) deliver through the Bot API
 * emulator, which answers as Telegram does, refusals included.
 */
let site: FakeNewsSite;
let bot: TestBot;

beforeEach(async () => {
  site = await startFakeNewsSite();
});

afterEach(async () => {
  await bot?.stop();
  await site.stop();
});

async function start(feeds = [site.feedUrl], adminIds: number[] = []) {
  bot = await startTestBot({ config: { feeds, adminIds } });
  return bot;
}

/** A user says it in a chat and the bot answers; returns the answer's text. */
async function say(text: string, chat: "private" | "group" = "private") {
  return (await bot.ask(text, chat)).text;
}

/** One poll of the due feeds, then one sending round, as the background loops would do. */
async function pollAndSend() {
  await bot.workers.poller.round();
  await bot.workers.sender.round();
}

const alertsIn = (chatId: number) =>
  bot.emulator
    .sentMessages({ chatId, method: "sendMessage" })
    .filter((message) => message.text.startsWith("🔔"));

describe("a subscribed chat hears of a new story", () => {
  it("once, with the headline, pair, key fact and source; not again when another outlet tells it", async () => {
    await start();
    expect(await say("/ikuti Indonesia Tiongkok")).toMatch(/Indonesia/);
    const chatId = bot.emulator.chatIdOf("private");

    site.publish(newsArticle(PALM_OIL_KOMPAS, "jokowi-sawit"));
    await pollAndSend();
    const [alert, ...more] = alertsIn(chatId);
    expect(more).toEqual([]);
    expect(alert?.text).toContain("Jokowi Minta China Beli Lebih Banyak Minyak Kelapa Sawit");
    expect(alert?.text).toMatch(/Indonesia – (China|Tiongkok)/);
    expect(alert?.text).toContain("20 September 2019");
    expect(alert?.text).toContain(`href="${site.pageUrl("jokowi-sawit")}"`);

    site.publish(newsArticle(PALM_OIL_TEMPO, "cpo-cina"));
    bot.app.feeds.pollNow();
    await pollAndSend();
    expect(bot.app.store.count()).toBe(7);
    // The one alert now lists both outlets: it was edited, not sent again.
    const sends = bot.emulator.sentMessages({ chatId, method: "sendMessage" });
    expect(sends.filter((message) => message.text.startsWith("🔔"))).toHaveLength(1);
    const [edit, ...moreEdits] = bot.emulator.sentMessages({ chatId, method: "editMessageText" });
    expect(moreEdits).toEqual([]);
    expect(edit?.text).toContain(`href="${site.pageUrl("jokowi-sawit")}"`);
    expect(edit?.text).toContain(`href="${site.pageUrl("cpo-cina")}"`);
    expect(edit?.plainText).toContain("Kompas, Tempo");
  });

  it("once when it follows the story's pair, one of its countries and a keyword in it", async () => {
    await start();
    await say("/subscribe Indonesia China");
    await say("/subscribe China");
    await say('/subscribe "sawit"');
    site.publish(newsArticle(PALM_OIL_KOMPAS, "jokowi-sawit"));
    await pollAndSend();
    await bot.workers.sender.round();
    expect(alertsIn(bot.emulator.chatIdOf("private"))).toHaveLength(1);
  });

  it("not at all for an archive article, nor for a chat that unsubscribed before it was sent", async () => {
    await start();
    await say("/subscribe Indonesia China");
    site.publish({ ...newsArticle(PALM_OIL_KOMPAS, "lama"), publishedAt: "2019-09-20T05:00:00Z" });
    await pollAndSend();
    expect(bot.app.outbox.countByStatus()).toEqual({});

    site.publish(newsArticle(PALM_OIL_TEMPO, "baru"));
    bot.app.feeds.pollNow();
    await bot.workers.poller.round();
    await say("/unsubscribe Indonesia China");
    await bot.workers.sender.round();
    expect(alertsIn(bot.emulator.chatIdOf("private"))).toEqual([]);
    expect(bot.app.outbox.countByStatus()).toEqual({ dropped: 1 });
  });
});

describe("a chat that asked for a daily digest", () => {
  it("gets nothing during the day, then one message listing every story", async () => {
    await start();
    await say("/subscribe China");
    await say("/digest daily");
    const chatId = bot.emulator.chatIdOf("private");
    site.publish(newsArticle(PALM_OIL_KOMPAS, "jokowi-sawit"));
    site.publish(newsArticle(CHINA_STORIES[1]!, "jerman"));
    await pollAndSend();
    expect(bot.emulator.sentMessages({ chatId }).filter((m) => /🔔|🗞/u.test(m.text))).toEqual([]);

    // The digest hour comes.
    bot.app.subscriptionStore.setDigest(chatId, Date.now());
    await bot.workers.sender.round();
    const digests = bot.emulator.sentMessages({ chatId }).filter((m) => m.text.includes("🗞"));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.text).toContain("Jokowi Minta China Beli");
    expect(digests[0]?.text).toContain("China Marah Menlu Jerman");
    expect(bot.app.outbox.countByStatus()).toEqual({ sent: 2 });
    expect(bot.app.subscriptionStore.digestDueAt(chatId)).toBeGreaterThan(Date.now());
    await bot.workers.sender.round();
    expect(bot.emulator.sentMessages({ chatId }).filter((m) => m.text.includes("🗞"))).toHaveLength(
      1,
    );
  });
});

describe("when Telegram refuses an alert", () => {
  it("a user who blocked the bot has the chat's subscriptions switched off", async () => {
    await start();
    await say("/subscribe China");
    const chatId = bot.emulator.chatIdOf("private");
    bot.emulator.userBlocksBot();
    site.publish(newsArticle(PALM_OIL_KOMPAS, "jokowi-sawit"));
    await pollAndSend();
    expect(bot.app.subscriptions.list(chatId)).toEqual([]);
    expect(bot.app.outbox.countByStatus()).toEqual({ dropped: 1 });
    const refused = bot.emulator.calls("sendMessage").filter((call) => call.error);
    expect(refused.map((call) => call.error)).toEqual(["Forbidden: bot was blocked by the user"]);
  });

  it("a group that became a supergroup keeps its subscriptions and gets its alerts at the new id", async () => {
    await start();
    await say("/subscribe China", "group");
    const newId = bot.emulator.migrateGroupToSupergroup();
    // Telegram's service message in the old chat tells the bot; it follows at once.
    await until(() => bot.app.subscriptions.list(newId).length > 0, "the subscriptions to move");
    site.publish(newsArticle(PALM_OIL_KOMPAS, "jokowi-sawit"));
    await pollAndSend();
    expect(alertsIn(newId)).toHaveLength(1);
    expect(bot.emulator.calls("sendMessage").filter((call) => call.error)).toEqual([]);
    expect(bot.app.subscriptions.list(newId).map((s) => s.key)).toEqual(["CN"]);
  });

  it("a flood-control refusal is waited out as retry_after says, and the alert is sent once", async () => {
    await start();
    await say("/subscribe China");
    bot.emulator.failNextSends(1, 1);
    site.publish(newsArticle(PALM_OIL_KOMPAS, "jokowi-sawit"));
    await pollAndSend();
    const sends = bot.emulator.calls("sendMessage").slice(-2);
    expect(sends.map((call) => call.error)).toEqual([
      "Too Many Requests: retry after 1",
      undefined,
    ]);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(990);
    expect(alertsIn(bot.emulator.chatIdOf("private"))).toHaveLength(1);
  });
});

describe("feeds that misbehave", () => {
  it("leave the other feeds, the alerts and the answers working, and the admins are told once", async () => {
    const bad = ["/500.xml", "/garbage.xml", "/huge.xml", "/loop.xml"];
    site.misbehave(bad[0]!, "500");
    site.misbehave(bad[1]!, "garbage");
    site.misbehave(bad[2]!, "huge");
    site.misbehave(bad[3]!, "redirect-loop");
    await start([...bad.map((path) => site.origin + path), site.feedUrl], [DEFAULT_USER_ID]);
    await say("/subscribe China");
    site.publish(newsArticle(PALM_OIL_KOMPAS, "jokowi-sawit"));
    await pollAndSend();
    expect(alertsIn(bot.emulator.chatIdOf("private"))).toHaveLength(1);
    expect(bot.app.feeds.list().map((feed) => feed.failures)).toEqual([1, 1, 1, 1, 0]);
    expect(await say("/relations Malaysia Rusia")).toContain("Anwar Ibrahim");

    for (let round = 0; round < 4; round++) {
      bot.app.feeds.pollNow();
      await bot.workers.poller.round();
    }
    const warnings = bot.emulator
      .sentMessages({ chatId: DEFAULT_USER_ID })
      .filter((message) => message.text.startsWith("⚠️"));
    expect(warnings).toHaveLength(4);
    expect(warnings[0]?.text).toContain("500");
    expect(bot.app.feeds.list().map((feed) => feed.failures)).toEqual([5, 5, 5, 5, 0]);
  });
});
