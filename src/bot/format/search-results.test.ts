import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkText } from "../../../test/support/telegram-rules.js";
import type { SearchAnswer, SearchHitView } from "../../services/search-service.js";
import { CALLBACK_DATA_MAX_BYTES, decodeCallback } from "../callback-data.js";
import { MESSAGE_LIMIT, toPlainText, visibleLength } from "./html.js";
import { searchScreen } from "./search-results.js";

const hit = (rank: number, more: Partial<SearchHitView> = {}): SearchHitView => ({
  rank,
  id: 100 + rank,
  title: `Judul ${rank}`,
  publisher: "ANTARA",
  publishedAt: "2025-05-14",
  snippet: `…potongan teks ${rank}…`,
  ...more,
});

const results = (page: number, pages: number, hits: SearchHitView[]): SearchAnswer => ({
  kind: "results",
  query: "kerja sama",
  queryId: 42,
  total: pages * 5,
  page,
  pages,
  hits,
});

function buttons(answer: SearchAnswer) {
  return (searchScreen(answer).keyboard?.inline_keyboard ?? []).map((row) =>
    row.map((button) => ({
      text: button.text,
      data: "callback_data" in button ? decodeCallback(button.callback_data) : null,
    })),
  );
}

describe("search results", () => {
  it("say how many articles matched, then number, title, publisher, date and snippet of each", () => {
    const text = toPlainText(searchScreen(results(2, 3, [hit(6), hit(7)])).text);
    expect(text).toBe(
      "🔎 Hasil pencarian “kerja sama”: 15 artikel\n\n6. Judul 6\nANTARA · 14 Mei 2025\n…potongan teks 6…\n\n7. Judul 7\nANTARA · 14 Mei 2025\n…potongan teks 7…\n\nhalaman 2/3",
    );
  });

  it("have a 📄 button per hit that opens it, and ◀️ / ▶️ to the neighbouring pages", () => {
    expect(buttons(results(2, 3, [hit(6), hit(7)]))).toEqual([
      [
        { text: "📄 6", data: { kind: "openArticle", articleId: 106 } },
        { text: "📄 7", data: { kind: "openArticle", articleId: 107 } },
      ],
      [
        { text: "◀️", data: { kind: "searchPage", queryId: 42, page: 1 } },
        { text: "▶️", data: { kind: "searchPage", queryId: 42, page: 3 } },
      ],
    ]);
    expect(buttons(results(1, 1, [hit(1)]))).toHaveLength(1);
    expect(toPlainText(searchScreen(results(1, 1, [hit(1)])).text)).not.toContain("halaman");
  });

  it("escape the words searched for, and name them when nothing matched", () => {
    const none = searchScreen({ kind: "none", query: "<b>kapal</b> & selam" });
    expect(none.text.markup).toContain("“&lt;b&gt;kapal&lt;/b&gt; &amp; selam”");
    expect(none.keyboard).toBeUndefined();
    expect(toPlainText(searchScreen({ kind: "usage" }).text)).toContain("/cari perdagangan sawit");
  });

  it("fit in one message and parse as Telegram HTML, whatever the titles and snippets hold", () => {
    const text = fc.string({ maxLength: 1000 });
    const hits = fc.array(
      fc.record({
        title: text,
        publisher: fc.option(text),
        snippet: fc.string({ maxLength: 160 }),
      }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), hits, (query, parts) => {
        const answer: SearchAnswer = {
          kind: "results",
          query,
          queryId: Number.MAX_SAFE_INTEGER,
          total: 50_000,
          page: 9999,
          pages: 10_000,
          hits: parts.map((part, i) => hit(i + 1, part)),
        };
        const screen = searchScreen(answer);
        expect(visibleLength(screen.text)).toBeLessThanOrEqual(MESSAGE_LIMIT);
        expect(() => checkText(screen.text.markup, "HTML")).not.toThrow();
        for (const button of screen.keyboard?.inline_keyboard.flat() ?? []) {
          const data = "callback_data" in button ? (button.callback_data ?? "") : "";
          expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
        }
      }),
      { numRuns: 50 },
    );
  });
});
