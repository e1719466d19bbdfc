/**
 * An event the story recalls rather than reports: one its sentence places in the past ("ketika
 * melawat ke India beberapa waktu lalu", "pernah berkunjung") or one dated well before the
 * publication ("kunjungan Presiden pada 13 September 2015 lalu"). Such background is not the
 * story's news, so it is not told as one of the pair's events.
 */
import eventData from "../../data/events.json" with { type: "json" };
import { firstDay } from "./date-words.js";
import { clauseAround } from "./event-clause.js";
import { PhraseMatcher } from "./lexicon.js";
import type { PartialDate } from "./types.js";

const recalledWords = new PhraseMatcher<true>(
  eventData.recalled.map((word): [string, true] => [word, true]),
);

/** A news event happens within a year before its publication; older ones are background. */
export const NEWS_REACH_DAYS = 365;

/** True when the date lies more than NEWS_REACH_DAYS before the publication. */
export function longBefore(date: PartialDate, published: PartialDate | null): boolean {
  if (!published?.day) return false;
  const last = { year: date.year, month: date.month ?? 12, day: date.day ?? 28 };
  return firstDay(published) - firstDay(last) > NEWS_REACH_DAYS;
}

/** A word in the event word's clause that puts it in the past ("beberapa waktu lalu", "pernah"). */
export function recalledInClause(text: string, trigger: { start: number; end: number }): boolean {
  const [from, to] = clauseAround(text, trigger.start, trigger.end);
  return recalledWords.findAll(text).some((word) => word.start >= from && word.end <= to);
}
