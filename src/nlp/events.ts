import { plannedDate } from "./date-ahead.js";
import { compareDates } from "./dates.js";
import { attributionVerbs } from "./event-attribution.js";
import { longBefore, recalledInClause, yearLongBefore } from "./event-background.js";
import { invitedAt, notHeldInClause, plannedInClause } from "./event-clause.js";
import {
  doneByNonState,
  imposedByBody,
  metNonState,
  namesAGathering,
  signsAnAgreement,
} from "./event-counterpart.js";
import { eventDate, gluedSegment, LEAD_DATE_REACH, ownDates } from "./event-own-dates.js";
import { findPlace, onlyACountry, saidFrom } from "./event-place.js";
import { anaphoraWords, eventTriggers } from "./lexicon.js";
import { namedPeople } from "./people.js";
import type { SentenceParties } from "./sentence-parties.js";
import type { DateMention, EventFact, PartialDate } from "./types.js";

/**
 * Meetings, visits, calls and signings: a trigger word, and who, where and when. A trigger that
 * refers back ("pertemuan tersebut") repeats an event already told, so it is not a new one.
 */

export interface EventContext {
  /** Date mentions of this sentence, resolved against the publication date. */
  dates: DateMention[];
  /** The date the lead gives ("pada Rabu (7/4/2021)"): events told early in the story happened then. */
  leadDate: DateMention | null;
  /** Where the lead's dated act took place ("di Doha, Rabu (14/6)"), if written there. */
  leadPlace?: string | null;
  publishedAt: PartialDate | null;
  /** The article's dateline place ("Bogor" in "Bogor, Kompas.com -"), if any. */
  dateline?: string | null;
  /**
   * The story's occasion, the first event it reports: "pertemuan tersebut" later in a story refers
   * to it, and shares its date, place and people.
   */
  occasion: EventFact | null;
  /** Read only what the sentence says, not the meeting it tells of (analyze.ts statementAtMeeting). */
  said?: boolean;
}

/** Words of a date that point ahead of the day it is told on. */
const FORWARD = /(?<![\p{L}])(?:depan|mendatang|besok|nanti|next|tomorrow)(?![\p{L}])/iu;

/** Event types where two sides meet or sign together, so who the other side is matters. */
export const MET_TYPES = new Set<EventFact["type"]>(["meeting", "visit", "call", "signing"]);

/** An invitation to the event with no date after it: only an offer, not yet an event. */
function invitedUndated(
  text: string,
  context: EventContext,
  trigger: { start: number; end: number; value: string },
): boolean {
  const invitation = invitedAt(text, trigger);
  if (invitation === null) return false;
  return !ownDates(text, context, trigger).some((mention) => mention.start > invitation);
}

/**
 * "pertemuan tersebut": the event word refers back to an event already told. So does "Dalam
 * pertemuannya, Retno dan Guterres juga sepakat ...", "their meeting", when the story's occasion
 * is an event of that kind and the sentence gives it no date of its own ("pertemuannya dengan
 * Japarov di Beijing pada Februari" is an earlier one).
 */
function refersBack(
  text: string,
  trigger: { start: number; end: number; surface: string; value: string },
  context: EventContext,
): boolean {
  const nextWord = /^\s*([\p{L}]+)/u.exec(text.slice(trigger.end))?.[1]?.toLowerCase() ?? "";
  if (anaphoraWords.has(nextWord)) return true;
  return (
    /nya$/iu.test(trigger.surface) &&
    context.occasion?.type === trigger.value &&
    ownDates(text, context, trigger).length === 0
  );
}

