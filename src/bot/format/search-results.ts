import { InlineKeyboard } from "grammy";
import { truncateWords } from "../../nlp/text.js";
import type { SearchAnswer, SearchHitView } from "../../services/search-service.js";
import { encodeCallback } from "../callback-data.js";
import { ID, type Translator } from "../i18n.js";
import { addPager, type Screen } from "./article-pages.js";
import { bold, code, type Html, html, italic, join } from "./html.js";
import { formatIsoDate } from "./values.js";

/**
 * /search replies. Every part has a bounded length (query 200, five hits of title 150, meta and
 * snippet 160), so a page of results is always far below Telegram's 4096 characters.
 */

const TITLE_LENGTH = 150;
const PUBLISHER_LENGTH = 60;

export function searchUsage(tr: Translator = ID()): Html {
  return tr.h("search-usage", {
    example: code(tr.t("search-example")),
    alias: code(tr.t("search-example-alias")),
    stem: italic(tr.t("search-stem")),
    word: italic(tr.t("search-word")),
  });
}

function hitBlock(hit: SearchHitView, tr: Translator): Html {
  const meta = [
    hit.publisher ? truncateWords(hit.publisher, PUBLISHER_LENGTH) : null,
    formatIsoDate(hit.publishedAt, tr.lang),
  ]
    .filter(Boolean)
    .join(" · ");
  return html`${hit.rank}. ${bold(truncateWords(hit.title, TITLE_LENGTH))}${meta ? `\n${meta}` : ""}${
    hit.snippet ? html`\n${italic(hit.snippet)}` : ""
  }`;
}

/** The reply to a search, or one of its pages: text and buttons (open a hit, turn the page). */
export function searchScreen(answer: SearchAnswer, tr: Translator = ID()): Screen {
  switch (answer.kind) {
    case "usage":
      return { text: searchUsage(tr) };
    case "warming":
      return {
        text: tr.h("search-warming", {
          percent: Math.floor(answer.progress * 100),
          relations: code(tr.t("example-relations")),
        }),
      };
    case "none":
      return {
        text: tr.h("search-none", {
          query: answer.query,
          example: code(tr.t("search-example-stem")),
          word: italic(tr.t("search-word")),
        }),
      };
    case "results": {
      const head = tr.h("search-head", {
        query: answer.query,
        articles: tr.t("count-articles", { articles: answer.total }),
      });
      const footer =
        answer.pages > 1
          ? [italic(tr.t("page-of", { page: answer.page, pages: answer.pages }))]
          : [];
      const hits = answer.hits.map((hit) => hitBlock(hit, tr));
      const text = join([head, ...hits, ...footer], "\n\n");
      const keyboard = new InlineKeyboard();
      for (const hit of answer.hits) {
        keyboard.text(`📄 ${hit.rank}`, encodeCallback({ kind: "openArticle", articleId: hit.id }));
      }
      const { queryId } = answer;
      addPager(keyboard, answer.page, answer.pages, (page) =>
        encodeCallback({ kind: "searchPage", queryId, page }),
      );
      return { text, keyboard };
    }
  }
}
