/**
 * Which of a sentence's dates dates its event, and the lead's date for the opening's events.
 */

import { edgeOfDuration, inRelativeClause } from "./date-context.js";
import { datesAnIncident } from "./date-incident.js";
import { compareDates } from "./dates.js";
import { clauseAround } from "./event-clause.js";
import type { EventContext } from "./events.js";
import { eventTriggers } from "./lexicon.js";
import { insideQuote } from "./quotes.js";
import { stretchAround } from "./text.js";
import type { DateMention, EventFact, PartialDate } from "./types.js";

/** Sentences this early in the story share the lead's date when they give none of their own. */
export const LEAD_DATE_REACH = 4;

/**
 * The sentence's own dates that can date its event: not a quoted date for an event told outside
 * the quote (or the reverse), not a year alone, not the start of a duration ("sejak Juli"), not the past date of a
 * relative clause about something else ("atas wafatnya X, yang meninggal pada Rabu"), not the
 * date of an incident the news reacts to ("atas serangan ke kilang minyak Sabtu (14/9)"). A future
 * date there still tells when a plan is ("mengundang X ke KTT yang akan digelar Oktober").
 */
export function ownDates(
  text: string,
  context: EventContext,
  trigger: { start: number; end: number; value: string },
) {
  const heads = eventTriggers.findAll(text).map((match) => match.end);
  const quoted = insideQuote(text, trigger.start);
  const published = context.publishedAt;
  const past = (date: PartialDate) => !published || compareDates(date, published) <= 0;
  const segment = gluedSegment(text, trigger.start);
  const inSegment = (at: number) => at >= segment.start && at < segment.end;
  const mine = context.dates.some((mention) => mention.date && inSegment(mention.start));
  const usable = context.dates.filter(
    (mention) =>
      mention.date &&
      (!mine || inSegment(mention.start)) &&
      // "tahun 2024", "tahun ini": a year names a period, not the day of an event in it.
      mention.date.month !== undefined &&
      insideQuote(text, mention.start) === quoted &&
      !edgeOfDuration(text, mention.start) &&
      !datesAnIncident(text, mention.start, heads) &&
      !(past(mention.date) && inRelativeClause(text, mention.start, heads)),
  );
  // "CNN melaporkan pada hari Senin bahwa ... setelah pertemuan Mei 2017": a date in the event's
  // own clause dates it before one that dates the report around it. What a statement says is
  // not its clause: its date is the saying's.
  if (trigger.value === "statement") return usable;
  const [from, to] = clauseAround(text, trigger.start, trigger.end);
  const inClause = usable.filter((mention) => mention.start >= from && mention.start < to);
  return inClause.length ? inClause : usable;
}

// "... diterima di Jakarta, Selasa, 17 September 2019., Dalam kunjungan itu, Rini bertemu ...":
// scraped pages glue paragraphs with "., "; each glued piece is a sentence of its own.
const GLUE = /[.!?]["”]?\s*,\s+/gu;

/** The glued piece of a sentence that holds a position. */
export const gluedSegment = (text: string, at: number) => stretchAround(text, at, GLUE);

export function eventDate(
  own: DateMention | undefined,
  context: EventContext,
  sentenceIndex: number,
): Pick<EventFact, "date" | "until"> & { fromLead: boolean } {
  const fromLead = !own && sentenceIndex < LEAD_DATE_REACH;
  const chosen = own ?? (fromLead ? context.leadDate : null);
  if (!chosen?.date) return { date: null, fromLead: false };
  const { date, until } = chosen;
  return until ? { date, until, fromLead } : { date, fromLead };
}
