import type { ArticleStore, PairFact, Partner, StoredArticle } from "../db/article-store.js";
import { type CountryCode, suggestCountries } from "../nlp/countries.js";
import { compareDates, fromIsoDate } from "../nlp/dates.js";
import { parseCountryQuery } from "../nlp/query.js";
import { pairOf } from "../nlp/ties.js";
import type { AgreementFact, EventFact, FigureFact, Pair } from "../nlp/types.js";

/**
 * The /relations use case: understand the question, find the articles that tie the two countries,
 * and gather their facts, newest first, each with the article it comes from.
 */

export interface Cited<T> {
  fact: T;
  /** Articles that state it (the first is the one cited first). */
  articleIds: number[];
}

export interface FactSheet {
  /** The two countries in the order the user named them. */
  countries: [CountryCode, CountryCode];
  articleCount: number;
  cooperation: number;
  conflict: number;
  events: Cited<EventFact>[];
  figures: Cited<FigureFact>[];
  sectors: Cited<string>[];
  agreements: Cited<AgreementFact>[];
  summary: Cited<string>[];
  articles: Map<number, StoredArticle>;
}

export type RelationsAnswer =
  | { kind: "usage" }
  | {
      kind: "unknown";
      names: { name: string; suggestions: { code: CountryCode; name: string }[] }[];
      known: CountryCode[];
    }
  | { kind: "partners"; country: CountryCode; partners: Partner[] }
  | { kind: "noTie"; countries: [CountryCode, CountryCode] }
  | { kind: "sheet"; sheet: FactSheet; ignored: CountryCode[] };

/** More than this many articles makes a sheet no better, only slower to read. */
const MAX_ARTICLES = 12;
const MAX_PARTNERS = 10;

function cite<T>(items: { key: string; fact: T; articleId: number }[]): Cited<T>[] {
  const merged = new Map<string, Cited<T>>();
  for (const item of items) {
    const existing = merged.get(item.key);
    if (existing) {
      if (!existing.articleIds.includes(item.articleId)) existing.articleIds.push(item.articleId);
    } else merged.set(item.key, { fact: item.fact, articleIds: [item.articleId] });
  }
  return [...merged.values()];
}

function eventKey(event: EventFact): string {
  const date = event.date
    ? `${event.date.year}-${event.date.month ?? ""}-${event.date.day ?? ""}`
    : "?";
  return `${event.type}|${date}|${(event.place ?? "").toLowerCase()}`;
}

/** Held events before planned ones; dated before undated; newest first. */
function byRecency(a: EventFact, b: EventFact): number {
  if (a.planned !== b.planned) return a.planned ? 1 : -1;
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
  return compareDates(b.date, a.date);
}

export class RelationsService {
  constructor(private readonly store: ArticleStore) {}

  answer(query: string): RelationsAnswer {
    const { countries, unknown } = parseCountryQuery(query);
    if (unknown.length && countries.length < 2) {
      return {
        kind: "unknown",
        known: countries,
        names: unknown.map((name) => ({ name, suggestions: suggestCountries(name) })),
      };
    }
    const [first, second, ...ignored] = countries;
    if (!first) return { kind: "usage" };
    if (!second)
      return {
        kind: "partners",
        country: first,
        partners: this.store.partnersOf(first, MAX_PARTNERS),
      };
    const sheet = this.sheet([first, second]);
    return sheet
      ? { kind: "sheet", sheet, ignored }
      : { kind: "noTie", countries: [first, second] };
  }

  sheet(countries: [CountryCode, CountryCode]): FactSheet | null {
    const pair: Pair = pairOf(...countries);
    const ties = this.store.tiesOf(pair).slice(0, MAX_ARTICLES);
    if (!ties.length) return null;
    const articleIds = ties.map((tie) => tie.articleId);
    const articles = new Map(
      this.store.getMany(articleIds).map((article) => [article.id, article]),
    );
    const facts = this.orderedFacts(pair, articleIds, articles);
    const of = <K extends PairFact["fact"]["kind"]>(kind: K) =>
      facts.filter(
        (entry): entry is PairFact & { fact: Extract<PairFact["fact"], { kind: K }> } =>
          entry.fact.kind === kind,
      );

    const events = cite(
      of("event").map((e) => ({ key: eventKey(e.fact), fact: e.fact, articleId: e.articleId })),
    );
    events.sort((a, b) => byRecency(a.fact, b.fact));
    const figures = cite(
      of("figure").map((e) => ({
        key: `${e.fact.measure}|${e.fact.amount.currency}|${e.fact.amount.value}|${e.fact.year}`,
        fact: e.fact,
        articleId: e.articleId,
      })),
    );
    const sectors = cite(
      of("sector").flatMap((e) =>
        e.fact.sectors.map((id) => ({ key: id, fact: id, articleId: e.articleId })),
      ),
    );
    sectors.sort((a, b) => b.articleIds.length - a.articleIds.length);
    const agreements = cite(
      of("agreement").map((e) => ({
        key: e.fact.text.toLowerCase(),
        fact: e.fact,
        articleId: e.articleId,
      })),
    );
    const summary = cite(
      of("summary").map((e) => ({
        key: e.fact.sentence,
        fact: e.fact.sentence,
        articleId: e.articleId,
      })),
    );
    return {
      countries,
      articleCount: ties.length,
      cooperation: ties.reduce((sum, tie) => sum + tie.cooperation, 0),
      conflict: ties.reduce((sum, tie) => sum + tie.conflict, 0),
      events,
      figures,
      sectors,
      agreements,
      summary,
      articles,
    };
  }

  /** Facts of the newest articles first, in the order each article tells them. */
  private orderedFacts(
    pair: Pair,
    articleIds: number[],
    articles: Map<number, StoredArticle>,
  ): PairFact[] {
    const rank = new Map(articleIds.map((id, position) => [id, position]));
    return this.store
      .factsOf(pair, articleIds)
      .filter((entry) => articles.has(entry.articleId))
      .sort(
        (a, b) =>
          rank.get(a.articleId)! - rank.get(b.articleId)! || a.sentenceIndex - b.sentenceIndex,
      );
  }

  article(id: number): StoredArticle | null {
    return this.store.get(id);
  }

  publishedAt(article: StoredArticle) {
    return article.publishedAt ? fromIsoDate(article.publishedAt) : null;
  }
}
