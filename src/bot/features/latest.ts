import { Composer } from "grammy";
import type { AppContext } from "../context.js";
import { latestReply } from "../format/messages.js";
import { replyHtml } from "../reply.js";

/** /latest [country] and /terbaru [negara]: the newest stored articles, overall or for a country. */
export const latestFeature = new Composer<AppContext>();

latestFeature.command(["latest", "terbaru"], (ctx) =>
  replyHtml(
    ctx,
    latestReply(ctx.deps.relations.latest(ctx.match), { botUsername: ctx.me.username }, ctx.tr),
  ),
);
