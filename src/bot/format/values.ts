import { countryName } from "../../nlp/countries.js";
import { MONTH_NAMES_ID } from "../../nlp/date-words.js";
import { formatDateId, fromIsoDate } from "../../nlp/dates.js";
import { type Tone, toneOf } from "../../nlp/tone.js";
import type { EventFact, Money, PartialDate, PersonRef } from "../../nlp/types.js";

/** Values shown to users, in Indonesian: money, dates, people, event types. Plain strings, not yet escaped. */

const CURRENCY_PREFIX: Record<string, string> = {
  USD: "US$",
  AUD: "A$",
  SGD: "S$",
  HKD: "HK$",
  NZD: "NZ$",
  IDR: "Rp",
  MYR: "RM",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
};

const SCALES: [number, string][] = [
  [1e12, "triliun"],
  [1e9, "miliar"],
  [1e6, "juta"],
];

const numberId = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

/** 3.2e9 USD → "US$3,2 miliar"; 53e12 IDR → "Rp53 triliun". */
export function formatMoney(money: Money): string {
  const [scale, word] = SCALES.find(([size]) => Math.abs(money.value) >= size) ?? [1, ""];
  const amount = `${numberId.format(money.value / scale)}${word ? ` ${word}` : ""}`;
  const prefix = CURRENCY_PREFIX[money.currency];
  return prefix ? `${prefix}${amount}` : `${amount} ${money.currency}`;
}

/** "14 Mei 2025", or for a range "1–4 Mei 2025", "30 April – 2 Mei 2025". */
export function formatDateRange(date: PartialDate, until?: PartialDate): string {
  if (!until) return formatDateId(date);
  if (date.year === until.year && date.month === until.month && date.day && until.day) {
    return `${date.day}–${until.day} ${MONTH_NAMES_ID[(date.month ?? 1) - 1]} ${date.year}`;
  }
  return `${formatDateId(date)} – ${formatDateId(until)}`;
}

export function formatIsoDate(iso: string | null): string | null {
  const date = iso ? fromIsoDate(iso) : null;
  return date ? formatDateId(date) : null;
}

const EVENT_TYPES: Record<EventFact["type"], string> = {
  meeting: "Pertemuan",
  visit: "Kunjungan",
  call: "Pembicaraan telepon",
  signing: "Penandatanganan",
  sanction: "Sanksi",
  expulsion: "Pengusiran",
  protest: "Protes",
  statement: "Pernyataan",
  report: "Diberitakan",
};

export function eventTypeLabel(type: EventFact["type"]): string {
  return EVENT_TYPES[type];
}

/** "Vladimir Putin (Presiden Rusia)". */
export function formatPerson(person: PersonRef): string {
  const office = [person.role, person.country ? countryName(person.country) : null]
    .filter(Boolean)
    .join(" ");
  return office ? `${person.name} (${office})` : person.name;
}

export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} dan ${items.at(-1)}`;
}

/** One word per tone, for the year-by-year trend line. */
export const TONE_WORDS: Record<Tone, string> = {
  cooperation: "kerja sama",
  conflict: "konflik",
  mixed: "campuran",
  neutral: "netral",
};

const TONE_LABELS: Record<Tone, string> = {
  cooperation: "kerja sama",
  conflict: "konflik",
  mixed: "campuran: kerja sama dan ketegangan",
  neutral: "netral",
};

export function toneLabel(cooperation: number, conflict: number): string {
  return TONE_LABELS[toneOf(cooperation, conflict)];
}
