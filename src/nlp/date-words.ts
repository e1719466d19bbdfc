/**
 * Calendar words (Indonesian and English) and the small calendar arithmetic the date finder
 * needs. Pure data and helpers; no Date objects leak out.
 */
import { capitalize, ENGLISH_SHORT_MONTHS } from "./text.js";
import type { PartialDate } from "./types.js";

export const MONTH_NAMES_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

export const MONTH_NAMES_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Full names only: a bare month is matched from these (short forms need a day or a year). */
const FULL_MONTHS: Record<string, number> = {};
MONTH_NAMES_ID.forEach((m, i) => {
  FULL_MONTHS[m.toLowerCase()] = i + 1;
});
MONTH_NAMES_EN.forEach((m, i) => {
  FULL_MONTHS[m.toLowerCase()] = i + 1;
});
FULL_MONTHS.pebruari = 2;
FULL_MONTHS.nopember = 11;

const SHORT_MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  peb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  nop: 11,
  des: 12,
  dec: 12,
};

const ALL_MONTHS: Record<string, number> = { ...FULL_MONTHS, ...SHORT_MONTHS };

const WEEKDAYS: Record<string, number> = {
  minggu: 0,
  ahad: 0,
  sunday: 0,
  senin: 1,
  monday: 1,
  selasa: 2,
  tuesday: 2,
  rabu: 3,
  wednesday: 3,
  kamis: 4,
  thursday: 4,
  jumat: 5,
  friday: 5,
  sabtu: 6,
  saturday: 6,
};

const byLengthDesc = (a: string, b: string) => b.length - a.length;

/** Any month name or short form ("Agu." too); used next to a day or a year. */
export const MONTH_RE = `(?:${Object.keys(ALL_MONTHS).sort(byLengthDesc).join("|")})\\.?`;

/** English months, full or short as wire copy writes them ("Sept.", "Aug."), capitalised. */
export const ENGLISH_MONTH_RE = `(?:${[...MONTH_NAMES_EN, ...ENGLISH_SHORT_MONTHS]
  .sort(byLengthDesc)
  .join("|")})\\.?`;

/**
 * Capitalised full month names for a month standing alone. English "May" is left out: it is an
 * ordinary word far more often than a month in these texts.
 */
export const BARE_MONTH_RE = `(?:${Object.keys(FULL_MONTHS)
  .filter((m) => m !== "may")
  .sort(byLengthDesc)
  .map(capitalize)
  .join("|")})`;

const weekdayAlternatives = Object.keys(WEEKDAYS)
  .map((w) => (w === "jumat" ? "jum['’]?at" : w))
  .sort(byLengthDesc);

/** Weekday in any case; used as the prefix of a full date. */
export const WEEKDAY_RE = `(?:${weekdayAlternatives.join("|")})`;

/** Capitalised weekday, for a weekday standing alone (the text capitalises them). */
export const CAP_WEEKDAY_RE = `(?:${weekdayAlternatives.map(capitalize).join("|")})`;

export function monthNumber(word: string): number | null {
  return ALL_MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** 0 = Sunday, as Date#getUTCDay. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[word.toLowerCase().replace(/['’]/g, "")] ?? null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day?: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The first day a partial date can mean, in days since the epoch ("2019-09" is 1 September). */
export function firstDay(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / 86_400_000;
}

/** Adds days to a day-precision date. */
export function addDays(d: Required<PartialDate>, days: number): Required<PartialDate> {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Adds months to a month-precision date. */
export function addMonths(year: number, month: number, months: number): PartialDate {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function hasDay(d: PartialDate | null): d is Required<PartialDate> {
  return d !== null && d.month !== undefined && d.day !== undefined;
}

/** Two-digit years are read as 20xx: these texts are about the present century. */
export function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}
