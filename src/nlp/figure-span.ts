import { findDateMentions } from "./dates.js";
import type { FigureFact } from "./types.js";

/**
 * "Total realisasi investasi sejak tahun 2014 sampai triwulan I/2019 mencapai USD7,3 miliar": an
 * amount summed since one year up to a later one is a running total, the figure of no single year.
 * Its year is null and its period is the span as written.
 */
const SINCE_UNTIL =
  /(?<![\p{L}])(?:sejak|since)\s+(?:(?:tahun|akhir|awal)\s+)?((?:19|20)\d{2})(?![\p{N}])[^.;]{0,40}?(?<![\p{L}])(?:sampai|hingga|s\.\s?d\.?|to|until)\s+[^.;]{0,25}?((?:19|20)\d{2})(?![\p{N}])/giu;

/** The span an amount is summed over, when one ends right before it; null when none does. */
export function cumulativeSpan(
  text: string,
  start: number,
): Pick<FigureFact, "year" | "period"> | null {
  let found: Pick<FigureFact, "year" | "period"> | null = null;
  for (const match of text.slice(0, start).matchAll(SINCE_UNTIL)) {
    const [from, to] = [Number(match[1]), Number(match[2])];
    // Only what lies between the span and the amount may be its verb: "... 2019 mencapai USD".
    const gap = text.slice(match.index + match[0].length, start);
    if (to > from && gap.length <= 40 && !/[,;]/u.test(gap))
      found = { year: null, period: match[0].trim() };
  }
  return found;
}

/**
 * "BPS mencatat impor dari 13 negara sepanjang Januari hingga Agustus 2019. ... Peran impor Cina
 * mencapai US$ 28,4 miliar": an undated amount right after a sentence of the same paragraph that
 * names one span of months reports that span. Only a span of months: a single date is an act's.
 */
export function periodOfSentenceBefore(
  previous: string | undefined,
  year: number | null | undefined,
): Pick<FigureFact, "year" | "period"> | null {
  if (!previous || !year) return null;
  const spans = findDateMentions(previous, { year }).filter(
    (mention) => mention.until?.month !== undefined && mention.date?.day === undefined,
  );
  const [span] = spans;
  if (spans.length !== 1 || !span?.until) return null;
  return { year: span.until.year, period: span.raw };
}
