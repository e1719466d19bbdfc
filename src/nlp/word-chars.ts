/**
 * The characters of words as the phrase index reads them: letters and digits, what
 * `[\p{L}\p{N}]` matches with the "u" flag, told apart by character code without building a
 * string or a match object for every word of every sentence.
 */

const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++)
  ASCII_WORD[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0;

/** Other characters of the Basic Multilingual Plane, asked once: 0 not yet, 1 a word's, 2 not. */
const BMP_WORD = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Calls `visit` with each word of the text, a maximal run of letters and digits as
 * /[\p{L}\p{N}]+/gu matches it: where it starts and ends, whether it is all ASCII, and then
 * its hashes (wordHash) folded and as written.
 */
export function forEachWord(
  text: string,
  visit: (start: number, end: number, ascii: boolean, folded: number, exact: number) => void,
): void {
  const length = text.length;
  for (let i = 0; i < length; ) {
    let width = wordCharWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let folded = 0;
    let exact = 0;
    while (width > 0) {
      const code = text.charCodeAt(i);
      if (code >= 128) ascii = false;
      folded = asciiHash(folded, asciiLower(code));
      exact = asciiHash(exact, code);
      i += width;
      width = i < length ? wordCharWidth(text, i) : 0;
    }
    visit(start, i, ascii, folded, exact);
  }
}

/**
 * How many UTF-16 code units the letter or digit at `i` takes (2 for one outside the BMP), or 0
 * when there is none. A surrogate that is not half of a pair read from its first half is none,
 * as the "u" flag reads it.
 */
export function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code]!;
  if (code >= 0xd800 && code <= 0xdfff) {
    const next = text.charCodeAt(i + 1);
    const pair = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    return pair && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_WORD[code]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_WORD[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/** A number for an ASCII word, to rule it out of a set of words without making its string. */
function asciiHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** ASCII letters folded to lower case, as toLowerCase folds them in an ASCII word. */
function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** The hash of a whole ASCII word, folded or not; null for a word with other characters. */
export function wordHash(word: string, fold: boolean): number | null {
  let hash = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return null;
    hash = asciiHash(hash, fold ? asciiLower(code) : code);
  }
  return hash;
}
