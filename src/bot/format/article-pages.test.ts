import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkText } from "../../../test/support/telegram-rules.js";
import type { StoredArticle } from "../../db/article-store.js";
import type { ArticleReading } from "../../services/search-service.js";
import { decodeCallback } from "../callback-data.js";
import { articlePages, articleScreen, PAGE_BUDGET, splitParagraph } from "./article-pages.js";
import { MESSAGE_LIMIT, toPlainText, visibleLength } from "./html.js";

function reading(body: string, more: Partial<StoredArticle> = {}, summary: string[] = []) {
  const article: StoredArticle = {
    id: 7,
    url: null,
    source: null,
    title: "T",
    titleDerived: false,
    publisher: null,
    publishedAt: null,
    authors: [],
    editors: [],
    dateline: null,
    body,
    ...more,
  };
  return { article, summary } satisfies ArticleReading;
}

/** The body text of each page: without page 1's header ("📰 T"), the later pages' title line
 * and the page line, which the reading above makes known. */
function bodyParts(pages: string[]): string[] {
  return pages.map((page, index) => {
    let text = page;
    if (pages.length > 1)
      text = text.replace(new RegExp(`\\n*halaman ${index + 1}/${pages.length}$`), "");
    return index === 0 ? text.replace(/^📰 T\n*/, "") : text.replace(/^T \(lanjutan\)\n*/, "");
  });
}

/** Without whitespace: a word longer than a page is cut in two, and the cut may become a space. */
const flat = (text: string) => text.replace(/\s+/g, " ").trim();
const letters = (text: string) => text.replace(/\s+/g, "");

const word = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z]{1,12}$/) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("<b>", "</i>", "&amp;", "a&b", '"kata"', "😀", "<", ">"),
  },
  {
    weight: 1,
    arbitrary: fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/\s/g, "x")),
  },
);
const sentence = fc
  .array(word, { minLength: 1, maxLength: 60 })
  .map((words) => `${words.join(" ")}${"."}`);
const paragraph = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(" ")),
  },
  // Longer than a page: split at sentences; a sentence or a word longer than a page at words.
  {
    weight: 1,
    arbitrary: fc.array(sentence, { minLength: 40, maxLength: 90 }).map((s) => s.join(" ")),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("kata ".repeat(900), "x".repeat(5000), "😀".repeat(2500)),
  },
);
const body = fc.array(paragraph, { minLength: 1, maxLength: 25 }).map((p) => p.join("\n\n"));

describe("article pages", () => {
  it("are each under 4096 visible characters and HTML Telegram accepts, holding the whole body in order", () => {
    fc.assert(
      fc.property(body, (text) => {
        const pages = articlePages(reading(text));
        for (const page of pages) {
          expect(visibleLength(page)).toBeLessThanOrEqual(PAGE_BUDGET + 200);
          expect(visibleLength(page)).toBeLessThan(MESSAGE_LIMIT);
          expect(() => checkText(page.markup, "HTML")).not.toThrow();
          expect(page.markup).not.toMatch(/\p{Cs}/u);
        }
        const parts = bodyParts(pages.map(toPlainText));
        expect(letters(parts.join(""))).toBe(letters(text));
        // Otherwise every word is whole and in its place.
        const overlong = text.split(/\s+/).some((w) => w.length > PAGE_BUDGET);
        if (!overlong) expect(flat(parts.join(" "))).toBe(flat(text));
      }),
      { numRuns: 60 },
    );
  });

  it("split between paragraphs when every paragraph fits on a page", () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) =>
      `Paragraf ${i} ${"berisi kalimat yang cukup panjang untuk mengisi halaman. ".repeat(5)}`.trim(),
    );
    const pages = articlePages(reading(paragraphs.join("\n\n")));
    expect(pages.length).toBeGreaterThan(3);
    for (const part of bodyParts(pages.map(toPlainText)).slice(1)) {
      expect(part).toMatch(/^Paragraf \d+ berisi/);
      expect(part.split("\n\n").every((p) => paragraphs.includes(p))).toBe(true);
    }
  });

  it("split a paragraph longer than a page at the ends of its sentences", () => {
    const long = Array.from({ length: 120 }, (_, i) => `Kalimat ke-${i} ada di sini.`).join(" ");
    const pieces = splitParagraph(long, 1000);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) {
      expect(piece).toMatch(/^Kalimat ke-\d+ ada di sini\.$/);
    }
    expect(pieces.join(" ")).toBe(long);
  });

  it("open with the title, publisher, date, authors, link and summary, and number the pages", () => {
    const text = Array.from({ length: 12 }, (_, i) => `Paragraf ${i}. ${"Isi. ".repeat(200)}`).join(
      "\n\n",
    );
    const pages = articlePages(
      reading(
        text,
        {
          title: "Anwar <b>Temui</b> Putin",
          publisher: "Pantau",
          publishedAt: "2025-05-14",
          authors: ["Rina Hartati"],
          url: "https://example.com/a?b=1&c=2",
        },
        ["Kalimat ringkasan pertama.", "Kalimat kedua."],
      ),
    ).map(toPlainText);
    expect(pages[0]).toMatch(
      /^📰 Anwar <b>Temui<\/b> Putin\nPantau · 14 Mei 2025\nPenulis: Rina Hartati\nhttps:\/\/example\.com\/a\?b=1&c=2\n\nRingkasan\n• Kalimat ringkasan pertama\.\n• Kalimat kedua\.\n\nParagraf 0\./,
    );
    expect(pages[0]).toMatch(new RegExp(`halaman 1/${pages.length}$`));
    expect(pages[1]).toMatch(/^Anwar <b>Temui<\/b> Putin \(lanjutan\)\n\n/);
  });

  it("have ◀️ / ▶️ buttons to the neighbouring pages, none for a one-page article", () => {
    const long = reading(Array.from({ length: 30 }, () => "Isi. ".repeat(100)).join("\n\n"));
    const count = articlePages(long).length;
    const data = (page: number) =>
      articleScreen(long, page)
        .keyboard?.inline_keyboard.flat()
        .map((button) => ("callback_data" in button ? decodeCallback(button.callback_data) : null));
    expect(data(1)).toEqual([{ kind: "articlePage", articleId: 7, page: 2 }]);
    expect(data(2)).toEqual([
      { kind: "articlePage", articleId: 7, page: 1 },
      { kind: "articlePage", articleId: 7, page: 3 },
    ]);
    expect(data(count)).toEqual([{ kind: "articlePage", articleId: 7, page: count - 1 }]);
    expect(toPlainText(articleScreen(long, 999).text)).toMatch(
      new RegExp(`halaman ${count}/${count}$`),
    );
    expect(articleScreen(reading("Pendek."), 1).keyboard).toBeUndefined();
  });
});
