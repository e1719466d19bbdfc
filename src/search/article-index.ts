import MiniSearch from "minisearch";
import { countIndexTerms, indexTerms, processTerm, tokenize } from "../nlp/terms.js";
import { ChampionLists, type ChampionOptions, DEFAULT_CHAMPIONS } from "./champions.js";
import { MatchTally } from "./match-tally.js";
import {
  BM25,
  FIELD_BOOST,
  FIELDS,
  type Field,
  FieldLengths,
  inverseDocumentFrequency,
  isPlaceholder,
  TermCollector,
  withLength,
} from "./term-weights.js";

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

/** Exact terms first; prefixes and typos if none match. */
const EXACT = { prefix: false, fuzzy: false, bm25: BM25 } as const;
const LOOSE = {
  prefix: (term: string) => term.length >= 4,
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  bm25: BM25,
} as const;
/** Searches given terms already processed: MiniSearch must not stem a stem again. */
const AS_GIVEN = {
  tokenize: (terms: string) => terms.split(" "),
  processTerm: (term: string) => term,
};

type Result = { id: unknown; score: number };

export interface Ranking {
  hits: SearchHit[];
  /** How many articles have every word (or, in a fallback, any). */
  total: number;
}

export class ArticleIndex {
  /** Articles still to index after a restart (0: complete). */
  private pending = 0;
  private expected = 0;
  private largestId = 0;
  /** The document being added, counted while MiniSearch reads it. */
  private collecting: TermCollector | null = null;
  /** The terms of the body being added that come after its lead. */
  private unindexedTerms = 0;
  private readonly lengths = new FieldLengths();
  private readonly champions: ChampionLists;

  private readonly index = new MiniSearch<IndexedArticle>({
    fields: [...FIELDS],
    // The id must come back as it is (a number): MiniSearch reads it through here too.
    extractField: (article, field) =>
      field === "text"
        ? indexedText(article)
        : ((article as unknown as Record<string, string>)[field] ?? ""),
    storeFields: [],
    // A field being indexed (a query has no field) is given its terms already processed, with
    // the length BM25 divides by: every term of the field, the body's unindexed rest included.
    tokenize: (text, field) => {
      if (!field) return tokenize(text);
      const terms = indexTerms(text);
      const length = terms.length + (field === "text" ? this.unindexedTerms : 0);
      this.collecting?.length(field, length);
      return withLength(terms, length);
    },
    processTerm: (token, field) => {
      if (!field) return processTerm(token);
      if (isPlaceholder(token)) return null;
      this.collecting?.term(field, token);
      return token;
    },
    searchOptions: { boost: FIELD_BOOST, combineWith: "AND", ...EXACT },
  });

  constructor(options: { champions?: ChampionOptions } = {}) {
    this.champions = new ChampionLists(options.champions ?? DEFAULT_CHAMPIONS);
  }

