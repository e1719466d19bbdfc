/**
 * The English date expressions wire copy uses that Indonesian has no shape for: the month before
 * its day without a year ("Sept. 17", "on Aug. 30"), "yesterday", "last Friday", "last week",
 * "two weeks ago". Each resolves through the same calendar arithmetic as its Indonesian
 * counterpart (date-resolve.ts), so both languages date the same way.
 */

import {
  resolveDayMonth,
  resolveDayRange,
  resolveRelative,
  resolveUnitsAgo,
  resolveWeekday,
} from "./date-resolve.js";
import { type DateRule, L, R } from "./date-rules.js";
import { CAP_WEEKDAY_RE, ENGLISH_MONTH_RE, monthNumber } from "./date-words.js";

/** Indonesian words for the English ones, so that one resolver serves both. */
const RELATIVE_WORDS: Record<string, string> = {
  yesterday: "kemarin",
  "last night": "kemarin",
  today: "hari ini",
  tomorrow: "besok",
  "last week": "pekan lalu",
  "this week": "pekan ini",
  "next week": "pekan depan",
  "last month": "bulan lalu",
  "this month": "bulan ini",
  "next month": "bulan depan",
  "last year": "tahun lalu",
  "this year": "tahun ini",
  "next year": "tahun depan",
};

const UNITS: Record<string, string> = { day: "hari", week: "pekan", month: "bulan", year: "tahun" };
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const rx = (source: string, flags = "gu") => new RegExp(source, flags);
const ENGLISH_MONTH = new RegExp(ENGLISH_MONTH_RE, "u");

export const ENGLISH_DATE_RULES: DateRule[] = [
  {
    // "Sept. 17", "on Aug. 30", "Tuesday, Sept. 17", "Sept. 24-25": no year follows (a year
    // makes it "May 14, 2025", read by the shared rules).
    re: rx(
      `${L}(?:(?<wd>${CAP_WEEKDAY_RE}),?\\s+)?(?<m>${ENGLISH_MONTH_RE})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?<d2>\\d{1,2}))?(?![\\p{N}]|,?\\s*\\d{4})${R}`,
    ),
    needs: [/\d/, ENGLISH_MONTH],
    resolve: (g, c) => {
      const month = monthNumber(g.m ?? "") ?? 0;
      if (g.d2 === undefined) return resolveDayMonth(Number(g.d), month, g.wd, c.ref);
      return resolveDayRange(
        { d1: Number(g.d), m1: month, y1: undefined, d2: Number(g.d2), m2: month, y2: undefined },
        g.wd,
        c.ref,
      );
    },
  },
  {
    // "last Friday": the one before the reference day, never the day itself.
    re: rx(`${L}last\\s+(?<wd>${CAP_WEEKDAY_RE})${R}`),
    needs: [/last/u],
    resolve: (g, c) => resolveWeekday(g.wd ?? "", true, c.ref),
  },
  {
    re: rx(
      `${L}(?<w>yesterday|today|tomorrow|last\\s+night|(?:last|this|next)\\s+(?:week|month|year))${R}`,
      "giu",
    ),
    needs: [/yesterday|today|tomorrow|night|week|month|year/iu],
    resolve: (g, c) =>
      resolveRelative(RELATIVE_WORDS[(g.w ?? "").toLowerCase().replace(/\s+/g, " ")] ?? "", c.ref),
  },
  {
    // "two weeks ago", "3 days ago", "a year ago"
    re: rx(
      `${L}(?<n>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?<u>day|week|month|year)s?\\s+ago${R}`,
      "giu",
    ),
    needs: [/ago/iu],
    resolve: (g, c) => {
      const n = g.n ?? "";
      const count = /^\d+$/.test(n) ? n : String(NUMBERS[n.toLowerCase()] ?? 0);
      return resolveUnitsAgo(count, UNITS[(g.u ?? "").toLowerCase()] ?? "", c.ref);
    },
  },
];
