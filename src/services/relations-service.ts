import type {
  ArticleStore,
  PairFact,
  PairTie,
  Partner,
  StoredArticle,
} from "../db/article-store.js";
import { summariseArticle } from "../nlp/article-summary.js";
import { type CountryCode, suggestCountries } from "../nlp/countries.js";
import { compareDates, toIsoDate } from "../nlp/dates.js";
import { parseCountryQuery } from "../nlp/query.js";
import { REDUNDANT } from "../nlp/summary.js";
import { wordOverlap } from "../nlp/text.js";
import { pairOf } from "../nlp/ties.js";
import { type Tone, toneOf } from "../nlp/tone.js";
import type { AgreementFact, EventFact, FigureFact, Pair, SummaryFact } from "../nlp/types.js";

/**
 * The /relations use case: understand the question, find the stories that tie the two countries
 * (one story may be told by several outlets), and gather their facts, newest first, each citing
 * the story it comes from.
 */

export interface Cited<T> {
  fact: T;
  /** Stories that state it, by the id of their first article. */
  storyIds: number[];
}

export interface Story {
  id: number;
  /** The articles telling it, the first one first. */
  articles: StoredArticle[];
}

export interface ToneYear {
  year: number;
  tone: Tone;
  stories: number;
}

export interface FactSheet {
  /** The two countries in the order the user named them. */
  countries: [CountryCode, CountryCode];
  articleCount: number;
  cooperation: number;
  conflict: number;
  /** The tone of each year's stories, oldest first: how the relation moves. */
  toneByYear: ToneYear[];
  events: Cited<EventFact>[];
  figures: Cited<FigureFact>[];
  sectors: Cited<string>[];
  agreements: Cited<AgreementFact>[];
  summary: Cited<string>[];
  stories: Map<number, Story>;
}

export interface ArticleView {
  article: StoredArticle;
  summary: string[];
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

/** More stories than this make a sheet no better, only slower to read. */
const MAX_STORIES = 12;
const MAX_PARTNERS = 10;
const MAX_SUMMARY = 6;

function cite<T>(items: { key: string; fact: T; storyId: number }[]): Cited<T>[] {
  const merged = new Map<string, Cited<T>>();
  for (const item of items) {
    const existing = merged.get(item.key);
    if (!existing) merged.set(item.key, { fact: item.fact, storyIds: [item.storyId] });
    else if (!existing.storyIds.includes(item.storyId)) existing.storyIds.push(item.storyId);
  }
  return [...merged.values()];
}

function eventKey(event: EventFact): string {
  const date = event.date
    ? `${event.date.year}-${event.date.month ?? ""}-${event.date.day ?? ""}`
    : "?";
  return `${event.type}|${date}|${(event.place ?? "").toLowerCase()}`;
}

/** Held events before planned ones; dated before undated; newest first; a statement after an act. */
function byRecency(a: EventFact, b: EventFact): number {
  if (a.planned !== b.planned) return a.planned ? 1 : -1;
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
  return (
    compareDates(b.date, a.date) || Number(a.type === "statement") - Number(b.type === "statement")
  );
}

const isVague = (event: EventFact) => event.type === "statement" || event.type === "report";

/** A statement or report on the day a story's meeting or signing happened only echoes it. */
function withoutEchoes<T extends { fact: EventFact; storyId: number }>(events: T[]): T[] {
  const acts = new Set(
    events
      .filter((e) => !isVague(e.fact) && e.fact.date)
      .map((e) => `${e.storyId}|${toIsoDate(e.fact.date!)}`),
  );
  return events.filter(
    (e) => !isVague(e.fact) || !e.fact.date || !acts.has(`${e.storyId}|${toIsoDate(e.fact.date)}`),
  );
}

/** The newest stories first, each with its articles' ties. */
function groupByStory(ties: PairTie[]): Map<number, PairTie[]> {
  const stories = new Map<number, PairTie[]>();
  for (const tie of ties) stories.set(tie.storyId, [...(stories.get(tie.storyId) ?? []), tie]);
  return new Map([...stories].slice(0, MAX_STORIES));
}

function toneByYear(stories: Map<number, PairTie[]>): ToneYear[] {
  const years = new Map<number, { cooperation: number; conflict: number; stories: number }>();
  for (const ties of stories.values()) {
    const year = Number(ties[0]?.publishedAt?.slice(0, 4));
    if (!year) continue;
    const entry = years.get(year) ?? { cooperation: 0, conflict: 0, stories: 0 };
    for (const tie of ties) {
      entry.cooperation += tie.cooperation;
      entry.conflict += tie.conflict;
    }
    entry.stories++;
    years.set(year, entry);
  }
  return [...years]
    .sort((a, b) => a[0] - b[0])
    .map(([year, entry]) => ({
      year,
      tone: toneOf(entry.cooperation, entry.conflict),
      stories: entry.stories,
    }));
}

/**
 * The pair's summary across its stories: each story's best sentence first, newest story first,
 * then each story's second best, skipping any sentence that repeats one already chosen.
 */
function summaryAcrossStories(entries: { fact: SummaryFact; storyId: number }[]): Cited<string>[] {
  const perStory = new Map<number, SummaryFact[]>();
  for (const entry of entries)
    perStory.set(entry.storyId, [...(perStory.get(entry.storyId) ?? []), entry.fact]);
  for (const sentences of perStory.values()) sentences.sort((a, b) => b.score - a.score);
  const chosen: Cited<string>[] = [];
  const depth = Math.max(0, ...[...perStory.values()].map((sentences) => sentences.length));
  for (let rank = 0; rank < depth && chosen.length < MAX_SUMMARY; rank++) {
    for (const [storyId, sentences] of perStory) {
      const sentence = sentences[rank]?.sentence;
      if (!sentence || chosen.some((picked) => wordOverlap(picked.fact, sentence) >= REDUNDANT))
        continue;
      chosen.push({ fact: sentence, storyIds: [storyId] });
      if (chosen.length === MAX_SUMMARY) break;
    }
  }
  return chosen;
}

export class RelationsService {
  constructor(private readonly store: ArticleStore) {}

  answer(query: string): RelationsAnswer {
    const { countries, unknown } = parseCountryQuery(query);
    if (unknown.length && countries.length < 2) {
      const names = unknown.map((name) => ({ name, suggestions: suggestCountries(name) }));
      return { kind: "unknown", known: countries, names };
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
    const byStory = groupByStory(this.store.tiesOf(pair));
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

    const events = cite(
      withoutEchoes(of("event")).map((e) => ({
        key: eventKey(e.fact),
        fact: e.fact,
        storyId: e.storyId,
      })),
    );
    events.sort((a, b) => byRecency(a.fact, b.fact));
    const figures = cite(
      of("figure").map((e) => ({
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
    return this.store
      .factsOf(pair, [...rank.keys()])
      .sort(
        (a, b) =>
          rank.get(a.articleId)! - rank.get(b.articleId)! || a.sentenceIndex - b.sentenceIndex,
      );
  }

  /** A stored article with its extractive summary, for reading it in the chat. */
  article(id: number): ArticleView | null {
    const article = this.store.get(id);
    if (!article) return null;
    return { article, summary: summariseArticle(article.body, { title: article.title }) };
  }
}
