import figureData from "../../data/figures.json" with { type: "json" };

/**
 * Amounts written in words: "tiga miliar", "dua puluh lima juta", "seratus lima puluh juta",
 * "satu setengah miliar", "two hundred and fifty million". Only the number: the scale word and
 * the currency are read by money.ts, which takes words for a number only before a scale word.
 */

const VALUES: Record<string, number> = figureData.numberWords;
const JOINERS: Record<string, { times?: number; plus?: number }> = figureData.numberJoiners;

const alternation = (words: string[]) => words.sort((a, b) => b.length - a.length).join("|");

/** A number in words: it starts with a value ("dua", "twenty"), then values and joiners. */
export const NUMBER_WORDS_PATTERN = String.raw`(?:${alternation(Object.keys(VALUES))})(?:[\s-]+(?:${alternation([...Object.keys(VALUES), ...Object.keys(JOINERS)])}))*`;

/**
 * Left to right: a joiner works on the value just before it ("seratus lima puluh" is 100 + 5 ×
 * 10): "puluh", "ratus", "hundred" multiply it, "belas" adds ten to it. Null for an unknown word.
 */
export function parseNumberWords(text: string): number | null {
  let total = 0;
  let last = 0;
  for (const word of text.toLowerCase().split(/[\s-]+/)) {
    const value = VALUES[word];
    const joiner = JOINERS[word];
    if (value !== undefined) {
      total += last;
      last = value;
    } else if (joiner?.times) {
      total += (last || 1) * joiner.times;
      last = 0;
    } else if (joiner?.plus !== undefined) {
      total += last + joiner.plus;
      last = 0;
    } else return null;
  }
  return total + last;
}
