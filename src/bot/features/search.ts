import { Composer } from "grammy";
import { decodeCallback, SEARCH_CALLBACK } from "../callback-data.js";
import { expiredButton } from "../format/article-pages.js";
import { searchScreen } from "../format/search-results.js";
import { answerButton, type ReaderContext, show } from "./article.js";

/**
 * /search words and /cari words: every stored article matching the words, five to a page. The
 * page buttons carry the stored search's id (s:<id>:<page>) and show the page in place.
 */
export const searchFeature = new Composer<ReaderContext>();

searchFeature.command(["search", "cari"], (ctx) =>
  show(ctx, searchScreen(ctx.deps.search.search(ctx.match), ctx.tr), "send"),
);

searchFeature.callbackQuery(SEARCH_CALLBACK, async (ctx) => {
  const data = decodeCallback(ctx.callbackQuery.data);
  const answer = data?.kind === "searchPage" ? ctx.deps.search.page(data.queryId, data.page) : null;
  if (!answer) {
    await answerButton(ctx, expiredButton(ctx.tr));
    return;
  }
  await answerButton(ctx);
  await show(ctx, searchScreen(answer, ctx.tr), "edit");
});
