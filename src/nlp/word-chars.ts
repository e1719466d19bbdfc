/**
 * The characters of words, told apart by character code without building a string or a match
 * object for every word of every sentence: letters and digits, what `[\p{L}\p{N}]` matches with
 * the "u" flag (the phrase index's words), and letters alone, what `\p{L}` matches (names).
 */

/** A class of characters: its ASCII members listed, the others asked once each. */
export class CharClass {
  private readonly ascii = new Uint8Array(128);
  /** The rest of the Basic Multilingual Plane: 0 not asked yet, 1 a member, 2 not. */
  private readonly bmp = new Uint8Array(0x10000);

  /** `single`: the class as a pattern that matches one whole character, with the "u" flag. */
  constructor(private readonly single: RegExp) {
    for (let code = 0; code < 128; code++)
      this.ascii[code] = single.test(String.fromCharCode(code)) ? 1 : 0;
  }

  /**
   * How many UTF-16 code units the member at `i` takes (2 for one outside the BMP), or 0 when
   * there is none. A surrogate that is not half of a pair read from its first half is none, as
   * the "u" flag reads it.
   */
  width(text: string, i: number): number {
    const code = text.charCodeAt(i);
    if (code < 128) return this.ascii[code]!;
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      const pair = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      return pair && this.single.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    let known = this.bmp[code]!;
    if (known === 0) {
      known = this.single.test(String.fromCharCode(code)) ? 1 : 2;
      this.bmp[code] = known;
    }
    return known === 1 ? 1 : 0;
  }
}

export const lettersAndDigits = new CharClass(/^[\p{L}\p{N}]$/u);
export const letters = new CharClass(/^\p{L}$/u);

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
    let width = lettersAndDigits.width(text, i);
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
      width = i < length ? lettersAndDigits.width(text, i) : 0;
    }
    visit(start, i, ascii, folded, exact);
  }
}

/** A number for an ASCII word, to rule it out of a set of words without making its string. */
function asciiHash(hash: number, code: number): number {
  // Thirty bits: a small integer to V8, never a boxed number made for every word.
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
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
