/**
 * An event the story recalls rather than reports: one its sentence places in the past ("ketika
 * melawat ke India beberapa waktu lalu", "pernah berkunjung"), one dated well before the
 * publication ("kunjungan Presiden pada 13 September 2015 lalu") or weeks before the story's own
 * date ("bertemu pada 30 Juni" in a September story). Such background is not the story's news,
 * so it is not told as one of the pair's events.
 */
import eventData from "../../data/events.json" with { type: "json" };
import { clauseAround } from "./event-clause.js";
import { PhraseMatcher } from "./lexicon.js";
import type { PartialDate } from "./types.js";

const recalledWords = new PhraseMatcher<true>(
  eventData.recalled.map((word): [string, true] => [word, true]),
);

/** A news event happens within a year before its publication; older ones are background. */
export const NEWS_REACH_DAYS = 365;

const DAY_MS = 86_400_000;

/** The first day a partial date can mean, in days since the epoch. */
function firstDay(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / DAY_MS;
}

/** True when the date lies more than NEWS_REACH_DAYS before the publication. */
export function longBefore(date: PartialDate, published: PartialDate | null): boolean {
  if (!published?.day) return false;
  const last = { year: date.year, month: date.month ?? 12, day: date.day ?? 28 };
  return firstDay(published) - firstDay(last) > NEWS_REACH_DAYS;
}

/**
 * A story reports what happened in the days before it was told: an event dated more than this
 * many days before the story's own date ("Trump dan Kim bertemu pada 30 Juni", "AS pada Juni lalu
 * memberikan sanksi baru", in a September story) is what led up to it.
 */
export const STORY_REACH_DAYS = 14;

/** True when the date lies entirely more than STORY_REACH_DAYS before the story's date. */
export function beforeTheStory(date: PartialDate, story: PartialDate | null): boolean {
  if (story?.day === undefined) return false;
  const last = lastDay(date);
  return firstDay(story) - firstDay(last) > STORY_REACH_DAYS;
}

/** The last day a partial date can mean: "Juni 2019" reaches to 30 June. */
function lastDay(date: PartialDate): PartialDate {
  if (date.day !== undefined) return date;
  const month = date.month ?? 12;
  return { year: date.year, month, day: new Date(Date.UTC(date.year, month, 0)).getUTCDate() };
}

/** A word in the event word's clause that puts it in the past ("beberapa waktu lalu", "pernah"). */
export function recalledInClause(text: string, trigger: { start: number; end: number }): boolean {
  const [from, to] = clauseAround(text, trigger.start, trigger.end);
  return recalledWords.findAll(text).some((word) => word.start >= from && word.end <= to);
}
