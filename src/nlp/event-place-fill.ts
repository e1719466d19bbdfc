import { tidyPlace } from "./dateline.js";
import { compareDates } from "./dates.js";
import { cityOf } from "./event-city.js";
import { findPlace, onlyACountry, placesIn, saidFrom } from "./event-place.js";
import { eventTriggers } from "./lexicon.js";
import type { DateMention, EventFact, Fact } from "./types.js";

/**
 * Places the event's own sentence does not give, taken from where news gives them instead:
 * a dateline left in the sentence ("JAKARTA (Pos Kota) – ..."), a mission named by its city
 * ("resepsi yang digelar KBRI Canberra"), the next sentence that retells the same day or goes on
 * with the same quote ("... di Galeri Nasional Australia, Canberra, Rabu, 11 September 2019"),
 * and a country made finer by its city named with it elsewhere ("di Kabul, Afghanistan").
 */

interface Entry {
  sentenceIndex: number;
  fact: Fact;
}

export interface PlaceSentence {
  text: string;
  dates: DateMention[];
}

// "JAKARTA (Pos Kota) –", "KUALA LUMPUR (Antara) -": a dateline the page left in the text.
const DATELINE = /^\s*(\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2})\s*\([^)]{2,30}\)\s*[-–—]/u;
// "KBRI Canberra", "(KJRI) Istanbul", "PTRI Jenewa": Indonesia's missions are named by their city.
const MISSION =
  /(?<![\p{L}])(?:KBRI|KJRI|PTRI|KDEI)\)?\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;
// "lanjutnya", "tambah dia": the speaker of the sentence before goes on.
const SAME_SPEAKER =
  /(?<![\p{L}])(?:lanjutnya|lanjut\s+(?:dia|ia|nya)|tambahnya|imbuhnya|sambungnya|pungkasnya)(?![\p{L}])/iu;
/** Sentences of the opening, whose events the dateline places when nothing nearer does. */
const DATELINE_REACH = 4;
/** Sentences after an event that may still tell where it was. */
const REACH = 3;

/**
 * The place a sentence gives itself, or by its leftover dateline or a mission's city. A statement's
 * own sentence was searched when it was read (events.ts), up to what it says; a story report told
 * by a statement is searched up to what that says (saidFrom).
 */
export function placeOfSentence(text: string, type?: EventFact["type"]): string | null {
  const dateline = DATELINE.exec(text)?.[1];
  return (
    (type === "statement"
      ? null
      : findPlace(text, 0, [], type === "report" ? saidIn(text) : text.length)) ??
    MISSION.exec(text)?.[1] ??
    (dateline ? tidyPlace(dateline) : null)
  );
}

/** Where what the sentence's first verb of saying says begins, or its end. */
function saidIn(text: string): number {
  const saying = eventTriggers.findAll(text).find((hit) => hit.value === "statement");
  return saying ? saidFrom(text, saying) : text.length;
}

/** The mention names the event's day, alone or within its span ("22 - 25 Oktober 2017"). */
function sameDay(mention: Pick<DateMention, "date" | "until">, day: EventFact["date"]): boolean {
  if (!mention.date?.day || !day?.day) return false;
  const last = mention.until?.day ? mention.until : mention.date;
  return compareDates(mention.date, day) <= 0 && compareDates(day, last) <= 0;
}

/**
 * The place the sentences right after the event give, while they tell the same day or quote; or
 * the sentence just before, when it tells the same day or the same kind of event.
 */
