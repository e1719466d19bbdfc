import Database from "better-sqlite3";
import { createLogger } from "../../src/logger.js";
import {
  type App,
  type AppConfig,
  backgroundWorkers,
  buildBot,
  type Workers,
} from "../../src/main.js";
import {
  type Emulator,
  type SentMessage,
  startEmulator,
  startPolling,
} from "../support/bot-api-emulator.js";
import { openTestApp } from "./app.js";

/** The real bot over a freshly seeded store, long-polling a Bot API emulator on loopback. */
export interface TestBot {
  emulator: Emulator;
  app: App;
  /** A user says `text` in a chat; resolves with the bot's one reply. */
  ask(text: string, chat?: "private" | "group"): Promise<SentMessage>;
  /** The feed poller and alert sender (started only with `workers: true`). */
  workers: Workers;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  /** An emulator the caller owns (to restart the bot against it); stop() then leaves it running. */
  emulator?: Emulator;
  /** A store file to reuse across restarts; default: a fresh one. */
  databasePath?: string;
  /** Admins and feeds, as ADMIN_IDS and FEEDS would set them. */
  config?: Partial<AppConfig>;
  /** Also run the feed poller and alert sender, as the bot process does. */
  workers?: boolean;
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const emulator = options.emulator ?? (await startEmulator());
  const app = openTestApp(options.databasePath, options.config);
  const logger = createLogger("silent");
  const bot = buildBot(
    app,
    { token: emulator.token, apiRoot: emulator.apiRoot, botInfo: emulator.botInfo },
    logger,
  );
  const workers = backgroundWorkers(
    app,
    {
      botToken: emulator.token,
      telegramApiRoot: emulator.apiRoot,
      feedIntervalSeconds: 600,
      allowPrivateFeeds: true,
    },
    bot,
    logger,
  );
  if (options.workers) workers.start();
  const polling = await startPolling(bot);
  return {
    emulator,
    app,
    async ask(text, chat = "private") {
      await emulator.userSays(text, { chat, languageCode: "id" });
      const [reply] = await emulator.waitForReplies({ chat, count: 1 });
      return reply!;
    },
    workers,
    async stop() {
      await workers.stop();
      // The bot first: grammY's stop() makes one last getUpdates call to the emulator.
      await polling.stop();
      if (!options.emulator) await emulator.stop();
      app.close();
    },
  };
}

/** How many articles a store file holds, read without changing it. */
export function countArticles(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  } finally {
    db.close();
  }
}
