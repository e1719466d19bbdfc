import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import type { Bot } from "grammy";
import { AlertPlanner } from "./alerts/alert-planner.js";
import { setCommandMenus } from "./bot/commands.js";
import type { AppContext } from "./bot/context.js";
import { createBot } from "./bot/create-bot.js";
import { type Config, ConfigError, loadDotEnv, missingTokenMessage, readConfig } from "./config.js";
import { ArticleStore } from "./db/article-store.js";
import { ChatSettingsStore } from "./db/chat-settings-store.js";
import { type Db, openDatabase } from "./db/database.js";
import { FeedStore } from "./db/feed-store.js";
import { OutboxStore } from "./db/outbox-store.js";
import { SearchStore } from "./db/search-store.js";
import { StoryStore } from "./db/story-store.js";
import { SubscriptionStore } from "./db/subscription-store.js";
import { TieStore } from "./db/tie-store.js";
import { IngestService } from "./ingest/ingest-service.js";
import { StoryLinker } from "./ingest/story-linker.js";
import { followStore, type WarmUp, warmUp } from "./ingest/warm-up.js";
import { createLogger, type Logger } from "./logger.js";
import { longPolling, webhook } from "./receivers.js";
import { ArticleIndex } from "./search/article-index.js";
import { AlertService } from "./services/alert-service.js";
import { FeedService } from "./services/feed-service.js";
import { InlineService } from "./services/inline-service.js";
import { RelationsService } from "./services/relations-service.js";
import { SearchService } from "./services/search-service.js";
import { SubscriptionService } from "./services/subscription-service.js";
import { TimelineService } from "./services/timeline-service.js";
import { backgroundWorkers } from "./workers.js";

export { backgroundWorkers, type Workers } from "./workers.js";

/**
 * The composition root: configuration, store, index, services and bot are wired here and nowhere
 * else. The CLI uses openApp and buildBot too, so that it answers with exactly the bot's code.
 */
export interface App {
  db: Db;
  store: ArticleStore;
  index: ArticleIndex;
  ingest: IngestService;
  relations: RelationsService;
  inline: InlineService;
  search: SearchService;
  timeline: TimelineService;
  settings: ChatSettingsStore;
  subscriptions: SubscriptionService;
  feeds: FeedService;
  subscriptionStore: SubscriptionStore;
  outbox: OutboxStore;
  feedStore: FeedStore;
  alerts: AlertService;
  admins: ReadonlySet<number>;
  /** Resolves when the search index holds every stored article (at once for a small store). */
  indexReady: Promise<void>;
  /** Indexes the articles another process stored meanwhile (done every minute). */
  catchUpIndex(): Promise<number>;
  /** Set by whoever polls feeds, to poll a feed an admin just added at once. */
  onFeedAdded: () => void;
  /** How many seed articles were ingested because the store was empty (0 otherwise). */
  seeded: number;
  close(): void;
}

/** What opening the app needs; the alert settings default to none (the CLI, most tests). */
export type AppConfig = Pick<Config, "databasePath" | "seedsDir"> &
  Partial<Pick<Config, "adminIds" | "feeds">>;

/**
 * The search index is most of the heap and lives as long as the process. By default V8 lets the
 * heap grow to about twice what a collection leaves live (490 MB at 100,000 articles); growing it
 * by a quarter instead kept the resident memory there at 788–793 MB instead of 982–1,064 MB, for
 * more frequent collections: /search p95 20–21 ms (12–24 without), p99 34 ms (23–25), the index
 * build 68–80 s (57–61). V8 reads the flag at every collection; one it does not know is ignored.
 */
const HEAP_GROWING_PERCENT = 25;

