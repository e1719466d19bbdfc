import type { ArticleStore, StoredArticle } from "../db/article-store.js";
import type { PairFact, PairTie, Partner, TieStore } from "../db/tie-store.js";
import { type CountryCode, isCountryCode, suggestCountries } from "../nlp/countries.js";
import { parseCountryQuery } from "../nlp/query.js";
import { pairOf } from "../nlp/ties.js";
import type { EventFact, Pair } from "../nlp/types.js";
import {
  byRecency,
  cite,
  eventKey,
  type FactSheet,
  groupByStory,
  isVague,
  saysNothing,
  summaryAcrossStories,
  toneByYear,
  withoutConversions,
  withoutEchoes,
  withoutRetellings,
  withSameEventsMerged,
} from "./fact-sheet.js";

/**
 * The /relations use case: understand the question, find the stories that tie the two countries
 * (one story may be told by several outlets), and gather their facts, newest first, each citing
 * the story it comes from.
 */

export type RelationsAnswer =
  | { kind: "usage" }
  | {
      kind: "unknown";
      names: { name: string; suggestions: { code: CountryCode; name: string }[] }[];
      known: CountryCode[];
    }
  | { kind: "partners"; country: CountryCode; partners: PartnerSummary[] }
  | { kind: "noTie"; countries: [CountryCode, CountryCode] }
  | { kind: "sheet"; sheet: FactSheet; ignored: CountryCode[] };

/** A partner in the news, with the latest thing the two did. */
export interface PartnerSummary extends Partner {
  lastEvent: EventFact | null;
}

const MAX_PARTNERS = 10;
const MAX_LATEST = 10;

export type LatestAnswer =
  | Extract<RelationsAnswer, { kind: "unknown" }>
  | { kind: "latest"; country: CountryCode | null; articles: StoredArticle[] };

export class RelationsService {
  constructor(
    private readonly store: ArticleStore,
    private readonly ties: TieStore,
  ) {}

  answer(query: string): RelationsAnswer {
    const { countries, unknown } = parseCountryQuery(query);
    if (unknown.length && countries.length < 2) {
      const names = unknown.map((name) => ({ name, suggestions: suggestCountries(name) }));
      return { kind: "unknown", known: countries, names };
    }
    const [first, second, ...ignored] = countries;
    if (!first) return { kind: "usage" };
    if (!second) return this.partners(first);
    const answer = this.pair([first, second]);
    return answer.kind === "sheet" ? { ...answer, ignored } : answer;
  }

  /** The fact sheet of a pair given by codes (a button), or that they have no tie yet. */
  pair(countries: [CountryCode, CountryCode]): RelationsAnswer {
    if (!isCountryCode(countries[0]) || !isCountryCode(countries[1])) return { kind: "usage" };
    const sheet = this.sheet(countries);
    return sheet ? { kind: "sheet", sheet, ignored: [] } : { kind: "noTie", countries };
  }

  /** A country's partners, most stories first, each with its tone and latest event. */
  partners(country: CountryCode): RelationsAnswer {
    const partners = this.ties.partnersOf(country, MAX_PARTNERS).map((partner) => {
      const events = this.ties.recentEvents(pairOf(country, partner.country));
      const held = events.filter((event) => !event.planned && event.date);
      return { ...partner, lastEvent: held.find((event) => !isVague(event)) ?? held[0] ?? null };
    });
    return { kind: "partners", country, partners };
  }

  sheet(countries: [CountryCode, CountryCode]): FactSheet | null {
    const pair: Pair = pairOf(...countries);
    const byStory = groupByStory(this.ties.tiesOf(pair));
    if (!byStory.size) return null;
    const ties = [...byStory.values()].flat();
    const storyOf = new Map(ties.map((tie) => [tie.articleId, tie.storyId]));
    const articles = new Map(
      this.store.getMany([...storyOf.keys()]).map((article) => [article.id, article]),
    );
    const stories = new Map(
      [...byStory].map(([id, storyTies]) => [
        id,
        {
          id,
          articles: storyTies
            .flatMap((tie) => articles.get(tie.articleId) ?? [])
            .sort((a, b) => a.id - b.id),
        },
      ]),
    );
    const facts = this.orderedFacts(pair, ties).map((entry) => ({
      ...entry,
      storyId: storyOf.get(entry.articleId)!,
    }));
    const of = <K extends PairFact["fact"]["kind"]>(kind: K) =>
      facts.filter(
        (entry): entry is typeof entry & { fact: Extract<PairFact["fact"], { kind: K }> } =>
          entry.fact.kind === kind,
      );

    const told = cite(
      withoutRetellings(withoutEchoes(of("event").filter((e) => !saysNothing(e.fact)))).map(
        (e) => ({
          key: eventKey(e.fact),
          fact: e.fact,
          storyId: e.storyId,
        }),
      ),
    );
    const events = withSameEventsMerged(told);
    events.sort((a, b) => byRecency(a.fact, b.fact));
    const figures = cite(
      withoutConversions(of("figure")).map((e) => ({
        key: `${e.fact.measure}|${e.fact.amount.currency}|${e.fact.amount.value}|${e.fact.year}`,
        fact: e.fact,
        storyId: e.storyId,
      })),
    );
    const sectors = cite(
      of("sector").flatMap((e) =>
        e.fact.sectors.map((id) => ({ key: id, fact: id, storyId: e.storyId })),
      ),
    );
    sectors.sort((a, b) => b.storyIds.length - a.storyIds.length);
    const agreements = cite(
      of("agreement").map((e) => ({
        key: e.fact.text.toLowerCase(),
        fact: e.fact,
        storyId: e.storyId,
      })),
    );
    const summary = summaryAcrossStories(of("summary"));
    return {
      countries,
      articleCount: ties.length,
      cooperation: ties.reduce((sum, tie) => sum + tie.cooperation, 0),
      conflict: ties.reduce((sum, tie) => sum + tie.conflict, 0),
      toneByYear: toneByYear(byStory),
      events,
      figures,
      sectors,
      agreements,
      summary,
      stories,
    };
  }

  /** Facts of the newest stories first, in the order each article tells them. */
  private orderedFacts(pair: Pair, ties: PairTie[]): PairFact[] {
    const rank = new Map(ties.map((tie, position) => [tie.articleId, position]));
    return this.ties
      .factsOf(pair, [...rank.keys()])
      .sort(
        (a, b) =>
          rank.get(a.articleId)! - rank.get(b.articleId)! || a.sentenceIndex - b.sentenceIndex,
      );
  }

  /** The newest articles, overall or about one country ("/latest Rusia"). */
  latest(query: string): LatestAnswer {
    const { countries, unknown } = parseCountryQuery(query);
    const [country] = countries;
    if (!country && unknown.length) {
      return {
        kind: "unknown",
        known: [],
        names: unknown.map((name) => ({ name, suggestions: suggestCountries(name) })),
      };
    }
    return {
      kind: "latest",
      country: country ?? null,
      articles: this.store.latest(MAX_LATEST, country),
    };
  }
}