  add(article: IndexedArticle): void {
    // Only what extractField reads is kept: the lead, not the whole body, stays in memory.
    const lead = leadOf(article.body);
    const compact = { ...article, body: lead };
    this.unindexedTerms = countIndexTerms(article.body.slice(lead.length));
    const collector = new TermCollector();
    const again = this.index.has(article.id);
    this.collecting = collector;
    try {
      if (again) this.index.replace(compact);
      else {
        this.index.add(compact);
        if (this.pending > 0) this.pending--;
      }
    } finally {
      this.collecting = null;
    }
    // MiniSearch took the earlier version's lengths out of its averages: only a new one adds.
    if (!again) collector.addLengthsTo(this.lengths);
    this.champions.observe(
      article.id,
      collector.weights(this.lengths),
      (term, field) => this.earlierWeights(term, field),
      again,
    );
    this.largestId = Math.max(this.largestId, article.id);
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

  /** The newest article indexed (0: none): the store's later ones are still to index. */
  get lastId(): number {
    return this.largestId;
  }

  /** Best matches first. All words must match; when none does, any word may. */
  search(query: string, limit = 10): SearchHit[] {
    return this.rank(query, limit).hits;
  }

  /**
   * The best `limit` matches, and how many there are in all (for pages). `exhaustive` scores every
   * match instead of a common word's champions only: to measure what the champions cost.
   */
  rank(query: string, limit: number, { exhaustive = false } = {}): Ranking {
    const trimmed = query.slice(0, 500);
    const terms = [...new Set(tokenize(trimmed).flatMap((token) => processTerm(token) ?? []))];
    const exact = exhaustive ? this.everyMatch(terms, limit) : this.exactMatches(terms, limit);
    if (exact.total) return exact;
    let results = this.index.search(trimmed, LOOSE);
    if (!results.length) results = this.index.search(trimmed, { ...LOOSE, combineWith: "OR" });
    return { hits: best(results, limit), total: results.length };
  }

  /** Articles with every term, scored in full only where that is needed. */
  private exactMatches(terms: string[], limit: number): Ranking {
    const common = terms.filter((term) => this.champions.has(term));
    if (!common.length) return this.everyMatch(terms, limit);
    const rare = terms.filter((term) => !this.champions.has(term));
    if (rare.length) {
      // Every match has the rare words: score only the few articles that have them.
      const having = new Set(this.searchTerms(rare).map((result) => Number(result.id)));
      const results = having.size ? this.searchTerms(terms, having) : [];
      return { hits: best(results, limit), total: results.length };
    }
    // Only common words: score their champions, and note every match on the way.
    const tally = new MatchTally(terms, this.largestId);
    const results = this.searchTerms(terms, this.champions.union(common), tally);
    const last = results[Math.min(limit, tally.total) - 1];
    // The champions' best are the best if no other article could outscore the last one kept
    // (MiniSearch multiplies a score by the number of terms matched).
    // An article tied with the last one could be newer, so only a strictly better score will do.
    if (
      last &&
      last.score > terms.length * this.champions.bound(terms, this.index.documentCount) * (1 + 1e-9)
    )
      return { hits: best(results, limit), total: tally.total };
    // Otherwise score every match, when they are few enough to be worth finding first.
    if (tally.matches) {
      const every = this.searchTerms(terms, new Set(tally.matches));
      return { hits: best(every, limit), total: every.length };
    }
    return this.everyMatch(terms, limit);
  }

  private everyMatch(terms: string[], limit: number): Ranking {
    const results = terms.length ? this.searchTerms(terms) : [];
    return { hits: best(results, limit), total: results.length };
  }

  /** All the terms, scored only for `among` when given; `tally` sees every match. */
  private searchTerms(terms: string[], among?: Set<number>, tally?: MatchTally): Result[] {
    if (!among) return this.index.search(terms.join(" "), AS_GIVEN);
    const scored = new Uint8Array(this.largestId + 1);
    for (const id of among) scored[id] = 1;
    this.scored = scored;
    this.tally = tally ?? null;
    try {
      return this.index.search(terms.join(" "), { ...AS_GIVEN, boostDocument: this.boostDocument });
    } finally {
      this.scored = null;
      this.tally = null;
    }
  }

  /**
   * MiniSearch calls this for each (article, term) of the terms' postings, a hundred thousand
   * times for a common word. One function for every search, reading a typed array, lets V8 inline
   * it into MiniSearch's loop; a new closure over a Set each search cost three times the time.
   */
  private scored: Uint8Array | null = null;
  private tally: MatchTally | null = null;
  private readonly boostDocument = (id: unknown, term: string): number => {
    this.tally?.saw(id as number, term);
    return this.scored?.[id as number] ?? 0;
  };

  /** Each article's weight for a term in a field, from its score: where its champions start. */
  private earlierWeights(term: string, field: Field): [number, number][] {
    const results = this.index.search(term, { ...AS_GIVEN, fields: [field], boost: {} });
    // The score is the weight times the term's inverse document frequency in the field.
    const idf = inverseDocumentFrequency(this.index.documentCount, results.length);
    return results.map(({ id, score }) => [Number(id), (FIELD_BOOST[field] * score) / idf]);
  }
}

/** The best `limit` results, equal scores (one story retold word for word) newest first. */
function best(results: Result[], limit: number): SearchHit[] {
  // MiniSearch has sorted by score: only the results tied with the last one kept need reordering.
  const cutScore = results[Math.min(limit, results.length) - 1]?.score;
  let end = Math.min(limit, results.length);
  while (end < results.length && results[end]?.score === cutScore) end++;
  const top = results.slice(0, end);
  top.sort((a, b) => b.score - a.score || Number(b.id) - Number(a.id));
  return top.slice(0, limit).map((result) => ({ id: Number(result.id), score: result.score }));
}