export function openApp(config: AppConfig, logger: Logger): App {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const db = openDatabase(config.databasePath);
  const store = new ArticleStore(db);
  const index = new ArticleIndex();
  const stories = new StoryStore(db);
  const subscriptionStore = new SubscriptionStore(db);
  const outbox = new OutboxStore(db);
  const feedStore = new FeedStore(db);
  const planner = new AlertPlanner(subscriptionStore, outbox);
  const ingest = new IngestService(store, index, new StoryLinker(stories), planner);
  let seeded = 0;
  let warming: WarmUp | null = null;
  if (store.count() === 0) {
    seeded = seedEmptyStore(ingest, config.seedsDir, logger);
  } else {
    warming = warmUp(ingest, index, store.count(), logger);
  }
  logger.info(
    { articles: store.count(), indexed: index.size, database: config.databasePath },
    "store ready",
  );
  const ties = new TieStore(db);
  const relations = new RelationsService(store, ties);
  const follower = followStore(ingest, index, logger);
  const app: App = {
    db,
    store,
    index,
    ingest,
    relations,
    inline: new InlineService(relations, ties),
    search: new SearchService(index, store, new SearchStore(db)),
    timeline: new TimelineService(ties),
    settings: new ChatSettingsStore(db),
    subscriptions: new SubscriptionService(subscriptionStore),
    feeds: new FeedService(feedStore, () => app.onFeedAdded()),
    subscriptionStore,
    outbox,
    feedStore,
    alerts: new AlertService(store, stories, ties),
    admins: new Set(config.adminIds ?? []),
    seeded,
    indexReady: warming?.done ?? Promise.resolve(),
    catchUpIndex: follower.catchUp,
    onFeedAdded: () => {},
    close: () => {
      follower.stop();
      warming?.stop();
      db.close();
    },
  };
  for (const url of app.feeds.syncConfigured(config.feeds ?? []))
    logger.warn({ url }, "FEEDS lists something that is not an http(s) address: skipped");
  return app;
}

/** On first start the store is empty: the seed articles make the bot useful at once. */
function seedEmptyStore(ingest: IngestService, seedsDir: string, logger: Logger): number {
  if (!existsSync(seedsDir)) {
    logger.warn(
      { seedsDir },
      "the store is empty and SEEDS_DIR does not exist: starting with no articles",
    );
    return 0;
  }
  const report = ingest.ingestPaths([seedsDir]);
  for (const problem of report.problems) logger.warn(problem, "could not ingest a seed article");
  logger.info(
    { stored: report.stored, seedsDir },
    "ingested the seed articles into the empty store",
  );
  return report.stored;
}

/** The bot over an open app. `botInfo` lets it run without asking Telegram who it is (CLI, tests). */
export function buildBot(
  app: App,
  options: Parameters<typeof createBot>[0],
  logger: Logger,
): Bot<AppContext> {
  return createBot(options, {
    relations: app.relations,
    inline: app.inline,
    search: app.search,
    timeline: app.timeline,
    settings: app.settings,
    subscriptions: app.subscriptions,
    feeds: app.feeds,
    admins: app.admins,
    logger,
  });
}

async function main(): Promise<void> {
  let config: Config;
  try {
    loadDotEnv();
    config = readConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  if (!config.botToken) {
    console.error(missingTokenMessage);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const app = openApp(config, logger);
  const bot = buildBot(app, { token: config.botToken, apiRoot: config.telegramApiRoot }, logger);
  const workers = backgroundWorkers(app, config, bot, logger);

  const receiver =
    config.webhookUrl && config.webhookSecret
      ? webhook(
          bot,
          { url: config.webhookUrl, secret: config.webhookSecret, port: config.port },
          logger,
        )
      : longPolling(bot, logger);

  // A signal may come while the bot is still starting: each step checks, so that it never starts
  // receiving over a closed store, and the store is closed once, after receiving has ended.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing the updates in hand");
    void Promise.all([workers.stop(), receiver.stop()]);
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));

  try {
    await bot.init();
    if (!stopping) await setCommandMenus(bot.api);
    if (!stopping && config.backgroundWorkers) workers.start();
    if (!stopping) await receiver.start();
  } finally {
    await Promise.all([workers.stop(), receiver.stop()]);
    app.close();
    logger.info("stopped");
  }
}

const isEntryPoint =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  main().catch((error: unknown) => {
    console.error("hubungan: could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
