import { Composer } from "grammy";
import type { AppContext } from "../context.js";
import { relationsReply, usage } from "../format/messages.js";
import { replyHtml } from "../reply.js";

/**
 * /relations A B and /hubungan A B; in a private chat, a plain question naming countries too.
 * In groups grammY matches /relations@<this bot> and ignores commands meant for other bots.
 */
export const relationsFeature = new Composer<AppContext>();

async function answer(ctx: AppContext, query: string, freeText: boolean): Promise<void> {
  const result = ctx.deps.relations.answer(query);
  // "halo" in a private chat is small talk, not a misspelt country: show how to ask instead.
  const noCountryAtAll = result.kind === "unknown" && !result.known.length;
  await replyHtml(
    ctx,
    freeText && noCountryAtAll ? usage() : relationsReply(result, { botUsername: ctx.me.username }),
  );
}

relationsFeature.command(["relations", "hubungan"], (ctx) => answer(ctx, ctx.match, false));

// A plain message in a private chat is a question; other commands are left to their handlers.
relationsFeature
  .chatType("private")
  .on("message:text")
  .filter((ctx) => !ctx.msg.text.startsWith("/"))
  .use((ctx) => answer(ctx, ctx.msg.text, true));
