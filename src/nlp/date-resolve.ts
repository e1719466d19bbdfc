/**
 * Turns the parts of a matched date expression into a PartialDate, using the reference date
 * (usually the publication date) for expressions that leave the year or the day unsaid.
 */
import { addDays, addMonths, hasDay, isValidDate, weekdayNumber, weekdayOf } from "./date-words.js";
import type { DateMention, PartialDate } from "./types.js";

export type Resolved = Pick<DateMention, "kind" | "date" | "until">;

const NUMBER_WORDS: Record<string, number> = {
  se: 1,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
};

const cmp = (a: PartialDate, b: PartialDate) =>
  a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);

export function resolveAbsolute(year: number, month: number, day?: number): Resolved {
  if (!isValidDate(year, month, day)) return { kind: "absolute", date: null };
  return { kind: "absolute", date: day === undefined ? { year, month } : { year, month, day } };
}

/**
 * The year comes from the reference. A weekday, when given, must agree with the date: it picks
 * the previous year for a January article about "Selasa (31/12)", and rules out typos.
 */
export function resolveDayMonth(
  day: number,
  month: number,
  weekday: string | undefined,
  ref: PartialDate | null,
): Resolved {
  if (ref === null) return { kind: "dayMonth", date: null };
  const wd = weekday === undefined ? null : weekdayNumber(weekday);
  const years = wd === null ? [ref.year] : [ref.year, ref.year - 1];
  for (const year of years) {
    if (!isValidDate(year, month, day)) continue;
    if (wd !== null && weekdayOf(year, month, day) !== wd) continue;
    return { kind: "dayMonth", date: { year, month, day } };
  }
  // "Selasa (19 / 2)" in a story of Wednesday 20 December: the latest Selasa is the 19th, so the
  // weekday and the day agree and only the month is misprinted. The writer's weekday wins.
  const named = weekday === undefined ? null : resolveWeekday(weekday, false, ref).date;
  if (hasDay(named) && named.day === day) return { kind: "dayMonth", date: named };
  return { kind: "dayMonth", date: null };
}

interface DayRange {
  d1: number;
  m1: number | undefined;
  y1: number | undefined;
  d2: number;
  m2: number;
  y2: number | undefined;
}

export function resolveDayRange(
  r: DayRange,
  weekday: string | undefined,
  ref: PartialDate | null,
): Resolved {
  const m1 = r.m1 ?? r.m2;
  let endYear = r.y2;
  if (endYear === undefined) {
    const first = resolveDayMonth(r.d1, m1, weekday, ref).date;
    if (first === null) return { kind: "dayMonth", date: null };
    endYear = m1 > r.m2 ? first.year + 1 : first.year;
  }
  const startYear = r.y1 ?? (m1 > r.m2 ? endYear - 1 : endYear);
  const kind: Resolved["kind"] = r.y2 === undefined ? "dayMonth" : "absolute";
  const start = { year: startYear, month: m1, day: r.d1 };
  const until = { year: endYear, month: r.m2, day: r.d2 };
  const valid =
    isValidDate(start.year, start.month, start.day) &&
    isValidDate(until.year, until.month, until.day) &&
    cmp(start, until) < 0;
  return valid ? { kind, date: start, until } : { kind, date: null };
}

/**
 * A month without a year is the latest such month not after the reference month ("pada
 * Februari" in a June article is this February, in a January article last year's), unless the
 * text points forward ("Oktober mendatang").
 */
export function resolveMonth(
  month: number,
  mod: string | undefined,
  ref: PartialDate | null,
): Resolved {
  const resolved: Resolved = { kind: "month", date: null };
  if (ref === null) return resolved;
  let year = ref.year;
  if (ref.month !== undefined && mod !== "ini") {
    const forward = mod === "mendatang" || mod === "depan" || mod === "nanti";
    if (forward && month < ref.month) year += 1;
    if (!forward && month > ref.month) year -= 1;
  }
  resolved.date = { year, month };
  return resolved;
}

