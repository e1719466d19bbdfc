import { firstDay } from "./date-words.js";
import { processTerm, tokenize } from "./terms.js";
import type { PartialDate } from "./types.js";

/**
 * Whether two articles tell the same story: the same pair, close in time, and headline and lead
 * sharing most of their content words (stemmed, so "membeli" and "pembelian" meet). Outlets word
 * the same story differently, so the measure is the overlap of the smaller set, not Jaccard.
 */

/** Words of the headline and the start of the body: where every outlet puts the story's core. */
const LEAD_WORDS = 80;
/** Share of the smaller fingerprint that the other must hold. */
export const SAME_STORY_OVERLAP = 0.35;
/** Stories are news: versions of one story appear within days of each other. */
export const SAME_STORY_DAYS = 3;

export function storyFingerprint(title: string, body: string): Set<string> {
  const lead = tokenize(body).slice(0, LEAD_WORDS);
  const terms = [...tokenize(title), ...lead]
    .filter((word) => word.length >= 4 && !/^\d+$/.test(word))
    .map((word) => processTerm(word))
    .filter((term): term is string => term !== null && term.length >= 3);
  return new Set(terms);
}

export function fingerprintOverlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Days since the epoch, for a date known to the day only. */
function dayNumber(date: PartialDate): number | null {
  return date.day === undefined || date.month === undefined ? null : firstDay(date);
}

/** Both dated to the day and at most SAME_STORY_DAYS apart. */
export function closeInTime(a: PartialDate | null, b: PartialDate | null): boolean {
  const dayA = a ? dayNumber(a) : null;
  const dayB = b ? dayNumber(b) : null;
  return dayA !== null && dayB !== null && Math.abs(dayA - dayB) <= SAME_STORY_DAYS;
}
