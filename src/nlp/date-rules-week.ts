/**
 * A weekday of a named week: "Selasa pekan depan", "Senin minggu lalu", "Jumat pekan ini". The
 * week fixes which such weekday is meant, so the day is known: in a story of Thursday 19 September
 * "Selasa pekan depan" is Tuesday 24 September, where "Selasa" alone would be the 17th. Indonesian
 * weeks run from Senin to Minggu.
 */
import type { Resolved } from "./date-resolve.js";
import { type DateRule, L, R } from "./date-rules.js";
import { addDays, CAP_WEEKDAY_RE, hasDay, weekdayNumber, weekdayOf } from "./date-words.js";
import type { PartialDate } from "./types.js";

const WEEK_SHIFT: Record<string, number> = {
  lalu: -1,
  kemarin: -1,
  ini: 0,
  depan: 1,
  mendatang: 1,
};

/** Monday-based position in the week: Senin 0 ... Minggu 6. */
const fromMonday = (weekday: number) => (weekday + 6) % 7;

export function resolveWeekdayOfWeek(
  word: string,
  which: string,
  ref: PartialDate | null,
): Resolved {
  const wd = weekdayNumber(word);
  const shift = WEEK_SHIFT[which.toLowerCase()];
  if (wd === null || shift === undefined || !hasDay(ref)) return { kind: "weekday", date: null };
  const monday = addDays(ref, -fromMonday(weekdayOf(ref.year, ref.month, ref.day)));
  return { kind: "weekday", date: addDays(monday, 7 * shift + fromMonday(wd)) };
}

export const WEEK_DATE_RULES: DateRule[] = [
  {
    re: new RegExp(
      `${L}(?<wd>${CAP_WEEKDAY_RE})\\s+(?:pekan|minggu)\\s+(?<which>lalu|kemarin|ini|depan|mendatang)${R}`,
      "gu",
    ),
    needs: [/pekan|minggu/iu],
    resolve: (g, c) => resolveWeekdayOfWeek(g.wd ?? "", g.which ?? "", c.ref),
  },
];