function placeNearby(
  at: number,
  event: EventFact,
  sentenceAt: (i: number) => PlaceSentence | undefined,
) {
  // "Rouhani akan menghadiri pertemuan tiga pihak di Ankara. Rouhani akan bertemu dengan Putin":
  // the meeting just told is the one this sentence goes on about, before any later sentence.
  const before = sentenceAt(at - 1);
  const sameKind =
    event.type !== "statement" &&
    before !== undefined &&
    eventTriggers.findAll(before.text).some((hit) => hit.value === event.type);
  const told = sameKind ? findPlace(before.text, 0) : null;
  if (told) return told;
  for (let i = at + 1; i <= at + REACH; i++) {
    const next = sentenceAt(i);
    if (!next) break;
    const days = next.dates.filter((mention) => mention.date?.day);
    const same = days.some((mention) => sameDay(mention, event.date));
    if (days.length && !same) break;
    if (same || SAME_SPEAKER.test(next.text)) {
      const place = findPlace(next.text, 0);
      if (place) return place;
    }
  }
  // "..., ujar Dadang di kompleks DPR, Senin (21/8). Dadang mengatakan, ...": the sentence just
  // before, telling the same day, may have said where.
  if (before?.dates.some((mention) => sameDay(mention, event.date)))
    return findPlace(before.text, 0);
  return null;
}

/**
 * "Pompeo akan melakukan perjalanan ke Arab Saudi. ... Pompeo akan tiba di Jeddah pada hari Rabu":
 * an event of the pair told soon after, on the same day, in a city, says where in the country.
 */
function sameDayCity(
  at: number,
  event: EventFact,
  events: { sentenceIndex: number; fact: EventFact }[],
) {
  const next = events.find(
    ({ sentenceIndex, fact }) =>
      sentenceIndex > at &&
      sentenceIndex <= at + REACH &&
      fact.place &&
      !onlyACountry(fact.place) &&
      sameDay(fact, event.date),
  );
  return next?.fact.place ?? null;
}

/**
 * "Pemerintah Bangladesh pada hari Senin menyampaikan belasungkawa ... Ucapan belasungkawa Menlu
 * disampaikan di KBRI Dhaka": an event of the same kind told soon after on the same day retells
 * it, and where it says the event was is where this one was.
 */
function retoldPlace(
  at: number,
  event: EventFact,
  events: { sentenceIndex: number; fact: EventFact }[],
  sentenceAt: (i: number) => PlaceSentence | undefined,
) {
  // A later event's own place, which the fill may not have reached yet.
  const placeOf = ({ sentenceIndex, fact }: { sentenceIndex: number; fact: EventFact }) => {
    const text = sentenceAt(sentenceIndex)?.text;
    return fact.place ?? (text ? placeOfSentence(text) : null);
  };
  for (const later of events) {
    const { sentenceIndex, fact } = later;
    if (sentenceIndex <= at || sentenceIndex > at + REACH) continue;
    if (fact.type !== event.type || !sameDay(fact, event.date)) continue;
    const place = placeOf(later);
    if (place) return place;
  }
  return null;
}

/**
 * "kunjungan ke World Trade Center (WTC)", later "di World Trade Center Baltimore": a venue the
 * story names again with more words after it (its city) is the same venue, told more fully.
 */
function withItsCity(place: string, texts: string[]): string {
  const base = place.replace(/\s*\([^)]*\)\s*$/u, "");
  if (!/\s/u.test(base) || onlyACountry(base)) return place;
  for (const text of texts)
    for (const candidate of placesIn(text))
      if (
        /^,?\s+\p{Lu}/u.test(candidate.place.slice(base.length)) &&
        candidate.place.startsWith(base)
      )
        return candidate.place;
  return place;
}

export function placeUnplacedEvents(
  facts: Entry[],
  sentenceAt: (index: number) => PlaceSentence | undefined,
  storyTexts: string[],
  dateline: string | null = null,
): void {
  const events = facts.filter(
    (entry): entry is Entry & { fact: EventFact } => entry.fact.kind === "event",
  );
  for (const { sentenceIndex, fact } of events) {
    const own = sentenceAt(sentenceIndex);
    fact.place ??=
      (own ? placeOfSentence(own.text, fact.type) : null) ??
      placeNearby(sentenceIndex, fact, sentenceAt) ??
      retoldPlace(sentenceIndex, fact, events, sentenceAt) ??
      (sentenceIndex < DATELINE_REACH ? dateline : null);
    if (fact.place) fact.place = withItsCity(fact.place, storyTexts);
    if (fact.place && onlyACountry(fact.place))
      fact.place =
        cityOf(fact.place, storyTexts) ?? sameDayCity(sentenceIndex, fact, events) ?? fact.place;
  }
}
