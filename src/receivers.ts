import { createServer } from "node:http";
import { run } from "@grammyjs/runner";
import { type Bot, webhookCallback } from "grammy";
import type { AppContext } from "./bot/context.js";
import type { Logger } from "./logger.js";

/*
 * Part of the composition root (main.ts), kept in its own file for size: the two ways updates
 * reach the bot. Long polling (one process) uses @grammyjs/runner, so that a slow update does not
 * hold the others; a webhook (several processes behind a load balancer) is an HTTP server that
 * checks Telegram's secret token. Either way a chat's updates are handled in order (create-bot.ts).
 */

export interface UpdateReceiver {
  /** Receives updates until stop() is called; resolves once the updates in hand are handled. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function longPolling(bot: Bot<AppContext>, logger: Logger): UpdateReceiver {
  let runner: ReturnType<typeof run> | null = null;
  let stopped = false;
  return {
    async start() {
      // A webhook left from an earlier run would make Telegram refuse getUpdates.
      await bot.api.deleteWebhook({ drop_pending_updates: false });
      if (stopped) return;
      runner = run(bot);
      logger.info(
        { username: bot.botInfo.username },
        `bot @${bot.botInfo.username} is running (long polling)`,
      );
      await runner.task();
    },
    async stop() {
      stopped = true;
      if (runner?.isRunning()) await runner.stop();
    },
  };
}

export interface WebhookSettings {
  url: string;
  secret: string;
  port: number;
}

export function webhook(
  bot: Bot<AppContext>,
  settings: WebhookSettings,
  logger: Logger,
): UpdateReceiver {
  const path = new URL(settings.url).pathname;
  // Telegram waits for the answer; one that takes longer is answered empty and goes on.
  const handle = webhookCallback(bot, "http", {
    secretToken: settings.secret,
    onTimeout: "return",
    timeoutMilliseconds: 9_000,
  });
  const server = createServer((request, response) => {
    const requestPath = request.url?.split("?")[0];
    if (request.method === "GET" && requestPath === "/healthz") {
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (request.method !== "POST" || requestPath !== path) {
      response.writeHead(404).end();
      return;
    }
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "webhook: could not handle an update");
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  const closed = new Promise<void>((resolve) => server.once("close", resolve));
  return {
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(settings.port, () => resolve());
      });
      await bot.api.setWebhook(settings.url, { secret_token: settings.secret });
      logger.info(
        { username: bot.botInfo.username, port: settings.port, path },
        `bot @${bot.botInfo.username} is running (webhook)`,
      );
      await closed;
    },
    async stop() {
      // No new requests; those in hand are answered. The webhook stays set: other instances
      // behind the same URL go on serving it.
      if (!server.listening) return;
      server.close();
      server.closeIdleConnections();
      await closed;
    },
  };
}
