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

export class ArticleIndex {
  private readonly index = new MiniSearch<IndexedArticle>({
    fields: ["title", "body", "countries"],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 3, countries: 2 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: "AND",
    },
  });

  add(article: IndexedArticle): void {
    if (this.index.has(article.id)) this.index.replace(article);
    else this.index.add(article);
  }

  addAll(articles: Iterable<IndexedArticle>): void {
    for (const article of articles) this.add(article);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Best matches first. All words must match; when none does, any word may. */
  search(query: string, limit = 10): SearchHit[] {
    const trimmed = query.slice(0, 500);
    let results = this.index.search(trimmed);
    if (!results.length) results = this.index.search(trimmed, { combineWith: "OR" });
    return results
      .slice(0, limit)
      .map((result) => ({ id: Number(result.id), score: result.score }));
  }
}
