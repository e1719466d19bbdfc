/**
 * Date expressions in Indonesian (and some English) news text: finding them, resolving the
 * relative ones against a reference date, and formatting/comparing partial dates.
 */
import { DATE_RULES } from "./date-rules.js";
import { ENGLISH_DATE_RULES } from "./date-rules-en.js";
import { WEEK_DATE_RULES } from "./date-rules-week.js";
import { isValidDate, MONTH_NAMES_EN, MONTH_NAMES_ID } from "./date-words.js";
import type { DateMention, PartialDate } from "./types.js";

interface Candidate {
  mention: DateMention;
  rule: number;
}

const RULES = [...DATE_RULES, ...WEEK_DATE_RULES, ...ENGLISH_DATE_RULES];
/** The tests the rules need (date-rules.ts), each once, and each rule's tests by number. */
const TESTS = [...new Set(RULES.flatMap((rule) => rule.needs))];
const RULE_TESTS = RULES.map((rule) => rule.needs.map((need) => TESTS.indexOf(need)));
/** Per text: 0 not run yet, 1 passed, 2 failed. Several rules share a test (a digit, a month). */
const outcomes = new Uint8Array(TESTS.length);

function passes(text: string, tests: number[]): boolean {
  for (const test of tests) {
    if (outcomes[test] === 0) outcomes[test] = TESTS[test]!.test(text) ? 1 : 2;
    if (outcomes[test] === 2) return false;
  }
  return true;
}

/**
 * All date expressions in text order. Where expressions overlap the one starting first wins,
 * then the longest ("Rabu, 14 Mei 2025" over "Rabu"), then the earlier rule.
 */
export function findDateMentions(text: string, reference: PartialDate | null): DateMention[] {
  const candidates: Candidate[] = [];
  outcomes.fill(0);
  RULES.forEach((rule, index) => {
    if (!passes(text, RULE_TESTS[index]!)) return;
    // The rule's own global pattern, from the start: matchAll would copy it at every call.
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const raw = m[0];
      const resolved = rule.resolve(m.groups ?? {}, { text, start, raw, ref: reference });
      if (resolved === null) continue;
      const mention: DateMention = {
        start,
        end: start + raw.length,
        raw,
        date: resolved.date,
        kind: resolved.kind,
      };
      if (resolved.until !== undefined && resolved.date !== null) mention.until = resolved.until;
      candidates.push({ mention, rule: index });
    }
  });
  candidates.sort(
    (a, b) =>
      a.mention.start - b.mention.start ||
      b.mention.end - b.mention.start - (a.mention.end - a.mention.start) ||
      a.rule - b.rule,
  );
  const chosen: DateMention[] = [];
  let lastEnd = 0;
  for (const { mention } of candidates) {
    if (mention.start < lastEnd) continue;
    chosen.push(mention);
    lastEnd = mention.end;
  }
  return chosen;
}

function format(d: PartialDate, months: readonly string[]): string {
  if (d.month === undefined) return String(d.year);
  const month = `${months[d.month - 1] ?? "?"} ${d.year}`;
  return d.day === undefined ? month : `${d.day} ${month}`;
}

/** "14 Mei 2025", "Mei 2025", "2025". */
export function formatDateId(d: PartialDate): string {
  return format(d, MONTH_NAMES_ID);
}

/** "14 May 2025", "May 2025", "2025". */
export function formatDateEn(d: PartialDate): string {
  return format(d, MONTH_NAMES_EN);
}

/** Chronological; a date known only to the month or year sorts before its days. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2025-05-14", "2025-05", "2025". */
export function toIsoDate(d: PartialDate): string {
  if (d.month === undefined) return pad(d.year, 4);
  const month = `${pad(d.year, 4)}-${pad(d.month)}`;
  return d.day === undefined ? month : `${month}-${pad(d.day)}`;
}

/** Reads "2025", "2025-05", "2025-05-14" and a timestamp's date part; null when invalid. */
export function fromIsoDate(s: string): PartialDate | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.+\-Z ]*)?)?)?\s*$/i.exec(s);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return year >= 1 ? { year } : null;
  const month = Number(m[2]);
  if (m[3] === undefined) return isValidDate(year, month) ? { year, month } : null;
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}
