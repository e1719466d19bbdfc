import type { ArticleStore, StoredArticle } from "../db/article-store.js";
import type { SearchStore } from "../db/search-store.js";
import { summariseArticle } from "../nlp/article-summary.js";
import { processTerm, tokenize } from "../nlp/terms.js";
import { editDistance } from "../nlp/text.js";
import type { ArticleIndex } from "../search/article-index.js";

/**
 * The /search and /article use cases: free-text search over every stored article, a page of hits
 * at a time, each with a snippet around the first word that matched; the search remembered by id,
 * so that page buttons carry a number and not the user's words; and a stored article to read.
 */

export const PAGE_SIZE = 5;
export const MAX_QUERY_LENGTH = 200;
/** Enough for any reader; keeps page numbers short in button data. */
export const MAX_RESULT_PAGES = 1000;
export const SNIPPET_LENGTH = 160;

export interface SearchHitView {
  /** Position in the whole result list, from 1: numbering goes on across pages. */
  rank: number;
  id: number;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  /** One line of the body around the first word that matched (its opening if none did). */
  snippet: string;
}

export type SearchAnswer =
  | { kind: "usage" }
  /** The index is still being built after a restart; `progress` from 0 to 1. */
  | { kind: "warming"; progress: number }
  | { kind: "none"; query: string }
  | {
      kind: "results";
      query: string;
      queryId: number;
      total: number;
      /** From 1, within 1..pages. */
      page: number;
      pages: number;
      hits: SearchHitView[];
    };

export interface ArticleReading {
  article: StoredArticle;
  /** The sentences that best summarise it. */
  summary: string[];
}

export class SearchService {
  constructor(
    private readonly index: ArticleIndex,
    private readonly articles: ArticleStore,
    private readonly searches: SearchStore,
  ) {}

  search(text: string): SearchAnswer {
    const query = normaliseQuery(text);
    if (!query) return { kind: "usage" };
    return this.results(query, 1, () => this.searches.remember(query));
  }

  /**
   * A page of a remembered search, run again: the index may have grown since, so the page is
   * clamped to the pages there are now. Null when this store does not know the search.
   */
  page(queryId: number, page: number): SearchAnswer | null {
    const query = this.searches.query(queryId);
    return query === null ? null : this.results(query, page, () => queryId);
  }

  /** A stored article with its extractive summary, for reading it in the chat. */
  article(id: number): ArticleReading | null {
    if (!Number.isSafeInteger(id) || id < 1) return null;
    const article = this.articles.get(id);
    if (!article) return null;
    return { article, summary: summariseArticle(article.body, { title: article.title }) };
  }

  private results(query: string, page: number, queryId: () => number): SearchAnswer {
    if (!this.index.ready) return { kind: "warming", progress: this.index.progress };
    // Ranked only as far as the page asked for: a common word matches most of the store.
    const wanted = Math.min(Math.max(Math.trunc(page), 1), MAX_RESULT_PAGES) * PAGE_SIZE;
    const { hits: ranked, total } = this.index.rank(query, wanted);
    if (!total) return { kind: "none", query };
    const pages = Math.min(Math.ceil(total / PAGE_SIZE), MAX_RESULT_PAGES);
    const current = Math.min(Math.max(Math.trunc(page), 1), pages);
    const start = (current - 1) * PAGE_SIZE;
    const pageIds = ranked.slice(start, start + PAGE_SIZE).map((hit) => hit.id);
    const byId = new Map(this.articles.getMany(pageIds).map((article) => [article.id, article]));
    const hits = pageIds.flatMap((id, offset) => {
      const article = byId.get(id);
      if (!article) return [];
      const { title, publisher, publishedAt, body } = article;
      const snippetText = snippet(body, query);
      return [
        { rank: start + offset + 1, id, title, publisher, publishedAt, snippet: snippetText },
      ];
    });
    return {
      kind: "results",
      query,
      queryId: queryId(),
      total,
      page: current,
      pages,
      hits,
    };
  }
}

/** One line, at most MAX_QUERY_LENGTH characters (code points: an emoji is never cut in half). */
export function normaliseQuery(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return Array.from(flat).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where the first word matching the query starts, matching as the index does (same stems, a query
 * word of 4+ letters as a prefix, one typo per 5 letters): exact and prefix matches first, so that
 * a typo's neighbour does not win over the word itself later in the text.
 */
export function firstMatch(text: string, query: string): number | null {
  const terms = [...new Set(tokenize(query).flatMap((token) => processTerm(token) ?? []))];
  if (!terms.length) return null;
  const words = [...text.matchAll(WORD)].flatMap((match) => {
    const term = processTerm(match[0]);
    return term === null ? [] : [{ term, at: match.index }];
  });
  const exact = words.find(({ term }) =>
    terms.some((q) => term === q || (q.length >= 4 && term.startsWith(q))),
  );
  if (exact) return exact.at;
  const fuzzy = words.find(({ term }) =>
    terms.some((q) => q.length >= 5 && editDistance(term, q) <= Math.round(q.length * 0.2)),
  );
  return fuzzy?.at ?? null;
}

/** A cut that never splits a surrogate pair (a lone half is not valid UTF-8 for Telegram). */
function safeIndex(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return index > 0 && index < text.length && code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

/**
 * At most `length` characters of the body on one line, starting a little before the first
 * matching word so that it reads in context, cut at spaces, with "…" where text was left out.
 */
export function snippet(body: string, query: string, length = SNIPPET_LENGTH): string {
  const text = body.replace(/\s+/g, " ").trim();
  if (text.length <= length) return text;
  const at = firstMatch(text, query) ?? 0;
  let start = 0;
  const wanted = at - Math.floor(length / 4);
  if (wanted > 0) {
    const space = text.indexOf(" ", wanted);
    start = space === -1 || space >= at ? at : space + 1;
  }
  const lead = start > 0 ? "…" : "";
  const room = length - lead.length;
  if (text.length - start <= room) return lead + text.slice(start);
  let end = start + room - 1; // room for the closing "…"
  const space = text.lastIndexOf(" ", end);
  if (space > start + room / 2) end = space;
  return `${lead}${text.slice(start, safeIndex(text, end)).trimEnd()}…`;
}
