import MiniSearch from "minisearch";
import { processTerm, tokenize } from "../nlp/terms.js";

/**
 * Full-text search over the articles. SQLite is the source of truth; this index is built from it
 * at start and kept up to date as articles arrive. It never sees SQL: it is given documents.
 */

export interface IndexedArticle {
  id: number;
  title: string;
  body: string;
  /** Country names in every language the user may type, and their codes. */
  countries: string;
}

export interface SearchHit {
  id: number;
  score: number;
}

/**
 * What is indexed of an article: its headline and the opening of its body, where news says who,
 * what, where and when, as one field in which a headline word counts three times (as a
 * full-text engine weighs a title column). Measured on 15,371 real articles (docs/performance.md):
 * this agrees with SQLite FTS5 over whole bodies on 0.71 of its top ten, at a third of the
 * index's build time and size, where indexing whole bodies as separate fields agreed on 0.56.
 */
export const INDEXED_BODY_CHARS = 1500;

export function leadOf(body: string): string {
  if (body.length <= INDEXED_BODY_CHARS) return body;
  const cut = body.lastIndexOf(" ", INDEXED_BODY_CHARS);
  return body.slice(0, cut > 0 ? cut : INDEXED_BODY_CHARS);
}

function indexedText(article: IndexedArticle): string {
  // add() has already cut the body to its lead.
  return `${article.title} ${article.title} ${article.title} ${article.body}`;
}

/** Exact terms first, ranked with SQLite FTS5's bm25 parameters; prefixes and typos if none match. */
const EXACT = { prefix: false, fuzzy: false, bm25: { k: 1.2, b: 0.75, d: 0 } } as const;
const LOOSE = {
  prefix: (term: string) => term.length >= 4,
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
} as const;

export class ArticleIndex {
  /** Articles still to index after a restart (0: complete). */
  private pending = 0;
  private expected = 0;

  private readonly index = new MiniSearch<IndexedArticle>({
    fields: ["text", "countries"],
    // The id must come back as it is (a number): MiniSearch reads it through here too.
    extractField: (article, field) =>
      field === "text"
        ? indexedText(article)
        : ((article as unknown as Record<string, string>)[field] ?? ""),
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { boost: { countries: 2 }, combineWith: "AND", ...EXACT },
  });

  add(article: IndexedArticle): void {
    // Only what extractField reads is kept: the lead, not the whole body, stays in memory.
    const compact = { ...article, body: leadOf(article.body) };
    if (this.index.has(article.id)) this.index.replace(compact);
    else {
      this.index.add(compact);
      if (this.pending > 0) this.pending--;
    }
  }

  /** A restart's build begins: `expected` articles are coming. */
  beginBuild(expected: number): void {
    this.expected = expected;
    this.pending = expected;
  }

  finishBuild(): void {
    this.pending = 0;
  }

  /** Whether every stored article is in the index. */
  get ready(): boolean {
    return this.pending === 0;
  }

  /** How far a restart's build has come, from 0 to 1. */
  get progress(): number {
    return this.expected ? 1 - this.pending / this.expected : 1;
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Best matches first. All words must match; when none does, any word may. */
  search(query: string, limit = 10): SearchHit[] {
    return this.rank(query, limit).hits;
  }

  /** The best `limit` matches, and how many there are in all (for pages). */
  rank(query: string, limit: number): { hits: SearchHit[]; total: number } {
    const trimmed = query.slice(0, 500);
    let results = this.index.search(trimmed);
    if (!results.length) results = this.index.search(trimmed, { ...LOOSE, bm25: EXACT.bm25 });
    if (!results.length)
      results = this.index.search(trimmed, { ...LOOSE, bm25: EXACT.bm25, combineWith: "OR" });
    // Equal scores (one story retold word for word) go newest first. MiniSearch has sorted by
    // score: only the results tied with the last one kept need reordering, not all matches.
    const cutScore = results[Math.min(limit, results.length) - 1]?.score;
    let end = Math.min(limit, results.length);
    while (end < results.length && results[end]?.score === cutScore) end++;
    const top = results.slice(0, end);
    top.sort((a, b) => b.score - a.score || Number(b.id) - Number(a.id));
    const hits = top
      .slice(0, limit)
      .map((result) => ({ id: Number(result.id), score: result.score }));
    return { hits, total: results.length };
  }
}
