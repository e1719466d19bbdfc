import type { UserFromGetMe } from "grammy/types";
import { botIdentity } from "./bot/bot-info.js";
import { Html, toPlainText } from "./bot/format/html.js";
import { privateMessageUpdate } from "./bot/simulated-update.js";
import { type Config, ConfigError, loadDotEnv, readConfig } from "./config.js";
import { FetchError } from "./fetch/fetch-error.js";
import { AnalysisPool } from "./ingest/analysis-pool.js";
import { readSources } from "./ingest/read-sources.js";
import { WebIngest } from "./ingest/web-ingest.js";
import { createLogger } from "./logger.js";
import { buildBot, openApp } from "./main.js";

/**
 * npm run cli -- ingest PATH|URL...  ingest files, folders (.txt, .jsonl), pages or feeds
 * npm run cli -- ask "<message>"     print the reply the bot would send (--html for Telegram HTML)
 * npm run cli -- search "<words>"    list the stored articles that best match the words
 *
 * `ask` runs the real bot on a simulated private-chat message, with the Bot API replaced by a
 * recorder, so what it prints is exactly what the bot sends: the text a Telegram user sees, or
 * with --html the HTML itself (links and all).
 */

const USAGE = `Usage:
  npm run cli -- ingest PATH|URL...      ingest article files or folders (.txt, .jsonl),
                                         a news page's URL, or an RSS/Atom feed's URL
  npm run cli -- ask "<message>" [--html] print the bot's reply to a private message
  npm run cli -- search "<words>"        list the stored articles that best match`;

/** The bot's identity offline; deep links use BOT_USERNAME when set. */
function offlineBotInfo(): UserFromGetMe {
  return botIdentity({
    id: 1,
    first_name: "Hubungan",
    username: process.env.BOT_USERNAME?.trim() || "HubunganBot",
    supports_inline_queries: false,
  });
}

async function ask(config: Config, message: string, asHtml: boolean): Promise<number> {
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const app = openApp(config, logger);
  // A one-off search waits for the index the running bot would have built by now.
  if (/^\/(search|cari)\b/i.test(message.trim())) await app.indexReady;
  const bot = buildBot(app, { token: "0:offline", botInfo: offlineBotInfo() }, logger);
  const replies: string[] = [];
  bot.api.config.use(async (_previous, method, payload) => {
    if (method === "sendMessage" && "text" in payload) replies.push(String(payload.text));
    // A chart is sent as a photo: say so, then its caption.
    if (method === "sendPhoto" && "caption" in payload)
      replies.push(`[foto: linimasa.png]\n${payload.caption ?? ""}`);
    return {
      ok: true,
      result: { message_id: replies.length, date: 0, chat: { id: 1, type: "private" } },
    } as never;
  });
  await bot.handleUpdate(privateMessageUpdate(message));
  app.close();
  for (const reply of replies) {
    console.log(asHtml ? reply : toPlainText(Html.fromSafeMarkup(reply)));
  }
  return replies.length ? 0 : 1;
}

/** Below this, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 1000;

/** Files and folders are read from disk; http(s) addresses are fetched, as a feed or a page. */
async function ingest(config: Config, sources: string[]): Promise<number> {
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const app = openApp(config, logger);
  try {
    if (app.seeded)
      console.log(
        `The store was empty: ingested ${app.seeded} seed article(s) from ${config.seedsDir} first.`,
      );
    const urls = sources.filter((source) => /^https?:\/\//i.test(source));
    const { articles, problems } = readSources(sources.filter((source) => !urls.includes(source)));
    // Many articles are understood on worker threads while this thread stores them.
    const pool = articles.length >= PARALLEL_FROM ? new AnalysisPool() : null;
    const report = pool
      ? await app.ingest
          .ingestInParallel(articles, pool, { index: false })
          .finally(() => pool.close())
      : app.ingest.ingestArticles(articles);
    report.problems.unshift(...problems);
    const web = new WebIngest(app.ingest, { allowPrivate: config.allowPrivateFeeds });
    for (const url of urls) {
      report.read++;
      try {
        const outcome = await web.ingestUrl(url);
        if (outcome.kind === "feed")
          report.read += outcome.pages.length + outcome.problems.length - 1;
        for (const page of outcome.pages) {
          if (page.inserted) report.stored++;
          else report.duplicates++;
          report.alerts += page.alerts;
        }
        report.problems.push(...outcome.problems);
      } catch (error) {
        const hint =
          error instanceof FetchError && error.code === "private-address"
            ? " (for a feed on this machine or your network, set ALLOW_PRIVATE_FEEDS=true)"
            : "";
        const message = error instanceof Error ? error.message : String(error);
        report.problems.push({ source: url, message: message + hint });
      }
    }
    for (const problem of report.problems)
      console.error(`hubungan: ${problem.source}: ${problem.message}`);
    const alerts = report.alerts ? `, ${report.alerts} alert(s) queued for subscribers` : "";
    console.log(
      `Read ${report.read} article(s): ${report.stored} stored, ${report.duplicates} already in the store, ${report.problems.length} problem(s)${alerts}.`,
    );
    return report.problems.length && !report.stored && !report.duplicates ? 1 : 0;
  } finally {
    app.close();
  }
}

async function search(config: Config, words: string): Promise<number> {
  const app = openApp(config, createLogger(config.logLevel === "info" ? "warn" : config.logLevel));
  // On a large store the index is built in the background: a one-off search waits for it.
  await app.indexReady;
  const hits = app.index.search(words, 10);
  const articles = new Map(
    app.store.getMany(hits.map((hit) => hit.id)).map((article) => [article.id, article]),
  );
  app.close();
  for (const hit of hits) {
    const article = articles.get(hit.id);
    if (article)
      console.log(
        `#${article.id}  ${article.publisher ?? "?"}  ${article.publishedAt ?? "?"}  ${article.title}`,
      );
  }
  if (!hits.length) console.log("No article matches.");
  return 0;
}

async function run(argv: string[]): Promise<number> {
  loadDotEnv();
  const config = readConfig();
  const [command, ...rest] = argv;
  if (command === "ingest" && rest.length) return await ingest(config, rest);
  if (command === "search" && rest.join(" ").trim()) return await search(config, rest.join(" "));
  if (command === "ask") {
    const asHtml = rest.includes("--html");
    const message = rest.filter((arg) => arg !== "--html").join(" ");
    if (message.trim()) return ask(config, message, asHtml);
  }
  console.error(USAGE);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? error.message
        : `hubungan: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  },
);
