import { Composer } from "grammy";
import type { AppContext } from "../context.js";
import { relationsReply, welcome } from "../format/messages.js";
import { replyHtml } from "../reply.js";
import { sendArticle } from "./article.js";

/**
 * /start, /help, and the deep links t.me/<bot>?start=a_<id> (a stored article) and
 * t.me/<bot>?start=r_MY_RU (a pair's fact sheet, from a card shared inline).
 */
export const startFeature = new Composer<AppContext>();

const ARTICLE_LINK = /^a_(\d{1,12})$/;
const PAIR_LINK = /^r_([A-Z]{2})_([A-Z]{2})$/;

startFeature.command("start", async (ctx) => {
  const payload = ctx.match.trim();
  const article = ARTICLE_LINK.exec(payload);
  if (article) return sendArticle(ctx, Number(article[1]));
  const pair = PAIR_LINK.exec(payload);
  if (pair) {
    const answer = ctx.deps.relations.pair([pair[1]!, pair[2]!]);
    const links = { botUsername: ctx.me.username };
    return replyHtml(ctx, relationsReply(answer, links, false, ctx.tr));
  }
  return replyHtml(ctx, welcome(ctx.tr));
});

startFeature.command("help", async (ctx) => replyHtml(ctx, welcome(ctx.tr)));
