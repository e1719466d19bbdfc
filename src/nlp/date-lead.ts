/**
 * The story's date: the day its opening says the news happened. Indonesian news dates its news
 * with a weekday ("kata X, Senin (16/9/2019)", "kemarin"), so such a date wins over a bare one;
 * background dates are passed over: quoted ones, the start or end of a duration ("sejak 1
 * Agustus"), dates of relative clauses ("serangan yang terjadi akhir pekan lalu"), dates after
 * publication (plans, not news) and bare dates over a week old (what led up to the news). An
 * opening with none is dated by the reporter's first "Selasa (12/9)" further on; without that,
 * the publication day is the story's date.
 */

import { edgeOfDuration, inRelativeClause, placeBefore } from "./date-context.js";
import { datesAnIncident } from "./date-incident.js";
import { firstDay } from "./date-words.js";
import { compareDates } from "./dates.js";
import { plannedInClause } from "./event-clause.js";
import { eventTriggers } from "./lexicon.js";
import { insideQuote } from "./quotes.js";
import type { Sentence } from "./text.js";
import type { DateMention, PartialDate } from "./types.js";

/** Paragraphs that make a story's opening, where it says when things happened. */
export const OPENING_PARAGRAPHS = 4;

export interface StoryDate {
  /** The dating mention, or a synthetic one for the publication day; null when neither. */
  date: DateMention | null;
  /** Where the dated act took place, when written right before the date ("di Doha, Rabu"). */
  place: string | null;
}

const WEEKDAY_CUE =
  /(?<![\p{L}])(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|kemarin|hari\s+ini)(?![\p{L}])/iu;

/** How many days before publication news is still told by its bare date ("pada 12 September"). */
const BARE_DATE_REACH_DAYS = 7;

/**
 * A date without a weekday more than a week before publication ("sejak Kim bertemu Trump pada
 * 30 Juni", "pada 24 April 2019 Kemendag ...") is what led up to the news, not the news: the
 * reporter dates the day's news by its weekday.
 */
function weeksBefore(date: PartialDate, publishedAt: PartialDate | null): boolean {
  if (publishedAt?.day === undefined || publishedAt.month === undefined) return false;
  return firstDay(publishedAt) - firstDay(date) > BARE_DATE_REACH_DAYS;
}

/** "Selasa (12/9)", "Senin (18 / 9 / 2017)": how a reporter dates what was said or done. */
const REPORTER_DATE = new RegExp(String.raw`${WEEKDAY_CUE.source}\s*\(\s*\d`, "iu");

/** True when the mention reads as the news's own date rather than background. */
export function datesTheNews(
  text: string,
  mention: DateMention,
  publishedAt: PartialDate | null,
): boolean {
  const date = mention.date;
  if (!date || date.day === undefined) return false;
  if (publishedAt?.day !== undefined && compareDates(date, publishedAt) > 0) return false;
  if (insideQuote(text, mention.start) || edgeOfDuration(text, mention.start)) return false;
  const heads = eventTriggers.findAll(text).map((match) => match.end);
  return (
    // "Presiden akan berkunjung ke Lima pada Senin": a date after a plan word in its clause tells
    // when the plan is, not when the news happened (as for a statement's plan, event-clause.ts).
    !plannedInClause(text, mention, true) &&
    !inRelativeClause(text, mention.start, heads) &&
    !datesAnIncident(text, mention.start, heads)
  );
}

/**
 * An opening that dates nothing ("Pemerintah menyatakan ...") leaves the news to be dated further
 * on, where the reporter writes when it was said ("ujar Retno di Istana, Selasa (12/9)"): the
 * first such reporter's date of the story, which beats the publication day (often the day after).
 * Only the reporter's own form, a weekday with the day and month in brackets: a date in prose that
 * late ("dikebumikan pada Kamis, 12 September") is most often background.
 */
function laterWeekdayDate(
  sentences: Sentence[],
  dates: Map<number, DateMention[]>,
  publishedAt: PartialDate | null,
): { mention: DateMention; text: string } | null {
  for (const sentence of sentences) {
    if (sentence.paragraph < OPENING_PARAGRAPHS) continue;
    for (const mention of dates.get(sentence.index) ?? []) {
      if (REPORTER_DATE.test(mention.raw) && datesTheNews(sentence.text, mention, publishedAt))
        return { mention, text: sentence.text };
    }
  }
  return null;
}

export function findStoryDate(
  sentences: Sentence[],
  dates: Map<number, DateMention[]>,
  publishedAt: PartialDate | null,
): StoryDate {
  const candidates = sentences
    .filter((sentence) => sentence.paragraph < OPENING_PARAGRAPHS)
    .flatMap((sentence) =>
      (dates.get(sentence.index) ?? [])
        .filter((mention) => datesTheNews(sentence.text, mention, publishedAt))
        .map((mention) => ({ mention, text: sentence.text })),
    );
  const weekday = candidates.find(({ mention }) => WEEKDAY_CUE.test(mention.raw));
  // "Kepada CNN, 20 September 2019, Zarif menyatakan ... AS pada Kamis, 19 September 2019,
  // mengungkap ...": a bare date told before the weekday-dated one and later than it is the news;
  // the weekday's day is what led up to it.
  const first = candidates[0];
  const newer =
    first &&
    weekday &&
    first !== weekday &&
    compareDates(first.mention.date!, weekday.mention.date!) > 0
      ? first
      : undefined;
  const chosen =
    newer ??
    weekday ??
    candidates.find(({ mention }) => !weeksBefore(mention.date!, publishedAt)) ??
    laterWeekdayDate(sentences, dates, publishedAt);
  if (chosen) {
    return { date: chosen.mention, place: placeBefore(chosen.text, chosen.mention.start) };
  }
  const published = publishedAt?.day ? publishedAt : null;
  if (!published) return { date: null, place: null };
  return { date: { start: 0, end: 0, raw: "", date: published, kind: "absolute" }, place: null };
}
