/**
 * The date expressions the finder knows, each a pattern plus a resolver. A resolver returns
 * null to reject a match outright (then a shorter pattern may claim the text) or a mention
 * with `date: null` when the expression is a date but cannot be resolved.
 */

import {
  type Resolved,
  resolveAbsolute,
  resolveAbsoluteOnWeekday,
  resolveDayMonth,
  resolveDayRange,
  resolveMonth,
  resolveMonthRange,
  resolveRelative,
  resolveUnitsAgo,
  resolveWeekday,
  resolveYear,
} from "./date-resolve.js";
import {
  BARE_MONTH_RE,
  CAP_WEEKDAY_RE,
  fullYear,
  MONTH_RE,
  monthNumber,
  WEEKDAY_RE,
} from "./date-words.js";
import type { PartialDate } from "./types.js";

export interface DateRule {
  re: RegExp;
  /**
   * What a text must contain for `re` to match it at all. `re` checks its lookbehind at every
   * position of the text; these plain tests skip most texts for a fraction of that (two thirds
   * of sentences have no digit, and most name no month). They never change what `re` finds.
   */
  needs: RegExp[];
  resolve(g: Record<string, string | undefined>, ctx: RuleContext): Resolved | null;
}

export interface RuleContext {
  text: string;
  start: number;
  raw: string;
  ref: PartialDate | null;
}

/** A word's edges: no letter, digit or underscore on the other side. */
export const L = "(?<![\\p{L}\\p{N}_])";
export const R = "(?![\\p{L}\\p{N}_])";
/** A year must not run on into more digits: "12950" or "2025,5" are not years. */
const YEAR_END = "(?![\\p{N}_]|[.,]\\d)";
const NUM_L = "(?<![\\p{L}\\p{N}_.,/-])";
const SEP = "\\s*(?:-|–|—|s\\.\\s?d\\.?|s/d|hingga|sampai(?:\\s+dengan)?|until|to)\\s*";
const WD_PREFIX = `(?:(?<wd>${WEEKDAY_RE})\\s*,?\\s+)?`;
const QUANTITY_BEFORE =
  /(?:\d|\b(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belas|puluh|beberapa|per|tiap|setiap|selama|berminggu-|akhir|awal|pertengahan))\s*$/i;
const WEEK_NOUN_AFTER =
  /^\s+(?:lalu|depan|ini|ke-?|pertama|kedua|ketiga|keempat|terakhir|sebelum|berikut)/i;

const FULL_MONTH = new RegExp(`^${BARE_MONTH_RE}$`, "u");
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const month = (s: string | undefined) => (s === undefined ? undefined : (monthNumber(s) ?? 0));
const rx = (source: string, flags = "giu") => new RegExp(source, flags);

// With the flags of the rules they guard: "i" and "u" fold case the same way as the rules do.
const DIGIT = /\d/;
const ANY_MONTH = new RegExp(MONTH_RE, "iu");
const ANY_WEEKDAY = new RegExp(WEEKDAY_RE, "iu");
const CAPITAL_MONTH = new RegExp(BARE_MONTH_RE, "u");
const CAPITAL_WEEKDAY = new RegExp(CAP_WEEKDAY_RE, "u");

/** The year a month is told in, from the publication's: "tahun lalu" (last year) is one back. */
const YEAR_OFFSETS: Record<string, number> = {
  lalu: -1,
  kemarin: -1,
  silam: -1,
  ini: 0,
  depan: 1,
  mendatang: 1,
};

