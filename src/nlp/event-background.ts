/**
 * An event the story recalls rather than reports: one its sentence places in the past ("ketika
 * melawat ke India beberapa waktu lalu", "pernah berkunjung", "sejak pertemuan kedua di Hanoi",
 * "pertemuan sebelumnya") or one dated well before the publication ("kunjungan Presiden pada 13
 * September 2015 lalu", "kunjungan PM Lee ke IPTN pada 1990"). Such background is not the story's
 * news, so it is not told as one of the pair's events.
 */
import eventData from "../../data/events.json" with { type: "json" };
import { inRelativeClause } from "./date-context.js";
import { firstDay } from "./date-words.js";
import { clauseAround } from "./event-clause.js";
import { PhraseMatcher } from "./lexicon.js";
import type { DateMention, PartialDate } from "./types.js";

const recalledWords = new PhraseMatcher<true>(
  eventData.recalled.map((word): [string, true] => [word, true]),
);

/** A news event happens within a year before its publication; older ones are background. */
export const NEWS_REACH_DAYS = 365;

/** Days from the last day a date may mean (a month's end, for a month) to the publication. */
export function daysBefore(date: PartialDate, published: PartialDate): number {
  const last = { year: date.year, month: date.month ?? 12, day: date.day ?? 28 };
  return firstDay(published) - firstDay(last);
}

/** True when the date lies more than NEWS_REACH_DAYS before the publication. */
export function longBefore(date: PartialDate, published: PartialDate | null): boolean {
  return published?.day !== undefined && daysBefore(date, published) > NEWS_REACH_DAYS;
}

// "sejak pertemuan kedua": the event a period started with; "pertemuan sebelumnya": an earlier one.
// "dua bulan setelah kunjungan Presiden Erdogan": an event a stretch of time before another.
const SINCE_BEFORE =
  /(?<![\p{L}])(?:sejak|semenjak|since|(?:\d+|satu|dua|tiga|empat|lima|enam|beberapa)\s+(?:hari|pekan|minggu|bulan|tahun)\s+(?:setelah|sesudah|pasca))\s+$/iu;
const EARLIER_AFTER = /^\s+(?:sebelumnya|terdahulu|previous)(?![\p{L}])/iu;

/** Only the sentence's closing punctuation after a phrase: it ends the sentence. */
const SENTENCE_END = /^[\s.!?"”'’]*$/u;

/**
 * A word in the event word's clause that puts it in the past ("beberapa waktu lalu", "pernah"),
 * or one right around it ("sejak pertemuan", "pertemuan sebelumnya"), or one closing the sentence
 * after it, which dates the whole sentence ("menerima kunjungan Menteri X di Jakarta, beberapa
 * waktu lalu.").
 */
export function recalledInClause(
  text: string,
  trigger: { start: number; end: number; value?: string },
): boolean {
  if (SINCE_BEFORE.test(text.slice(0, trigger.start))) return true;
  if (EARLIER_AFTER.test(text.slice(trigger.end))) return true;
  const [from, to] = clauseAround(text, trigger.start, trigger.end);
  return recalledWords.findAll(text).some(
    (word) =>
      (word.start >= from && word.end <= to) ||
      // A statement is made when it is told; the time closing it dates what it is about.
      (trigger.value !== "statement" &&
        word.start >= trigger.end &&
        SENTENCE_END.test(text.slice(word.end))),
  );
}

const SINCE = /(?<![\p{L}])(?:sejak|semenjak|since)(?![\p{L}])/iu;

/**
 * A year alone in the event word's clause, more than a year before the story's: "kunjungan PM Lee
 * ke IPTN pada 1990". A year a period runs from ("sejak ... tahun 1965") is not the event's, nor
 * one of a relative clause about something else ("mengutip puisi yang ditulis pada 1963").
 */
export function yearLongBefore(
  text: string,
  trigger: { start: number; end: number },
  mentions: DateMention[],
  published: PartialDate | null,
): boolean {
  if (!published) return false;
  const [from, to] = clauseAround(text, trigger.start, trigger.end);
  return mentions.some(
    (mention) =>
      mention.kind === "year" &&
      mention.date !== null &&
      mention.date.year < published.year - 1 &&
      mention.start >= from &&
      mention.start < to &&
      !inRelativeClause(text, mention.start, [trigger.end]) &&
      !SINCE.test(
        text.slice(Math.min(trigger.end, mention.start), Math.max(trigger.start, mention.start)),
      ),
  );
}
