import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotError, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { AppContext, BotDeps } from "./context.js";
import { articleFeature } from "./features/article.js";
import { chatMigrationFeature } from "./features/chat-migration.js";
import { feedsFeature } from "./features/feeds.js";
import { inlineFeature } from "./features/inline.js";
import { languageFeature } from "./features/language.js";
import { latestFeature } from "./features/latest.js";
import { relationsFeature } from "./features/relations.js";
import { searchFeature } from "./features/search.js";
import { startFeature } from "./features/start.js";
import { subscriptionsFeature } from "./features/subscriptions.js";
import { timelineFeature } from "./features/timeline.js";
import { internalError, usage } from "./format/messages.js";
import { type Lang, langFromCode, translator } from "./i18n.js";
import { replyHtml } from "./reply.js";

export interface BotConfig {
  token: string;
  /** Another Bot API server: self-hosted, or a test emulator. */
  apiRoot?: string | undefined;
  /** Known bot identity: skips getMe (tests, the offline CLI). */
  botInfo?: UserFromGetMe | undefined;
}

/** Builds the bot: dependencies on the context, one Composer per feature, one error boundary. */
export function createBot(config: BotConfig, deps: BotDeps): Bot<AppContext> {
  const bot = new Bot<AppContext>(config.token, {
    ...(config.botInfo ? { botInfo: config.botInfo } : {}),
    ...(config.apiRoot ? { client: { apiRoot: config.apiRoot } } : {}),
  });
  // Updates are handled concurrently (runner, webhook), but one chat's in the order they came.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.use((ctx, next) => {
    ctx.deps = deps;
    ctx.tr = translator(languageOf(ctx, deps));
    return next();
  });
  bot.use(
    chatMigrationFeature,
    startFeature,
    languageFeature,
    latestFeature,
    inlineFeature,
    searchFeature,
    articleFeature,
    relationsFeature,
    timelineFeature,
    subscriptionsFeature,
    feedsFeature,
  );
  // An unknown command in a private chat gets the usage; in a group the bot stays quiet.
  bot.chatType("private").on("message:text", (ctx) => replyHtml(ctx, usage(ctx.tr)));
  bot.catch((error) => handleError(error, deps));
  return bot;
}

/**
 * The chat's choice made with /lang, else the user's Telegram app language (English for "en…",
 * Indonesian otherwise). Inline queries have no chat: they follow the user's app.
 */
export function languageOf(ctx: AppContext, deps: Pick<BotDeps, "settings">): Lang {
  const chosen = ctx.chat ? deps.settings.language(ctx.chat.id) : null;
  return chosen ?? langFromCode(ctx.from?.language_code);
}

async function handleError(error: BotError<AppContext>, deps: BotDeps): Promise<void> {
  const { ctx } = error;
  const cause = error.error;
  const details = { updateId: ctx.update.update_id, chatId: ctx.chat?.id };
  if (cause instanceof GrammyError)
    deps.logger.error({ ...details, description: cause.description }, "Bot API refused a call");
  else if (cause instanceof HttpError)
    deps.logger.error({ ...details, err: cause.error }, "could not reach the Bot API");
  else deps.logger.error({ ...details, err: cause }, "error while handling an update");
  // Tell the user something went wrong, unless the failure was in talking to Telegram itself.
  if (!(cause instanceof HttpError) && ctx.chat) {
    await replyHtml(ctx, internalError(ctx.tr ?? translator(languageOf(ctx, deps)))).catch(
      (replyError: unknown) =>
        deps.logger.warn({ ...details, err: replyError }, "could not send the error reply"),
    );
  }
}
