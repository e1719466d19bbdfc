import type { PairTie, TieStore } from "../db/tie-store.js";
import { type CountryCode, suggestCountries } from "../nlp/countries.js";
import { addMonths } from "../nlp/date-words.js";
import { fromIsoDate } from "../nlp/dates.js";
import { parseCountryQuery } from "../nlp/query.js";
import { pairOf } from "../nlp/ties.js";
import { type Tone, toneOf } from "../nlp/tone.js";
import type { EventFact, PartialDate } from "../nlp/types.js";
import { isVague } from "./fact-sheet.js";
import type { RelationsAnswer } from "./relations-service.js";

/**
 * The /timeline use case: a pair's stories counted per month (a story told by several outlets
 * counts once, in the month it broke), each month's tone, and a few of the pair's dated events
 * to mark on the chart.
 */

export interface TimelineMonth {
  /** "2025-05". */
  month: string;
  stories: number;
  cooperation: number;
  conflict: number;
  tone: Tone;
}

export interface TimelineEvent {
  month: string;
  event: EventFact;
}

export interface Timeline {
  countries: [CountryCode, CountryCode];
  /** Every month from the first to the last shown, oldest first, months without stories too. */
  months: TimelineMonth[];
  /** At most MAX_EVENTS, one per month, oldest first. */
  events: TimelineEvent[];
  /** Stories in the months shown. */
  stories: number;
  tone: Tone;
  /** Stories whose publication month is unknown, or older than the months shown. */
  left: number;
}

export type TimelineAnswer =
  | { kind: "usage" }
  | Extract<RelationsAnswer, { kind: "unknown" }>
  | { kind: "noTie"; countries: [CountryCode, CountryCode] }
  /** Tied, but no story has a publication month to place it by. */
  | { kind: "undated"; countries: [CountryCode, CountryCode]; stories: number }
  | { kind: "timeline"; timeline: Timeline; ignored: CountryCode[] };

/** More labels than this over a chart make it unreadable. */
export const MAX_EVENTS = 4;
/** Five years of bars still fit the chart's width; older stories are left out and counted. */
export const MAX_MONTHS = 60;
/** An event mentioned in passing years before the stories would stretch the axis for nothing. */
const EVENT_REACH_MONTHS = 12;
/** Events read from the pair's newest articles: more than enough to find MAX_EVENTS to mark. */
const EVENT_SCAN = 200;

export type TimelineSource = Pick<TieStore, "tiesOf" | "recentEvents">;

export class TimelineService {
  constructor(private readonly ties: TimelineSource) {}

  answer(query: string): TimelineAnswer {
    const { countries, unknown } = parseCountryQuery(query);
    if (unknown.length && countries.length < 2) {
      const names = unknown.map((name) => ({ name, suggestions: suggestCountries(name) }));
      return { kind: "unknown", known: countries, names };
    }
    const [first, second, ...ignored] = countries;
    // A timeline is of a pair: one country alone gets the usage, as no argument does.
    if (!first || !second) return { kind: "usage" };
    const pair = pairOf(first, second);
    // Every article, not the newest few: the chart spans the pair's whole coverage.
    const ties = this.ties.tiesOf(pair, Number.MAX_SAFE_INTEGER);
    if (!ties.length) return { kind: "noTie", countries: [first, second] };
    const timeline = buildTimeline([first, second], ties, this.ties.recentEvents(pair, EVENT_SCAN));
    if (!timeline)
      return { kind: "undated", countries: [first, second], stories: countStories(ties) };
    return { kind: "timeline", timeline, ignored };
  }
}

/** "2025-05" for a date known to the month at least; null otherwise. */
export function monthOf(date: PartialDate | null): string | null {
  if (!date?.month) return null;
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}`;
}

/** "2025-05" moved by `count` months ("2025-12" + 1 is "2026-01"). */
export function shiftMonth(month: string, count: number): string {
  return monthOf(addMonths(Number(month.slice(0, 4)), Number(month.slice(5, 7)), count))!;
}

const countStories = (ties: PairTie[]) => new Set(ties.map((tie) => tie.storyId)).size;

interface StoryPoint {
  month: string | null;
  cooperation: number;
  conflict: number;
}

/** Each story once: placed in its earliest article's month, its tone summed over its articles. */
function storyPoints(ties: PairTie[]): StoryPoint[] {
  const stories = new Map<number, StoryPoint>();
  for (const tie of ties) {
    const story = stories.get(tie.storyId) ?? { month: null, cooperation: 0, conflict: 0 };
    const month = monthOf(tie.publishedAt ? fromIsoDate(tie.publishedAt) : null);
    if (month && (!story.month || month < story.month)) story.month = month;
    story.cooperation += tie.cooperation;
    story.conflict += tie.conflict;
    stories.set(tie.storyId, story);
  }
  return [...stories.values()];
}

/**
 * Events worth a mark: acts (not statements or reports) dated to the month, near the stories,
 * one per month (held before planned, then the first met: the newest article's first mention),
 * the newest months kept.
 */
function markedEvents(events: EventFact[], from: string, to: string): TimelineEvent[] {
  const byMonth = new Map<string, EventFact>();
  for (const event of events) {
    const month = monthOf(event.date);
    if (!month || isVague(event) || month < from || month > to) continue;
    const chosen = byMonth.get(month);
    if (!chosen || (chosen.planned && !event.planned)) byMonth.set(month, event);
  }
  return [...byMonth]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .slice(-MAX_EVENTS)
    .map(([month, event]) => ({ month, event }));
}

/** The pair's timeline from its ties and events; null when no story can be placed in a month. */
export function buildTimeline(
  countries: [CountryCode, CountryCode],
  ties: PairTie[],
  events: EventFact[],
): Timeline | null {
  const points = storyPoints(ties);
  const dated = points.flatMap((point) => (point.month ? [point.month] : [])).sort();
  const [first, last] = [dated[0], dated.at(-1)];
  if (!first || !last) return null;
  let marks = markedEvents(
    events,
    shiftMonth(first, -EVENT_REACH_MONTHS),
    shiftMonth(last, EVENT_REACH_MONTHS),
  );
  const end = [last, ...marks.map((mark) => mark.month)].sort().at(-1)!;
  let start = [first, ...marks.map((mark) => mark.month)].sort()[0]!;
  if (start < shiftMonth(end, 1 - MAX_MONTHS)) start = shiftMonth(end, 1 - MAX_MONTHS);
  marks = marks.filter((mark) => mark.month >= start);

  const months = new Map<string, TimelineMonth>();
  for (let month = start; month <= end; month = shiftMonth(month, 1))
    months.set(month, { month, stories: 0, cooperation: 0, conflict: 0, tone: "neutral" });
  for (const point of points) {
    const entry = point.month ? months.get(point.month) : undefined;
    if (!entry) continue;
    entry.stories++;
    entry.cooperation += point.cooperation;
    entry.conflict += point.conflict;
  }
  const shown = [...months.values()];
  for (const entry of shown) entry.tone = toneOf(entry.cooperation, entry.conflict);
  const sum = (key: "stories" | "cooperation" | "conflict") =>
    shown.reduce((total, entry) => total + entry[key], 0);
  return {
    countries,
    months: shown,
    events: marks,
    stories: sum("stories"),
    tone: toneOf(sum("cooperation"), sum("conflict")),
    left: points.length - sum("stories"),
  };
}
