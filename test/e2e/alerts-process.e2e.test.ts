import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHINA_STORIES, newsArticle } from "../helpers/news.js";
import { type BotProcess, type Env, killAll, spawnBot, tempDir } from "../helpers/process.js";
import { until } from "../helpers/wait.js";
import { DEFAULT_USER_ID, type Emulator, startEmulator } from "../support/bot-api-emulator.js";
import { type FakeNewsSite, startFakeNewsSite } from "../support/fake-news-site.js";

/**
 * The bot process with its feed poller and alert sender running, killed with SIGKILL in the
 * middle of a delivery and started again: every alert arrives, none twice.
 */
let emulator: Emulator;
let site: FakeNewsSite;
let env: Env;

beforeAll(async () => {
  emulator = await startEmulator();
  site = await startFakeNewsSite();
  env = {
    BOT_TOKEN: emulator.token,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    DATABASE_PATH: join(tempDir(), "hubungan.db"),
    FEEDS: site.feedUrl,
    ALLOW_PRIVATE_FEEDS: "true",
    ADMIN_IDS: String(DEFAULT_USER_ID),
  };
});

afterAll(async () => {
  killAll();
  await emulator.stop();
  await site.stop();
});

const alerts = () =>
  emulator
    .sentMessages({ chatId: emulator.chatIdOf("private") })
    .filter((message) => message.text.startsWith("🔔"));

describe("alerts survive a crash", () => {
  it("a bot killed mid-delivery sends each pending alert exactly once after it restarts", async () => {
    let bot: BotProcess = spawnBot(env);
    await bot.waitForLog(/is running/, 20_000);
    await emulator.userSays("/subscribe China", { languageCode: "id" });
    await emulator.waitForReplies({ count: 1, timeoutMs: 5_000 });

    for (const [index, id] of CHINA_STORIES.entries())
      site.publish(newsArticle(id, `cina-${index}`));
    // A feed added by an admin is polled at once; it lists the five new stories.
    await emulator.userSays(`/feeds add ${site.atomUrl}`, { languageCode: "id" });
    await until(() => alerts().length >= 1, "the first alert", 20_000);
    // Alerts to one chat go out a second apart: this lands between two of them.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await bot.stop("SIGKILL");
    const beforeCrash = alerts().length;
    expect(beforeCrash).toBeLessThan(CHINA_STORIES.length);

    bot = spawnBot(env);
    await until(() => alerts().length >= CHINA_STORIES.length, "every alert", 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const headlines = alerts().map((message) => message.text.split("\n")[0]);
    expect(headlines).toHaveLength(CHINA_STORIES.length);
    expect(new Set(headlines).size).toBe(CHINA_STORIES.length);
    expect((await bot.stop("SIGTERM")).code).toBe(0);
    // The restarted bot waits out the crashed one's lease (10 s) before it sends.
  }, 90_000);
});
