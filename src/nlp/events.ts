import { compareDates } from "./dates.js";
import { anaphoraWords, eventTriggers, plannedWords } from "./lexicon.js";
import type { SentenceParties } from "./sentence-parties.js";
import type { DateMention, EventFact, PartialDate, PersonRef } from "./types.js";

/**
 * Meetings, visits, calls and signings: a trigger word, and who, where and when. A trigger that
 * refers back ("pertemuan tersebut") repeats an event already told, so it is not a new one.
 */

export interface EventContext {
  /** Date mentions of this sentence, resolved against the publication date. */
  dates: DateMention[];
  /** The date the lead gives ("pada Rabu (7/4/2021)"): events told early in the story happened then. */
  leadDate: DateMention | null;
  publishedAt: PartialDate | null;
  /** The article's dateline place ("Bogor" in "Bogor, Kompas.com -"), if any. */
  dateline?: string | null;
  /**
   * The story's occasion, the first event it reports: "pertemuan tersebut" later in a story refers
   * to it, and shares its date, place and people.
   */
  occasion: EventFact | null;
}

/** Sentences this early in the story share the lead's date when they give none of their own. */
const LEAD_DATE_REACH = 4;

const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’-]*`;
const PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:di|ke|in|to)\s+(${PLACE_WORD}(?:\s+${PLACE_WORD}){0,3}(?:,\s*${PLACE_WORD}(?:\s+${PLACE_WORD})?)?)`,
  "gu",
);
// Capitalised words that follow "di"/"ke" without being a place.
const NOT_A_PLACE =
  /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|Presiden|Perdana|Menteri|Duta|Raja|Ratu|Kanselir|Sekretaris|Wakil|Kedutaan|Istana|The)\b/u;
const WEEKDAY_OR_MONTH_TAIL =
  /,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b.*$/u;

function findPlace(text: string, after: number): string | null {
  const candidates = [...text.matchAll(PLACE)]
    .map((match) => ({ at: match.index, place: match[1]!.replace(WEEKDAY_OR_MONTH_TAIL, "") }))
    .filter((candidate) => !NOT_A_PLACE.test(candidate.place));
  const following = candidates.find((candidate) => candidate.at >= after);
  return (following ?? candidates.at(-1))?.place ?? null;
}

function eventDate(
  context: EventContext,
  sentenceIndex: number,
): Pick<EventFact, "date" | "until"> {
  const own = context.dates.find((mention) => mention.date && mention.kind !== "year");
  const chosen = own ?? (sentenceIndex < LEAD_DATE_REACH ? context.leadDate : null);
  if (!chosen?.date) return { date: null };
  return chosen.until ? { date: chosen.date, until: chosen.until } : { date: chosen.date };
}

function people(parties: SentenceParties): PersonRef[] {
  const seen = new Map<string, PersonRef>();
  for (const { person } of parties.people) seen.set(person.name, { ...person });
  return [...seen.values()];
}

function refersBack(text: string, end: number): boolean {
  const nextWord = /^\s*([\p{L}]+)/u.exec(text.slice(end))?.[1]?.toLowerCase() ?? "";
  return anaphoraWords.has(nextWord);
}

export function extractEvent(parties: SentenceParties, context: EventContext): EventFact | null {
  const { text, index } = parties.sentence;
  const triggers = eventTriggers.findAll(text);
  // A meeting or a sanction says more than the statement made about it: the first non-statement
  // trigger names the event; a statement counts only with a date of its own.
  const usable = triggers.filter((match) => !refersBack(text, match.end));
  const ownDate = context.dates.some((mention) => mention.date && mention.kind !== "year");
  // The lead is the news: a dated first paragraph about the parties reports what they said or did
  // that day, whatever its verb ("Presiden X, Senin (16/9), meminta ...").
  const leadReport =
    parties.sentence.paragraph === 0 && ownDate && parties.people.length > 0
      ? { value: "statement" as const, start: 0, end: 0, surface: "" }
      : undefined;
  const trigger = usable.find((match) => match.value !== "statement") ?? usable[0] ?? leadReport;
  if (!trigger) return null;
  if (trigger.value === "statement" && !ownDate) return null;
  // "Usai pertemuan tersebut, kedua kepala negara menyaksikan penandatanganan ...": same occasion.
  const sameOccasion = triggers.some((match) => refersBack(text, match.end))
    ? context.occasion
    : null;
  const own = eventDate(context, index);
  const involved = people(parties);
  // The dateline names where the story was reported, most often where its opening events happened.
  const datelinePlace = index < LEAD_DATE_REACH ? context.dateline : null;
  const place = findPlace(text, trigger.end) ?? sameOccasion?.place ?? datelinePlace ?? null;
  const { date, until } =
    own.date || !sameOccasion ? own : { date: sameOccasion.date, until: sameOccasion.until };
  if (!involved.length && sameOccasion) involved.push(...sameOccasion.people);
  const saysWho = involved.length > 0 || parties.parties.size > 0 || parties.refersToPair;
  // An event report says who met, and when or where: a place alone ("lawatan ke Malaysia merupakan
  // saat bersejarah") is a remark, and one person alone with neither is a passing reference.
  // A sanction or an expulsion is reported by naming who does it to whom.
  const measure =
    (trigger.value === "sanction" || trigger.value === "expulsion") && parties.parties.size >= 2;
  const reported =
    date !== null || (place !== null && involved.length > 0) || involved.length >= 2 || measure;
  if (!saysWho || !reported) return null;
  const future =
    date && context.publishedAt?.day ? compareDates(date, context.publishedAt) > 0 : false;
  const planned = plannedWords.findAll(text).length > 0 || future;
  return {
    kind: "event",
    type: trigger.value,
    date,
    ...(until ? { until } : {}),
    planned,
    place,
    people: involved,
    sentence: text,
  };
}
