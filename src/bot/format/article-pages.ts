import { InlineKeyboard } from "grammy";
import type { StoredArticle } from "../../db/article-store.js";
import { truncateWords } from "../../nlp/text.js";
import type { ArticleReading } from "../../services/search-service.js";
import { encodeCallback, MAX_PAGE } from "../callback-data.js";
import { ID, type Translator } from "../i18n.js";
import { bold, code, type Html, html, italic, join, link, visibleLength } from "./html.js";
import { formatIsoDate } from "./values.js";

/**
 * A stored article as pages of one message each: the header and summary, then the body, split at
 * paragraphs; a paragraph longer than a page at sentences (a sentence longer than a page at words).
 * The body is split as plain text and escaped afterwards, so a cut can never fall inside a tag or
 * an entity, and every page is at most PAGE_BUDGET + the continuation title and page line.
 */

/** A message and its buttons: what a command sends, or a button press shows in its place. */
export interface Screen {
  text: Html;
  keyboard?: InlineKeyboard | undefined;
}

/** Content of one page. Well under Telegram's 4096, with room for the title line and page line. */
export const PAGE_BUDGET = 3500;
const TITLE_LENGTH = 300;
const SHORT_TITLE_LENGTH = 120;
const SUMMARY_SENTENCE_LENGTH = 400;

/** A piece of a page that is never cut, and how it joins the piece before it on the same page. */
interface Unit {
  text: Html;
  length: number;
  separator: "\n\n" | " ";
}

const SENTENCE_END = /(?<=[.!?…]["”’')\]]*)\s+/u;

/** Pieces of at most `budget` characters, in code points so that an emoji is never cut in half. */
function splitChars(word: string, budget: number): string[] {
  const pieces = [""];
  for (const char of word) {
    if (pieces.at(-1)!.length + char.length > budget) pieces.push("");
    pieces[pieces.length - 1] += char;
  }
  return pieces;
}

function splitWords(sentence: string, budget: number): string[] {
  const pieces: string[] = [];
  for (const word of sentence.split(/\s+/).filter(Boolean)) {
    for (const part of word.length <= budget ? [word] : splitChars(word, budget)) {
      const last = pieces.at(-1);
      if (last !== undefined && last.length + 1 + part.length <= budget) {
        pieces[pieces.length - 1] = `${last} ${part}`;
      } else pieces.push(part);
    }
  }
  return pieces;
}

/** A paragraph as pieces of at most `budget` characters: itself if it fits, else its sentences. */
export function splitParagraph(paragraph: string, budget: number): string[] {
  if (paragraph.length <= budget) return [paragraph];
  return paragraph
    .split(SENTENCE_END)
    .filter(Boolean)
    .flatMap((sentence) => (sentence.length <= budget ? [sentence] : splitWords(sentence, budget)));
}

function bodyUnits(body: string, budget: number): Unit[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .flatMap((paragraph) =>
      splitParagraph(paragraph, budget).map((piece, index) => ({
        text: html`${piece}`,
        length: piece.length,
        separator: index === 0 ? ("\n\n" as const) : (" " as const),
      })),
    );
}

/** Fills pages in order: a unit that does not fit on the current page starts the next one. */
function pack(units: Unit[], budget: number): Unit[][] {
  const pages: Unit[][] = [];
  let page: Unit[] = [];
  let used = 0;
  for (const unit of units) {
    if (page.length && used + unit.separator.length + unit.length > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    used += (page.length ? unit.separator.length : 0) + unit.length;
    page.push(unit);
  }
  if (page.length) pages.push(page);
  return pages;
}

function render(units: Unit[]): Html {
  return units.reduce<Html>(
    (page, unit, index) => (index ? html`${page}${unit.separator}${unit.text}` : unit.text),
    html``,
  );
}

function atomic(text: Html): Unit {
  return { text, length: visibleLength(text), separator: "\n\n" };
}

function header(article: StoredArticle, tr: Translator): Html {
  const meta = [article.publisher, formatIsoDate(article.publishedAt, tr.lang)]
    .filter(Boolean)
    .join(" · ");
  const authors = article.authors.length
    ? html`\n${tr.h("article-authors", { authors: truncateWords(article.authors.join(", "), 200) })}`
    : "";
  const url = article.url ? html`\n${link(article.url, truncateWords(article.url, 100))}` : "";
  return html`📰 ${bold(truncateWords(article.title, TITLE_LENGTH))}${meta ? `\n${meta}` : ""}${authors}${url}`;
}

function summaryBlock(summary: string[], tr: Translator): Html[] {
  if (!summary.length) return [];
  const lines = summary.map((s) => html`• ${truncateWords(s, SUMMARY_SENTENCE_LENGTH)}`);
  return [html`${bold(tr.t("section-summary"))}\n${join(lines, "\n")}`];
}

/** Every page of the article, as sent. */
export function articlePages(
  reading: ArticleReading,
  budget = PAGE_BUDGET,
  tr: Translator = ID(),
): Html[] {
  const { article, summary } = reading;
  const units = [
    atomic(header(article, tr)),
    ...summaryBlock(summary, tr).map(atomic),
    ...bodyUnits(article.body, budget),
  ];
  const pages = pack(units, budget);
  const title = truncateWords(article.title, SHORT_TITLE_LENGTH);
  return pages.map((page, index) => {
    const continued = tr.h("article-continued", { title: bold(title) });
    const content = index ? html`${continued}\n\n${render(page)}` : render(page);
    return pages.length > 1
      ? html`${content}\n\n${italic(tr.t("page-of", { page: index + 1, pages: pages.length }))}`
      : content;
  });
}

/** ◀️ / ▶️ to the neighbouring pages, on a row of their own; none when there is one page. */
export function addPager(
  keyboard: InlineKeyboard,
  page: number,
  pages: number,
  data: (page: number) => string,
): InlineKeyboard {
  const last = Math.min(pages, MAX_PAGE);
  if (last <= 1) return keyboard;
  keyboard.row();
  if (page > 1) keyboard.text("◀️", data(page - 1));
  if (page < last) keyboard.text("▶️", data(page + 1));
  return keyboard;
}

/** One page of the article (clamped to those there are), with its page buttons. */
export function articleScreen(
  reading: ArticleReading,
  page: number,
  tr: Translator = ID(),
): Screen {
  const pages = articlePages(reading, PAGE_BUDGET, tr);
  const current = Math.min(Math.max(page, 1), pages.length, MAX_PAGE);
  const articleId = reading.article.id;
  const keyboard = addPager(new InlineKeyboard(), current, pages.length, (to) =>
    encodeCallback({ kind: "articlePage", articleId, page: to }),
  );
  return { text: pages[current - 1]!, keyboard: pages.length > 1 ? keyboard : undefined };
}

export function articleUsage(tr: Translator = ID()): Html {
  return tr.h("article-usage", {
    example: code(tr.t("example-article-one")),
    search: code(tr.t("example-search-word")),
  });
}

export function badArticleId(text: string, tr: Translator = ID()): Html {
  return tr.h("article-bad-id", {
    given: truncateWords(text, 40),
    example: code(tr.t("example-article-one")),
  });
}

export function articleNotFound(id: number | string, tr: Translator = ID()): Html {
  // The id as a string: Fluent would group the digits of a number ("12.345").
  return tr.h("article-not-found", { id: String(id), search: code(tr.t("example-search-word")) });
}

/** A pressed button whose search or article the store no longer has (shown as a toast). */
export function expiredButton(tr: Translator = ID()): Html {
  return tr.h("expired-button");
}
