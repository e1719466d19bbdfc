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
/**
 * Outlets tell one story the same day or the next; days later, articles on the same topic are
 * mostly its next developments (another statement, another accusation), which share its words.
 * So each day between them asks for this much more overlap.
 */
export const OVERLAP_PER_DAY_APART = 0.05;

/** The overlap two articles this many days apart need to be one story. */
export function sameStoryOverlap(daysApart: number): number {
  return SAME_STORY_OVERLAP + OVERLAP_PER_DAY_APART * daysApart;
}

/** How a new article compares with one earlier article of a story. */
export interface StoryMatch {
  storyId: number;
  daysApart: number;
  overlap: number;
}

/**
 * The story a new article joins, if any: one it retells every version of (complete linkage),
 * the closest first. Joining on any one version chained one big story's developments together
 * (an attack, then the accusation, then the denial: each close to the last, not to the first):
 * on the tuning sets, 27 of 69 grouped pairs were wrong with it and 15 of 55 without, at the cost
 * of 2 of the 46 same-story pairs (2026-12-02).
 */
export function storyToJoin(matches: StoryMatch[]): number | null {
  const stories = new Map<number, { overlap: number; fits: boolean }>();
  for (const { storyId, daysApart, overlap } of matches) {
    const story = stories.get(storyId) ?? { overlap: Number.POSITIVE_INFINITY, fits: true };
    story.overlap = Math.min(story.overlap, overlap);
    story.fits &&= overlap >= sameStoryOverlap(daysApart);
    stories.set(storyId, story);
  }
  let best: { storyId: number; overlap: number } | null = null;
  for (const [storyId, { overlap, fits }] of stories)
    if (fits && overlap > (best?.overlap ?? 0)) best = { storyId, overlap };
  return best?.storyId ?? null;
}

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

/** Days between two dates known to the day, or null. */
export function daysApart(a: PartialDate | null, b: PartialDate | null): number | null {
  const dayA = a ? dayNumber(a) : null;
  const dayB = b ? dayNumber(b) : null;
  return dayA !== null && dayB !== null ? Math.abs(dayA - dayB) : null;
}