export function resolveMonthRange(
  m1: number,
  y1: number | undefined,
  m2: number,
  y2: number | undefined,
  ref: PartialDate | null,
): Resolved {
  const end = y2 === undefined ? resolveMonth(m2, undefined, ref).date : { year: y2, month: m2 };
  if (end === null) return { kind: "month", date: null };
  const start = { year: y1 ?? (m1 > m2 ? end.year - 1 : end.year), month: m1 };
  if (cmp(start, end) >= 0) return { kind: "month", date: null };
  return { kind: "month", date: start, until: end };
}

/** The latest such weekday on or before the reference day (strictly before for "Senin lalu"). */
export function resolveWeekday(word: string, strict: boolean, ref: PartialDate | null): Resolved {
  const wd = weekdayNumber(word);
  if (wd === null || !hasDay(ref)) return { kind: "weekday", date: null };
  let back = (weekdayOf(ref.year, ref.month, ref.day) - wd + 7) % 7;
  if (strict && back === 0) back = 7;
  return { kind: "weekday", date: addDays(ref, -back) };
}

function shift(unit: string, n: number, ref: PartialDate | null): PartialDate | null {
  if (ref === null) return null;
  if (unit === "tahun") return { year: ref.year + n };
  if (ref.month === undefined) return null;
  if (unit === "bulan") return addMonths(ref.year, ref.month, n);
  if (!hasDay(ref)) return null;
  return addDays(ref, unit === "hari" ? n : 7 * n);
}

export function resolveUnitsAgo(n: string, unit: string, ref: PartialDate | null): Resolved {
  const count = /^\d+$/.test(n) ? Number(n) : (NUMBER_WORDS[n.toLowerCase()] ?? 0);
  const u = unit.toLowerCase() === "minggu" ? "pekan" : unit.toLowerCase();
  const date = count > 0 ? shift(u, -count, ref) : null;
  // "dua pekan lalu", like "pekan lalu", names a week, not a day: only its month is sure.
  return { kind: "relative", date: u === "pekan" && date !== null ? monthOf(date) : date };
}

export function resolveRelative(words: string, ref: PartialDate | null): Resolved {
  const [unit = "", dir = ""] = words.toLowerCase().split(/\s+/);
  if (unit === "kemarin") return { kind: "relative", date: shift("hari", -1, ref) };
  if (unit === "besok") return { kind: "relative", date: shift("hari", 1, ref) };
  const u = unit === "minggu" ? "pekan" : unit;
  const n = dir === "lalu" ? -1 : dir === "depan" ? 1 : 0;
  const date = shift(u, n, ref);
  // "pekan lalu" names a week, not a day: only the month it falls in is known for sure.
  if (u === "pekan" && date !== null) return { kind: "relative", date: monthOf(date) };
  return { kind: "relative", date };
}

const monthOf = (d: PartialDate): PartialDate =>
  d.month === undefined ? { year: d.year } : { year: d.year, month: d.month };

/**
 * "Jumat, 18 September 2019" in a story published Friday 20 September: the weekday and the
 * printed day disagree. The weekday, counted back from the publication day, is the writer's own
 * cue and a misprinted day is the likelier slip, so it wins when it lands within the same week;
 * otherwise the printed date stands.
 */
export function resolveAbsoluteOnWeekday(
  year: number,
  month: number,
  day: number,
  weekday: string | undefined,
  ref: PartialDate | null,
): Resolved {
  const printed = resolveAbsolute(year, month, day);
  const wd = weekday === undefined ? null : weekdayNumber(weekday);
  if (printed.date === null || wd === null || weekdayOf(year, month, day) === wd) return printed;
  const named = resolveWeekday(weekday ?? "", false, ref).date;
  if (!hasDay(named)) return printed;
  const apart = Math.abs(
    Date.UTC(named.year, named.month - 1, named.day) - Date.UTC(year, month - 1, day),
  );
  return apart < 7 * 86_400_000 ? { kind: "absolute", date: named } : printed;
}

/** Plausible years only: a "tahun 12950" is a number, not a year. */
export function resolveYear(year: number, until?: number): Resolved | null {
  const plausible = (y: number) => y >= 1800 && y <= 2200;
  if (!plausible(year)) return null;
  if (until !== undefined && plausible(until) && until > year) {
    return { kind: "year", date: { year }, until: { year: until } };
  }
  return { kind: "year", date: { year } };
}
