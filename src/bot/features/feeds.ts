import { Composer } from "grammy";
import { toFeedUrl } from "../../services/feed-service.js";
import type { AppContext } from "../context.js";
import {
  feedChangeReply,
  feedConfigured,
  feedsAdminsOnly,
  feedsList,
  feedsUsage,
} from "../format/feeds.js";
import { replyHtml } from "../reply.js";

/**
 * /feeds for the bot's admins (ADMIN_IDS): /feeds lists the polled feeds, /feeds add URL and
 * /feeds remove URL (tambah / hapus) change them. Feeds from FEEDS belong to the configuration.
 * Not in the command menu; anyone else is told only that it is for the bot's admins.
 */
export const feedsFeature = new Composer<AppContext>();

const ADD = /^(add|tambah)$/i;
const REMOVE = /^(remove|hapus)$/i;

feedsFeature.command("feeds", async (ctx) => {
  const userId = ctx.from?.id;
  if (userId === undefined || !ctx.deps.admins.has(userId))
    return replyHtml(ctx, feedsAdminsOnly(ctx.tr));
  const { feeds } = ctx.deps;
  const [action = "", ...rest] = ctx.match.trim().split(/\s+/);
  const url = rest.join(" ");
  if (!action) return replyHtml(ctx, feedsList(feeds.list(), ctx.tr));
  if (ADD.test(action) && url)
    return replyHtml(ctx, feedChangeReply(feeds.add(url, userId), ctx.tr));
  if (REMOVE.test(action) && url) {
    const canonical = toFeedUrl(url);
    const configured = feeds.list().find((f) => f.url === canonical && f.origin === "config");
    if (configured) return replyHtml(ctx, feedConfigured(configured.url, ctx.tr));
    return replyHtml(ctx, feedChangeReply(feeds.remove(url), ctx.tr));
  }
  return replyHtml(ctx, feedsUsage(ctx.tr));
});
