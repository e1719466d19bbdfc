import { Composer, type Context, GrammyError } from "grammy";
import type { Logger } from "../../logger.js";
import type { SearchService } from "../../services/search-service.js";
import { ARTICLE_CALLBACK, decodeCallback } from "../callback-data.js";
import {
  articleNotFound,
  articleScreen,
  articleUsage,
  badArticleId,
  expiredButton,
  type Screen,
} from "../format/article-pages.js";
import { type Html, toPlainText } from "../format/html.js";
import type { Translator } from "../i18n.js";

/**
 * /article ID and /artikel ID: a stored article, a page at a time, ◀️ / ▶️ turning the page in
 * place; the 📄 buttons of search results open one in a new message. Also the paged sending and
 * button answering that /search shares.
 */

/**
 * What these features need of the bot's context: a slice of BotDeps, so that they ask for no
 * more than they use (the bot's AppContext, whose BotDeps has both, is one of these).
 */
export type ReaderContext = Context & {
  deps: { search: SearchService; logger: Logger };
  tr: Translator;
};

export const articleFeature = new Composer<ReaderContext>();

/**
 * Sends a screen as a new message, in a group quoting the message that asked (as replyHtml does),
 * or shows it in place of the message whose button was pressed.
 */
export async function show(
  ctx: ReaderContext,
  screen: Screen,
  how: "send" | "edit",
): Promise<void> {
  const options = {
    parse_mode: "HTML" as const,
    link_preview_options: { is_disabled: true },
    ...(screen.keyboard ? { reply_markup: screen.keyboard } : {}),
  };
  if (how === "edit") {
    try {
      await ctx.editMessageText(screen.text.markup, options);
    } catch (error) {
      // Two quick presses of the same button ask for the page already shown: nothing to do.
      if (!(error instanceof GrammyError && error.description.includes("message is not modified")))
        throw error;
    }
    return;
  }
  const asked = ctx.msg?.message_id;
  const inGroup = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  await ctx.reply(screen.text.markup, {
    ...options,
    ...(inGroup && asked
      ? { reply_parameters: { message_id: asked, allow_sending_without_reply: true } }
      : {}),
  });
}

/**
 * Answers a button press, with a short notice if given. A press made while the bot was down is too
 * old to answer once it arrives; the page is still worth showing, so that failure is only logged.
 */
export async function answerButton(ctx: ReaderContext, notice?: Html): Promise<void> {
  try {
    await ctx.answerCallbackQuery(
      notice ? { text: toPlainText(notice), show_alert: false } : undefined,
    );
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    ctx.deps.logger.warn({ description: error.description }, "could not answer a button press");
  }
}

/** Page 1 of a stored article as a new message; also the deep link /start a_<id>. */
export async function sendArticle(ctx: ReaderContext, id: number): Promise<void> {
  const reading = ctx.deps.search.article(id);
  const screen = reading
    ? articleScreen(reading, 1, ctx.tr)
    : { text: articleNotFound(id, ctx.tr) };
  await show(ctx, screen, "send");
}

articleFeature.command(["article", "artikel"], async (ctx) => {
  const given = ctx.match.trim();
  if (!given) return show(ctx, { text: articleUsage(ctx.tr) }, "send");
  if (!/^\d+$/.test(given)) return show(ctx, { text: badArticleId(given, ctx.tr) }, "send");
  const id = Number(given);
  // More digits than any id can have: not found, said with the digits as typed.
  if (!Number.isSafeInteger(id)) return show(ctx, { text: articleNotFound(given, ctx.tr) }, "send");
  await sendArticle(ctx, id);
});

articleFeature.callbackQuery(ARTICLE_CALLBACK, async (ctx) => {
  const decoded = decodeCallback(ctx.callbackQuery.data);
  const data = decoded?.kind === "openArticle" || decoded?.kind === "articlePage" ? decoded : null;
  const reading = data ? ctx.deps.search.article(data.articleId) : null;
  if (!data || !reading) {
    await answerButton(ctx, expiredButton(ctx.tr));
    return;
  }
  await answerButton(ctx);
  if (data.kind === "openArticle") await show(ctx, articleScreen(reading, 1, ctx.tr), "send");
  else await show(ctx, articleScreen(reading, data.page, ctx.tr), "edit");
});
