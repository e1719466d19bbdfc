import { Composer } from "grammy";
import type { AppContext } from "../context.js";
import { inlineResults } from "../format/inline-results.js";

/** "@bot Malaysia Rusia" in any chat: fact-sheet cards to share. */
export const inlineFeature = new Composer<AppContext>();

/** Seconds Telegram may reuse an answer: the news changes on the scale of hours, not seconds. */
const CACHE_SECONDS = 300;

inlineFeature.on("inline_query", async (ctx) => {
  const cards = ctx.deps.inline.cards(ctx.inlineQuery.query.slice(0, 200));
  // No chat here: ctx.tr follows the user's Telegram app language.
  const results = inlineResults(cards, { botUsername: ctx.me.username }, ctx.tr);
  await ctx.answerInlineQuery(results, {
    cache_time: CACHE_SECONDS,
    button: { text: ctx.tr.t("inline-start-button"), start_parameter: "inline" },
  });
});
