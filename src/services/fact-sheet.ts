import type { StoredArticle } from "../db/article-store.js";
import type { PairTie } from "../db/tie-store.js";
import type { CountryCode } from "../nlp/countries.js";
import { compareDates, toIsoDate } from "../nlp/dates.js";
import { REDUNDANT } from "../nlp/summary.js";
import { hasLacuna, wordOverlap } from "../nlp/text.js";
import { type Tone, toneOf } from "../nlp/tone.js";
import type { AgreementFact, EventFact, FigureFact, SummaryFact } from "../nlp/types.js";

/**
 * The parts of a pair's fact sheet, built from its stories' facts: each fact cites the stories
 * that state it, events newest first, the summary across stories without repeating itself.
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

/** More stories than this make a sheet no better, only slower to read. */
export const MAX_STORIES = 12;
const MAX_SUMMARY = 6;

export function cite<T>(items: { key: string; fact: T; storyId: number }[]): Cited<T>[] {
  const merged = new Map<string, Cited<T>>();
  for (const item of items) {
    const existing = merged.get(item.key);
    if (!existing) merged.set(item.key, { fact: item.fact, storyIds: [item.storyId] });
    else if (!existing.storyIds.includes(item.storyId)) existing.storyIds.push(item.storyId);
  }
  return [...merged.values()];
}

export function eventKey(event: EventFact): string {
  const date = event.date
    ? `${event.date.year}-${event.date.month ?? ""}-${event.date.day ?? ""}`
    : "?";
  return `${event.type}|${date}|${(event.place ?? "").toLowerCase()}`;
}

/** Held events before planned ones; dated before undated; newest first; a statement after an act. */
export function byRecency(a: EventFact, b: EventFact): number {
  if (a.planned !== b.planned) return a.planned ? 1 : -1;
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
  return (
    compareDates(b.date, a.date) || Number(a.type === "statement") - Number(b.type === "statement")
  );
}

export const isVague = (event: EventFact) => event.type === "statement" || event.type === "report";

/**
 * A statement or report naming nobody, whose sentence has words missing so cannot be quoted,
 * would be a bare "Diberitakan [3]" line: it tells the reader nothing the sources list does not.
 */
export const saysNothing = (event: EventFact) =>
  isVague(event) && event.people.length === 0 && hasLacuna(event.sentence);

/** A statement or report on the day a story's meeting or signing happened only echoes it. */
export function withoutEchoes<T extends { fact: EventFact; storyId: number }>(events: T[]): T[] {
  const acts = new Set(
    events
      .filter((e) => !isVague(e.fact) && e.fact.date)
      .map((e) => `${e.storyId}|${toIsoDate(e.fact.date!)}`),
  );
  return events.filter(
    (e) => !isVague(e.fact) || !e.fact.date || !acts.has(`${e.storyId}|${toIsoDate(e.fact.date)}`),
  );
}

/**
 * One story's outlets tell its event each in their words ("di Kementerian Komunikasi", "di
 * Kementerian Kominfo"): an event of the same kind on the same day in the same story is the one
 * already listed. A statement and a report are one kind here: "Mahathir mengatakan" and
 * "Mahathir tidak tahu alasan" on one day are the same news, not two events. Nor is one sentence
 * two events when the story's articles date it differently, each from its own day.
 */
export function withoutRetellings<T extends { fact: EventFact; storyId: number }>(
  events: T[],
): T[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const kind = isVague(e.fact) ? "vague" : e.fact.type;
    const keys = [`${e.storyId}|${e.fact.sentence}`];
    if (e.fact.date) keys.push(`${e.storyId}|${kind}|${e.fact.planned}|${toIsoDate(e.fact.date)}`);
    if (keys.some((key) => seen.has(key))) return false;
    for (const key of keys) seen.add(key);
    return true;
  });
}

/**
 * Two outlets the story grouping kept apart tell one event: the same kind, on the same day, at
 * places that share a name ("TMP Kalibata, Jakarta Selatan", "Taman Makam Pahlawan Kalibata,
 * Jakarta"). The event is listed once, citing both.
 */
export function withSameEventsMerged(events: Cited<EventFact>[]): Cited<EventFact>[] {
  const merged: Cited<EventFact>[] = [];
  for (const event of events) {
    const same = merged.find((kept) => sameEvent(kept.fact, event.fact));
    if (!same) merged.push({ ...event, storyIds: [...event.storyIds] });
    else for (const id of event.storyIds) if (!same.storyIds.includes(id)) same.storyIds.push(id);
  }
  return merged;
}

function sameEvent(a: EventFact, b: EventFact): boolean {
  if (a.type !== b.type || a.planned !== b.planned || isVague(a) || !a.date || !b.date)
    return false;
  if (toIsoDate(a.date) !== toIsoDate(b.date) || !a.place || !b.place) return false;
  const names = (place: string) => new Set(place.match(/\p{Lu}[\p{L}-]{3,}/gu) ?? []);
  const shared = names(b.place);
  return [...names(a.place)].some((name) => shared.has(name));
}

/**
 * "RM 1 atau Rp 3.352" in one outlet, "membayar Rp3.352" in another: a figure of a story whose
 * amount is another figure's conversion in that story is that figure, listed once.
 */
export function withoutConversions<T extends { fact: FigureFact; storyId: number }>(
  figures: T[],
): T[] {
  const money = (m: { value: number; currency: string }) => `${m.currency}|${m.value}`;
  const converted = new Set(
    figures.flatMap((f) => f.fact.equivalents.map((m) => `${f.storyId}|${money(m)}`)),
  );
  return figures.filter(
    (f) => f.fact.equivalents.length > 0 || !converted.has(`${f.storyId}|${money(f.fact.amount)}`),
  );
}

/** The newest stories first, each with its articles' ties. */
export function groupByStory(ties: PairTie[]): Map<number, PairTie[]> {
  const stories = new Map<number, PairTie[]>();
  for (const tie of ties) stories.set(tie.storyId, [...(stories.get(tie.storyId) ?? []), tie]);
  return new Map([...stories].slice(0, MAX_STORIES));
}

export function toneByYear(stories: Map<number, PairTie[]>): ToneYear[] {
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
export function summaryAcrossStories(
  entries: { fact: SummaryFact; storyId: number }[],
): Cited<string>[] {
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
