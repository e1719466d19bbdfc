import { Composer } from "grammy";
import type { AppContext } from "../context.js";
import { articleReply, welcome } from "../format/messages.js";
import { replyHtml } from "../reply.js";

/** /start, /help, and the deep link t.me/<bot>?start=a_<id> that opens a stored article. */
export const startFeature = new Composer<AppContext>();

const ARTICLE_LINK = /^a_(\d{1,12})$/;

startFeature.command("start", async (ctx) => {
  const article = ARTICLE_LINK.exec(ctx.match.trim());
  if (article) {
    await replyHtml(ctx, articleReply(ctx.deps.relations.article(Number(article[1]))));
    return;
  }
  await replyHtml(ctx, welcome());
});

startFeature.command("help", async (ctx) => replyHtml(ctx, welcome()));
