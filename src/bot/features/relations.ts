import { Composer } from "grammy";
import type { RelationsAnswer } from "../../services/relations-service.js";
import { decodeCallback, RELATIONS_CALLBACK } from "../callback-data.js";
import type { AppContext } from "../context.js";
import { hasMoreThanCompact } from "../format/fact-sheet.js";
import { toPlainText } from "../format/html.js";
import { keyboardFor, moreButton } from "../format/keyboards.js";
import { countryUsage, expired, relationsReply, usage } from "../format/messages.js";
import { replyHtml } from "../reply.js";

/**
 * /relations A B and /hubungan A B; in a private chat, a plain question naming countries too.
 * /country A and /negara A: A's partners, each a button that opens the pair's fact sheet.
 * In groups grammY matches /relations@<this bot> and ignores commands meant for other bots; a
 * group gets the sheet's essentials with a button that shows the rest, so that it is not flooded.
 */
export const relationsFeature = new Composer<AppContext>();

function inGroup(ctx: AppContext): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

function send(ctx: AppContext, result: RelationsAnswer): Promise<void> {
  const links = { botUsername: ctx.me.username };
  if (result.kind === "sheet" && inGroup(ctx) && hasMoreThanCompact(result.sheet)) {
    const [a, b] = result.sheet.countries;
    return replyHtml(ctx, relationsReply(result, links, true, ctx.tr), moreButton(a, b, ctx.tr));
  }
  return replyHtml(ctx, relationsReply(result, links, false, ctx.tr), keyboardFor(result, ctx.tr));
}

relationsFeature.command(["relations", "hubungan"], (ctx) => {
  // "/relations" sent in reply to a message about two countries asks about those two.
  const quoted = ctx.msg.reply_to_message;
  const question = ctx.match.trim() || quoted?.text || quoted?.caption || "";
  return send(ctx, ctx.deps.relations.answer(question));
});

relationsFeature.command(["country", "negara"], async (ctx) => {
  const result = ctx.deps.relations.answer(ctx.match);
  // One country is asked for; with two, the pair's sheet is what the user wants anyway.
  if (result.kind === "usage") return replyHtml(ctx, countryUsage(ctx.tr));
  return send(ctx, result);
});

// A partner's button opens the pair's sheet; "More" (Selengkapnya) replaces a compact sheet in place.
relationsFeature.callbackQuery(RELATIONS_CALLBACK, async (ctx) => {
  const data = decodeCallback(ctx.callbackQuery.data);
  if (data?.kind === "pairSheet") {
    await ctx.answerCallbackQuery();
    return send(ctx, ctx.deps.relations.pair(data.countries));
  }
  const answer = data?.kind === "fullSheet" ? ctx.deps.relations.pair(data.countries) : null;
  if (answer?.kind !== "sheet")
    return ctx.answerCallbackQuery({ text: toPlainText(expired(ctx.tr)) });
  const links = { botUsername: ctx.me.username };
  await ctx.editMessageText(relationsReply(answer, links, false, ctx.tr).markup, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  });
  await ctx.answerCallbackQuery();
});

// A plain message in a private chat is a question; other commands are left to their handlers.
relationsFeature
  .chatType("private")
  .on("message:text")
  .filter((ctx) => !ctx.msg.text.startsWith("/"))
  .use(async (ctx) => {
    const result = ctx.deps.relations.answer(ctx.msg.text);
    // "halo" in a private chat is small talk, not a misspelt country: show how to ask instead.
    if (result.kind === "unknown" && !result.known.length) return replyHtml(ctx, usage(ctx.tr));
    return send(ctx, result);
  });