export function extractEvent(parties: SentenceParties, context: EventContext): EventFact | null {
  const { text, index } = parties.sentence;
  // A quote's attributing verb (`"...," tegas X`) reports a statement too (event-attribution.ts).
  const triggers = [...eventTriggers.findAll(text), ...attributionVerbs(text)].sort(
    (a, b) => a.start - b.start,
  );
  // A meeting or a sanction says more than the statement made about it: the first non-statement
  // trigger names the event; a statement counts only with a date of its own.
  // A denied event ("belum bisa bertemu") did not happen; a recalled one ("ketika melawat ke
  // India beberapa waktu lalu") is background to the story, not its news.
  const usable = triggers.filter(
    (match) =>
      !refersBack(text, match, context) &&
      !notHeldInClause(text, match) &&
      !recalledInClause(text, match) &&
      !yearLongBefore(text, match, context.dates, context.publishedAt) &&
      !(MET_TYPES.has(match.value) && metNonState(text, match.end)) &&
      !(MET_TYPES.has(match.value) && doneByNonState(text, match.start)) &&
      !(match.value === "sanction" && imposedByBody(text, match)) &&
      !(match.value === "signing" && !signsAnAgreement(text, match.end)) &&
      !(match.value === "meeting" && namesAGathering(text, match.end)) &&
      // "mengundang Trump untuk berkunjung ke Pyongyang": without a date, only an offer. A date
      // before the invitation ("Pada Senin, ... melaporkan bahwa Kim telah mengundang") is the
      // report's or the inviting's, not the visit's.
      !(match.value !== "statement" && invitedUndated(text, context, match)),
  );
  const anyDate = context.dates.some((mention) => mention.date && mention.kind !== "year");
  // The lead is the news: a dated first paragraph about the parties reports what they said or did
  // that day, whatever its verb ("Presiden X, Senin (16/9), meminta ...").
  const leadReport =
    parties.sentence.paragraph === 0 && anyDate && parties.people.length > 0
      ? { value: "statement" as const, start: 0, end: 0, surface: "" }
      : undefined;
  const trigger = context.said
    ? (usable.find((match) => match.value === "statement") ?? leadReport)
    : (usable.find((match) => match.value !== "statement") ?? usable[0] ?? leadReport);
  if (!trigger) return null;
  const dated = ownDates(text, context, trigger)[0];
  // "kunjungan Presiden pada 13 September 2015 lalu", in a 2017 story: background, not news.
  if (dated?.date && longBefore(dated.date, context.publishedAt)) return null;
  // A statement needs a date: its own, or the lead's when the opening tells it; or it is said by
  // one side of the other, both named ("Washington tetap menuduh Iran"): the story's own news, of
  // the story's date (event-restated.ts).
  const betweenSides = parties.parties.size >= 2;
  if (trigger.value === "statement" && !dated && index >= LEAD_DATE_REACH && !betweenSides)
    return null;
  // "Usai pertemuan tersebut, kedua kepala negara menyaksikan penandatanganan ...": same occasion.
  // "kunjungan kerja ke Warsawa pada 13-14 September 2019. Dalam pertemuan dengan Menteri Luar
  // Negeri Polandia, ...": an undated meeting told after the story's visit of several days was
  // held during it, whatever day the lead's report gives.
  const occasion = context.occasion;
  const duringVisit =
    trigger.value === "meeting" && !dated && occasion?.type === "visit" && occasion.until
      ? occasion
      : null;
  const sameOccasion = triggers.some((match) => refersBack(text, match, context))
    ? occasion
    : duringVisit;
  const own = duringVisit ? { date: null, fromLead: false } : eventDate(dated, context, index);
  const involved = namedPeople(parties.people);
  // The dateline names where the story was reported, most often where its opening events happened.
  const datelinePlace = index < LEAD_DATE_REACH ? context.dateline : null;
  // The lead's "di X, Senin (16/9)" says where the act it dates took place.
  const leadPlace = own.fromLead ? (context.leadPlace ?? null) : null;
  // The dateline is the last resort, after the sentences near the event (event-place-fill.ts);
  // it still makes the event one that says where.
  // In a glued sentence, the trigger's own piece says where first.
  const piece = gluedSegment(text, trigger.start);
  const whole = piece.start === 0 && piece.end === text.length;
  const names = involved.map((person) => person.name);
  const said = trigger.value === "statement" ? saidFrom(text, trigger) : text.length;
  const place =
    findPlace(
      text.slice(piece.start, piece.end),
      trigger.end - piece.start,
      names,
      said - piece.start,
    ) ??
    (whole ? null : findPlace(text, trigger.end, names, said)) ??
    sameOccasion?.place ??
    leadPlace ??
    null;
  const somewhere = place ?? datelinePlace ?? null;
  const { date, until } =
    own.date || !sameOccasion ? own : { date: sameOccasion.date, until: sameOccasion.until };
  if (!involved.length && sameOccasion) involved.push(...sameOccasion.people);
  // A lead sentence that names no one ("kata dia dalam pertemuan di Abu Dhabi, Selasa") goes on
  // telling the story's pair: only the main pair's sentences reach here without a party.
  const leadAboutPair = index < LEAD_DATE_REACH && parties.parties.size === 0;
  const saysWho =
    involved.length > 0 || parties.parties.size > 0 || parties.refersToPair || leadAboutPair;
  // An event report says who met, and when or where: a place alone ("lawatan ke Malaysia merupakan
  // saat bersejarah") is a remark, and one person alone with neither is a passing reference.
  // A sanction, an expulsion or a statement is reported by naming who does it to whom.
  const measure =
    (trigger.value === "sanction" ||
      trigger.value === "expulsion" ||
      trigger.value === "statement") &&
    parties.parties.size >= 2;
  // Both sides named, and a venue or city, not a country ("ke Malaysia" is one side again):
  // "dalam pertemuan di Dewan Keamanan, AS ... Korut".
  const venue = somewhere !== null && (involved.length > 0 || !onlyACountry(somewhere));
  const sides = involved.length > 0 || parties.parties.size >= 2;
  const reported = date !== null || (venue && sides) || involved.length >= 2 || measure;
  if (!saysWho || !reported) return null;
  // "pada pekan depan" is known only to its month, which may be the publication's: its words still
  // say it lies ahead.
  const ahead = dated !== undefined && FORWARD.test(dated.raw);
  const future =
    ahead ||
    (date && context.publishedAt?.day ? compareDates(date, context.publishedAt) > 0 : false);
  const planned = plannedInClause(text, trigger, trigger.value === "statement") || future;
  return {
    kind: "event",
    type: trigger.value,
    // A plan is dated by its own words only: the lead's day is when it was told.
    date: planned ? (dated ? plannedDate(dated, context.publishedAt) : null) : date,
    ...(until ? { until } : {}),
    planned,
    place,
    people: involved,
    sentence: text,
  };
}
