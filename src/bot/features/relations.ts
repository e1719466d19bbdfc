import { Composer } from "grammy";
import type { RelationsAnswer } from "../../services/relations-service.js";
import type { AppContext } from "../context.js";
import { keyboardFor, parsePairButton } from "../format/keyboards.js";
import { countryUsage, relationsReply, usage } from "../format/messages.js";
import { replyHtml } from "../reply.js";

/**
 * /relations A B and /hubungan A B; in a private chat, a plain question naming countries too.
 * /country A and /negara A: A's partners, each a button that opens the pair's fact sheet.
 * In groups grammY matches /relations@<this bot> and ignores commands meant for other bots.
 */
export const relationsFeature = new Composer<AppContext>();

function send(ctx: AppContext, result: RelationsAnswer): Promise<void> {
  return replyHtml(
    ctx,
    relationsReply(result, { botUsername: ctx.me.username }),
    keyboardFor(result),
  );
}

relationsFeature.command(["relations", "hubungan"], (ctx) =>
  send(ctx, ctx.deps.relations.answer(ctx.match)),
);

relationsFeature.command(["country", "negara"], async (ctx) => {
  const result = ctx.deps.relations.answer(ctx.match);
  // One country is asked for; with two, the pair's sheet is what the user wants anyway.
  if (result.kind === "usage") return replyHtml(ctx, countryUsage());
  return send(ctx, result);
});

relationsFeature.callbackQuery(/^r:/, async (ctx) => {
  const pair = parsePairButton(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (pair) await send(ctx, ctx.deps.relations.pair(pair));
});

// A plain message in a private chat is a question; other commands are left to their handlers.
relationsFeature
  .chatType("private")
  .on("message:text")
  .filter((ctx) => !ctx.msg.text.startsWith("/"))
  .use(async (ctx) => {
    const result = ctx.deps.relations.answer(ctx.msg.text);
    // "halo" in a private chat is small talk, not a misspelt country: show how to ask instead.
    if (result.kind === "unknown" && !result.known.length) return replyHtml(ctx, usage());
    return send(ctx, result);
  });
