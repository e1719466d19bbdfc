import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Api, type Bot } from "grammy";
import { AlertSender } from "./alerts/alert-sender.js";
import { Lease } from "./alerts/lease.js";
import type { AppContext } from "./bot/context.js";
import { feedEventMessage } from "./bot/format/alerts.js";
import { translator } from "./bot/i18n.js";
import type { Config } from "./config.js";
import { LeaseStore } from "./db/lease-store.js";
import { type FeedEvent, FeedPoller } from "./ingest/feed-poller.js";
import { WebIngest } from "./ingest/web-ingest.js";
import type { Logger } from "./logger.js";
import type { App } from "./main.js";

/*
 * Part of the composition root (main.ts), kept in its own file for size: the background workers
 * of the bot process, wired to the app main.ts opened.
 */

export interface Workers {
  sender: AlertSender;
  poller: FeedPoller;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The work besides answering: polling feeds, and sending alerts through an API of their own that
 * keeps to Telegram's rate limits (replies to users are not held up behind a queue of alerts).
 */
export function backgroundWorkers(
  app: App,
  config: Pick<
    Config,
    "botToken" | "telegramApiRoot" | "feedIntervalSeconds" | "allowPrivateFeeds"
  >,
  bot: Bot<AppContext>,
  logger: Logger,
): Workers {
  const api = new Api(
    config.botToken ?? "",
    config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {},
  );
  api.config.use(apiThrottler());
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  const leases = new LeaseStore(app.db);
  const links = {
    get botUsername() {
      return bot.botInfo.username;
    },
  };
  const sender = new AlertSender({
    outbox: app.outbox,
    subscriptions: app.subscriptionStore,
    alerts: app.alerts,
    settings: app.settings,
    api,
    links,
    logger,
    lease: new Lease(leases, "alert-sender", 10_000),
  });
  const tellAdmins = async (event: FeedEvent) => {
    for (const admin of app.admins) {
      const tr = translator(app.settings.language(admin) ?? "id");
      await api
        .sendMessage(admin, feedEventMessage(event, tr).markup, { parse_mode: "HTML" })
        .catch((error: unknown) => logger.warn({ admin, err: error }, "could not tell an admin"));
    }
  };
  const poller = new FeedPoller({
    feeds: app.feedStore,
    articles: app.store,
    web: new WebIngest(app.ingest, { allowPrivate: config.allowPrivateFeeds }),
    intervalMs: config.feedIntervalSeconds * 1000,
    logger,
    onAlerts: () => sender.wake(),
    onFeedEvent: tellAdmins,
    lease: new Lease(leases, "feed-poller", 60_000),
  });
  app.onFeedAdded = () => poller.wake();
  return {
    sender,
    poller,
    start() {
      sender.start();
      poller.start();
    },
    async stop() {
      await Promise.all([poller.stop(), sender.stop()]);
    },
  };
}
