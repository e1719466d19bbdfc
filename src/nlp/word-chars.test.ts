import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachWord, letters, lettersAndDigits, wordHash } from "./word-chars.js";

describe("telling the characters of words", () => {
  it("agrees with its pattern on every UTF-16 code unit and every code point of plane 1", () => {
    for (const [chars, pattern] of [
      [lettersAndDigits, /^[\p{L}\p{N}]$/u],
      [letters, /^\p{L}$/u],
    ] as const) {
      for (let code = 0; code <= 0xffff; code++) {
        const c = String.fromCharCode(code);
        if (chars.width(c, 0) !== (pattern.test(c) ? 1 : 0)) expect(code).toBe(-1);
      }
      for (let point = 0x10000; point <= 0x1ffff; point++) {
        const c = String.fromCodePoint(point);
        if (chars.width(c, 0) !== (pattern.test(c) ? 2 : 0)) expect(point).toBe(-1);
      }
    }
  });

  it("reads the words /[\\p{L}\\p{N}]+/gu matches, with their hashes, on any text", () => {
    const part = fc.constantFrom("ab", "Ab", "ABC", "é", "İ", "Σ", "1", " ", ".", "-", "𝐀", "😀");
    const lone = fc.constantFrom("\uD835", "\uDC00");
    const text = fc.array(fc.oneof(part, lone), { maxLength: 16 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (sample) => {
        const read: unknown[] = [];
        forEachWord(sample, (start, end, ascii, folded, exact) => {
          const word = sample.slice(start, end);
          read.push([start, end, ascii ? [folded, exact] : null]);
          if (ascii) expect([folded, exact]).toEqual([wordHash(word, true), wordHash(word, false)]);
        });
        const expected = [...sample.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => {
          const ascii = [...m[0]].every((c) => c.charCodeAt(0) < 128);
          const hashes = ascii ? [wordHash(m[0], true), wordHash(m[0], false)] : null;
          return [m.index, m.index + m[0].length, hashes];
        });
        expect(read).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("folds ASCII letters only, as toLowerCase does in an ASCII word", () => {
    expect(wordHash("Jakarta", true)).toBe(wordHash("jakarta", false));
    expect(wordHash("Jakarta", false)).not.toBe(wordHash("jakarta", false));
    expect(wordHash("Jakartá", true)).toBeNull();
  });
});
