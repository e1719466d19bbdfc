/** Small text utilities shared by the understanding layer. */

import { letters } from "./word-chars.js";

export interface Sentence {
  /** Position of the sentence in the article, from 0. */
  index: number;
  /** Index of the paragraph it belongs to, from 0. */
  paragraph: number;
  text: string;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  "dr drs ir prof jl no hlm tbk pt cv st sdr bpk ibu h hj kh mr mrs ms jr sr vs dll dsb dkk u.s a.s gen lt col capt".split(
    " ",
  ),
);

/** English short months, written with a full stop before the day ("Sept. 6"). */
export const ENGLISH_SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
] as const;
const SHORT_MONTHS = new Set(ENGLISH_SHORT_MONTHS.map((month) => month.toLowerCase()));

const FULL_STOP = 0x2e;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The letters and full stops that end the text ("Jl.", "A.", "U.S."), as /([\p{L}.]+)$/u finds
 * them. Read backwards from the end: the pattern tries every position of the text first, and the
 * text before each full stop of a paragraph made that a visible cost of splitting sentences.
 */
export function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0) {
    if (text.charCodeAt(start - 1) === FULL_STOP) start--;
    // A letter outside the BMP is a pair of surrogates, read from its first half.
    else if (
      start >= 2 &&
      isLowSurrogate(text.charCodeAt(start - 1)) &&
      isHighSurrogate(text.charCodeAt(start - 2))
    ) {
      if (letters.width(text, start - 2) !== 2) break;
      start -= 2;
    } else if (letters.width(text, start - 1) === 1) start--;
    else break;
  }
  return text.slice(start);
}

/** Splits one paragraph into sentences at . ! ? followed by a capital, a quote or a digit. */
function splitParagraph(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /([.!?]+)(["”’')\]]*)\s+(?=["“‘(\p{Lu}\p{N}])/gu;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    const before = paragraph.slice(start, match.index);
    const lastWord = trailingWord(before).toLowerCase();
    // "Jl. Sudirman", "A. Kurmala": an abbreviation or an initial, not the end of a sentence.
    if (match[1] === "." && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    // "on Sept. 6", "Dec. 9": a short month before its day.
    if (
      match[1] === "." &&
      SHORT_MONTHS.has(lastWord) &&
      /\d/.test(paragraph.charAt(match.index + match[0].length))
    )
      continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((sentence) => /\p{L}/u.test(sentence));
}

/** Anything `\s+` would change into one space: a run of two, or a space other than " ". */
const SPACING_TO_MEND = /\s\s|[^\S ]/;

/**
 * `text.replace(/\s+/g, " ")`, without copying a paragraph that is spaced so already (most are):
 * the copy was the splitter's largest cost.
 */
export function singleSpaced(text: string): string {
  return SPACING_TO_MEND.test(text) ? text.replace(/\s+/g, " ") : text;
}

/**
 * "... di pantai., I Wayan Wasista mengatakan ...": some scraped pages (about one Kompas.com
 * article in seven in the CLICK-ID corpus) join their paragraphs with a comma after the full stop.
 * Each such join ends a sentence, or the page reads as one long sentence.
 */
const JOINED = /[.!?]["”’)]*,\s/u;
const COMMA_JOIN = /([.!?]["”’)]*),\s+(?=["“‘(\p{Lu}\p{N}])/gu;

/** The paragraphs a paragraph joined with commas after its full stops holds. */
export function unjoinParagraphs(paragraph: string): string[] {
  if (!JOINED.test(paragraph)) return [paragraph];
  const pieces: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(COMMA_JOIN)) {
    const end = match.index + match[1]!.length;
    const lastWord = trailingWord(paragraph.slice(start, match.index)).toLowerCase();
    // "U.S., China", "S.H., M.H.", "Co., Ltd": an abbreviation or an initial before the comma.
    if (ABBREVIATIONS.has(lastWord) || COMPANY_ABBREVIATIONS.has(lastWord)) continue;
    if (/^\p{L}$/u.test(lastWord) || lastWord.includes(".")) continue;
    pieces.push(paragraph.slice(start, end).trim());
    start = end + 1;
  }
  pieces.push(paragraph.slice(start).trim());
  return pieces.filter(Boolean);
}
const COMPANY_ABBREVIATIONS = new Set(["co", "inc", "ltd", "corp", "bros", "tbk"]);

export function splitSentences(body: string): Sentence[] {
  const result: Sentence[] = [];
  body
    .split(/\n\s*\n/)
    .map((paragraph) => singleSpaced(paragraph).trim())
    .filter(Boolean)
    .forEach((paragraph, paragraphIndex) => {
      // The pieces of a comma-joined paragraph end sentences; they stay in its paragraph, whose
      // sentences may refer back to each other ("Angka tersebut ...") as the page wrote them.
      for (const piece of unjoinParagraphs(paragraph))
        for (const text of splitParagraph(piece))
          result.push({ index: result.length, paragraph: paragraphIndex, text });
    });
  return result;
}

/** Damerau–Levenshtein (optimal string alignment) distance: typos swap letters too. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      const previous = rows[i - 1]!;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/** Lower-cased word tokens, for overlap measures. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Jaccard similarity of two texts' word sets: how much two sentences say the same thing. */
export function wordOverlap(a: string, b: string): number {
  const setA = new Set(words(a));
  const setB = new Set(words(b));
  if (!setA.size || !setB.size) return 0;
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared++;
  return shared / (setA.size + setB.size - shared);
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never half an emoji: a lone surrogate is invalid UTF-8 and Telegram refuses it.
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, "");
  const atSpace = cut.lastIndexOf(" ");
  return `${(atSpace > max / 2 ? cut.slice(0, atSpace) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/** Escapes a literal string for use inside a regular expression. */
/** The text with its first letter in upper case: "perdagangan" → "Perdagangan". */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The stretch of `text` between the separators (a global pattern) around position `at`: the
 * glued piece of a scraped sentence, the clause an amount stands in.
 */
export function stretchAround(
  text: string,
  at: number,
  separators: RegExp,
): { start: number; end: number } {
  let start = 0;
  for (const match of text.matchAll(separators)) {
    if (match.index >= at) return { start, end: match.index };
    start = match.index + match[0].length;
  }
  return { start, end: text.length };
}

/**
 * "Presiden AS Donald , bakal ...", "dikutip , via ,.": words lost where a scraped page had links
 * (about half the CLICK-ID articles). Written text puts no space before a comma, nor two commas
 * in a row, nor a word right after one ("sebuah,menargetkan", "portal berita,mengangkat"), so
 * each marks a sentence with holes in it. Nor does it begin a sentence in lower case: "sama-sama
 * ada di Indonesia dan di Malaysia." lost its first words.
 */
const LACUNA = /\s,|,\s*[,.]|\p{L},\p{L}|^\s*\p{Ll}/u;

export function hasLacuna(text: string): boolean {
  return LACUNA.test(text);
}