export const DATE_RULES: DateRule[] = [
  {
    // "1 hingga 4 Mei 2025", "13-14 September 2019", "30 April - 2 Mei 2025"
    re: rx(
      `${L}${WD_PREFIX}${NUM_L}(?<d1>\\d{1,2})(?:\\s+(?<m1>${MONTH_RE})(?:\\s+(?<y1>\\d{4}))?)?${SEP}(?<d2>\\d{1,2})\\s+(?<m2>${MONTH_RE})(?:\\s*,?\\s+(?<y2>\\d{4})${YEAR_END})?${R}`,
    ),
    needs: [DIGIT, ANY_MONTH],
    resolve: (g, c) =>
      resolveDayRange(
        {
          d1: Number(g.d1),
          m1: month(g.m1),
          y1: num(g.y1),
          d2: Number(g.d2),
          m2: month(g.m2) ?? 0,
          y2: num(g.y2),
        },
        g.wd,
        c.ref,
      ),
  },
  {
    // "Rabu, 14 Mei 2025", "14 Mei 2025", "16 Mei"
    re: rx(
      `${L}${WD_PREFIX}${NUM_L}(?<d>\\d{1,2})\\s+(?<m>${MONTH_RE})(?:\\s*,?\\s+(?<y>\\d{4})${YEAR_END})?${R}`,
    ),
    needs: [DIGIT, ANY_MONTH],
    resolve: (g, c) =>
      g.y === undefined
        ? resolveDayMonth(Number(g.d), month(g.m) ?? 0, g.wd, c.ref)
        : resolveAbsoluteOnWeekday(Number(g.y), month(g.m) ?? 0, Number(g.d), g.wd, c.ref),
  },
  {
    // "May 14, 2025"
    re: rx(
      `${L}${WD_PREFIX}(?<m>${MONTH_RE})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,\\s*(?<y>\\d{4})${YEAR_END}`,
    ),
    needs: [DIGIT, ANY_MONTH],
    resolve: (g) => resolveAbsolute(Number(g.y), month(g.m) ?? 0, Number(g.d)),
  },
  {
    // "Rabu (7/4/2021)", "Selasa (17/6)", "Rabu (9 / 8)"
    re: rx(
      `${L}(?<wd>${WEEKDAY_RE})\\s*,?\\s*\\(\\s*(?<d>\\d{1,2})\\s*/\\s*(?<m>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}|\\d{2}))?\\s*\\)`,
    ),
    needs: [DIGIT, ANY_WEEKDAY],
    resolve: (g, c) =>
      g.y === undefined
        ? resolveDayMonth(Number(g.d), Number(g.m), g.wd, c.ref)
        : resolveAbsoluteOnWeekday(fullYear(g.y), Number(g.m), Number(g.d), g.wd, c.ref),
  },
  {
    // "7/4/2021", "07-04-2021": day first, as Indonesian writes it
    re: rx(
      `(?<![\\p{L}\\p{N}_./-])(?<d>\\d{1,2})(?<s>[/-])(?<m>\\d{1,2})\\k<s>(?<y>\\d{4})(?![\\p{N}/-])`,
    ),
    needs: [DIGIT],
    resolve: (g) => resolveAbsolute(Number(g.y), Number(g.m), Number(g.d)),
  },
  {
    // "2025-05-14"
    re: rx(`(?<![\\p{L}\\p{N}_./-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\p{N}])`),
    needs: [DIGIT],
    resolve: (g) => resolveAbsolute(Number(g.y), Number(g.m), Number(g.d)),
  },
  {
    // "Januari-Maret 2022", "Mei hingga Juli"
    re: rx(
      `${L}(?<m1>${MONTH_RE})(?:\\s+(?<y1>\\d{4}))?${SEP}(?<m2>${MONTH_RE})(?:\\s+(?<y2>\\d{4})${YEAR_END})?${R}`,
    ),
    needs: [ANY_MONTH],
    resolve: (g, c) => {
      // Without a year only capitalised full names count: "mar-jan" is not a period.
      const bare = g.y2 === undefined;
      if (bare && !(FULL_MONTH.test(g.m1 ?? "") && FULL_MONTH.test(g.m2 ?? ""))) return null;
      return resolveMonthRange(month(g.m1) ?? 0, num(g.y1), month(g.m2) ?? 0, num(g.y2), c.ref);
    },
  },
  {
    // "Oktober 2025"
    re: rx(`${L}(?<m>${MONTH_RE})\\s*,?\\s+(?<y>\\d{4})${YEAR_END}`),
    needs: [DIGIT, ANY_MONTH],
    resolve: (g) => ({ kind: "month", date: resolveAbsolute(Number(g.y), month(g.m) ?? 0).date }),
  },
  {
    // "Mei tahun lalu", "Maret tahun depan", "Juni tahun ini", "Januari tahun 2018": the month of
    // the year named after it, not the bare month's nearest one.
    re: rx(
      `${L}(?<m>${BARE_MONTH_RE})\\s+tahun\\s+(?:(?<rel>lalu|kemarin|silam|ini|depan|mendatang)${R}|(?<y>\\d{4})${YEAR_END})`,
    ),
    needs: [CAPITAL_MONTH, /tahun/iu],
    resolve: (g, c) => {
      const offset = g.rel ? (YEAR_OFFSETS[g.rel.toLowerCase()] ?? 0) : 0;
      const year = g.y ? Number(g.y) : c.ref ? c.ref.year + offset : null;
      return year === null
        ? null
        : { kind: "month", date: resolveAbsolute(year, month(g.m) ?? 0).date };
    },
  },
  {
    // "pada Februari", "Oktober mendatang"
    re: rx(
      `${L}(?<m>${BARE_MONTH_RE})(?:\\s+(?<mod>lalu|kemarin|mendatang|depan|nanti|ini))?${R}`,
      "gu",
    ),
    needs: [CAPITAL_MONTH],
    resolve: (g, c) => resolveMonth(month(g.m) ?? 0, g.mod, c.ref),
  },
  {
    // "Jumat", "pada Selasa", "Senin lalu"; "Minggu" is also the noun "week"
    re: rx(`${L}(?<wd>${CAP_WEEKDAY_RE})(?:\\s+(?<mod>lalu|kemarin))?${R}`, "gu"),
    needs: [CAPITAL_WEEKDAY],
    resolve: (g, c) => {
      if (/^minggu$/i.test(g.wd ?? "")) {
        const before = c.text.slice(Math.max(0, c.start - 24), c.start);
        const after = c.text.slice(c.start + 6, c.start + 24);
        if (QUANTITY_BEFORE.test(before) || WEEK_NOUN_AFTER.test(after)) return null;
      }
      return resolveWeekday(g.wd ?? "", g.mod !== undefined, c.ref);
    },
  },
  {
    // "dua tahun lalu", "33 tahun silam", "sepekan lalu"
    re: rx(
      `${L}(?<n>\\d{1,3}|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\\s*(?<u>hari|pekan|minggu|bulan|tahun)\\s+(?:yang\\s+)?(?:lalu|silam)${R}`,
    ),
    needs: [/lalu|silam/iu],
    resolve: (g, c) => resolveUnitsAgo(g.n ?? "", g.u ?? "", c.ref),
  },
  {
    re: rx(
      `${L}(?<w>kemarin|hari\\s+ini|besok|tadi\\s+malam|(?:pekan|minggu|bulan|tahun)\\s+(?:lalu|depan|ini))${R}`,
    ),
    needs: [/kemarin|hari|besok|tadi|pekan|minggu|bulan|tahun/iu],
    // "tadi malam": news of the morning tells of the night before, yesterday's date.
    resolve: (g, c) => resolveRelative(/^tadi/iu.test(g.w ?? "") ? "kemarin" : (g.w ?? ""), c.ref),
  },
  {
    // "tahun 2024", "tahun 2012-2013"
    re: rx(`${L}tahun\\s+(?<y>\\d{4})(?:\\s*(?:-|–|—|hingga|sampai)\\s*(?<y2>\\d{4}))?${YEAR_END}`),
    needs: [DIGIT, /tahun/iu],
    resolve: (g) => resolveYear(Number(g.y), num(g.y2)),
  },
  {
    // "pada 2024": the year alone, "pada" stays outside the mention
    re: rx(`(?<=${L}pada\\s+)(?<y>\\d{4})${YEAR_END}`),
    needs: [DIGIT, /pada/iu],
    resolve: (g) => resolveYear(Number(g.y)),
  },
];
