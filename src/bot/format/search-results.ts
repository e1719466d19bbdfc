import { InlineKeyboard } from "grammy";
import { truncateWords } from "../../nlp/text.js";
import type { SearchAnswer, SearchHitView } from "../../services/search-service.js";
import { encodeCallback } from "../callback-data.js";
import { addPager, type Screen } from "./article-pages.js";
import { bold, type Html, html, italic, join } from "./html.js";
import { formatIsoDate } from "./values.js";

/**
 * /search replies. Every part has a bounded length (query 200, five hits of title 150, meta and
 * snippet 160), so a page of results is always far below Telegram's 4096 characters.
 */

const TITLE_LENGTH = 150;
const PUBLISHER_LENGTH = 60;

export function searchUsage(): Html {
  return html`Tulis kata yang dicari, misalnya:
<code>/cari perdagangan sawit</code>
<code>/search Putin</code>

Saya mencari di judul dan isi semua artikel yang tersimpan, juga bentuk lain kata yang sama (${italic("dagang")} menemukan ${italic("perdagangan")}).`;
}

function hitBlock(hit: SearchHitView): Html {
  const meta = [
    hit.publisher ? truncateWords(hit.publisher, PUBLISHER_LENGTH) : null,
    formatIsoDate(hit.publishedAt),
  ]
    .filter(Boolean)
    .join(" · ");
  return html`${hit.rank}. ${bold(truncateWords(hit.title, TITLE_LENGTH))}${meta ? `\n${meta}` : ""}${
    hit.snippet ? html`\n${italic(hit.snippet)}` : ""
  }`;
}

/** The reply to a search, or one of its pages: text and buttons (open a hit, turn the page). */
export function searchScreen(answer: SearchAnswer): Screen {
  switch (answer.kind) {
    case "usage":
      return { text: searchUsage() };
    case "none":
      return {
        text: html`Tidak ada artikel yang cocok dengan “${answer.query}”.\n\nCoba kata lain, lebih sedikit kata, atau bentuk dasarnya, misalnya <code>/cari dagang</code> untuk ${italic("perdagangan")}.`,
      };
    case "results": {
      const head = html`🔎 Hasil pencarian “${answer.query}”: ${answer.total} artikel`;
      const footer =
        answer.pages > 1 ? [html`${italic(`halaman ${answer.page}/${answer.pages}`)}`] : [];
      const text = join([head, ...answer.hits.map(hitBlock), ...footer], "\n\n");
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
