/**
 * Low-level text handling for page dumps: one canonical form of whitespace, lines grouped by
 * blank-line blocks, and the sentence/length helpers the parser uses.
 */

import { lettersAndDigits } from "./word-chars.js";

export interface Line {
  text: string;
  /** Lines between the same pair of blank lines share a block number. */
  block: number;
}

/** CRLF, NBSP, zero-width and other invisible characters are layout noise in page dumps. */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]/g, " ");
}

export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  for (const rawLine of text.split("\n")) {
    const t = rawLine.replace(/ {2,}/g, " ").trim();
    if (t.length === 0) {
      block++;
      continue;
    }
    lines.push({ text: t, block });
  }
  return lines;
}

/** Lowercase letters and digits only: the same headline with other spacing or quotes matches. */
export function lineKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Whether `lineKey(s) === key`, read without building the key: the parser compares every line of
 * a body with its headline's key, and most lines differ from it within their first letters.
 */
export function hasLineKey(s: string, key: string): boolean {
  const lower = s.toLowerCase();
  let matched = 0;
  for (let i = 0; i < lower.length; ) {
    const width = lettersAndDigits.width(lower, i);
    if (width === 0) {
      i++;
      continue;
    }
    // A letter outside the BMP is two code units, compared one by one.
    for (let unit = 0; unit < width; unit++, i++, matched++)
      if (lower.charCodeAt(i) !== key.charCodeAt(matched)) return false;
  }
  return matched === key.length;
}

export const endsSentence = (s: string) => /[.!?…]["”’')\]]*$/u.test(s);

/** What `\s` matches (ECMAScript white space and line terminators), by UTF-16 code unit. */
function isSpace(code: number): boolean {
  if (code <= 0xff) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The runs of non-space characters, as `s.split(/\s+/)` counts them without its empty ends.
 * Counted in place: the parser asks for every line's count several times, and splitting long
 * paragraphs into arrays of words only to count them cost several percent of the ingest.
 */
export function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Lines of kept text become paragraphs. A line that stops mid-sentence and is followed, in the
 * same block, by one starting in lower case is a wrapped line and is joined to it.
 */
export function toParagraphs(lines: Line[]): string[] {
  const paragraphs: string[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const last = paragraphs.length - 1;
    const wrapped =
      prev !== null &&
      prev.block === line.block &&
      !endsSentence(prev.text) &&
      /^\p{Ll}/u.test(line.text);
    if (wrapped && last >= 0) paragraphs[last] = `${paragraphs[last]} ${line.text}`;
    else paragraphs.push(line.text);
    prev = line;
  }
  return paragraphs;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION =
  /(?:^|\s)(?:\p{Lu}|dr|drs|dra|prof|ir|h|hj|st|no|jl|jln|kav|dll|dsb|tsb|a\.n|u\.p|mr|mrs|ms|jr|sr|lt|kol|brigjen|mayjen|letjen|jend|gen|rp|us)$/iu;

/** The first sentence of a paragraph (the whole paragraph when it is one sentence). */
export function firstSentence(paragraph: string): string {
  const re = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  for (const m of paragraph.matchAll(re)) {
    const before = paragraph.slice(0, m.index);
    if (ABBREVIATION.test(before)) continue;
    return paragraph.slice(0, m.index + m[0].length);
  }
  return paragraph;
}

/** At most `max` characters, cut at a word boundary with "…"; a final period is dropped. */
export function shorten(s: string, max: number): string {
  const text = s.trim().replace(/\.$/, "");
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:–—-]+$/u, "")}…`;
}
