import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasLineKey, lineKey, wordCount } from "./text-lines.js";

/** The meaning wordCount keeps. */
const bySplit = (s: string) => s.split(/\s+/).filter((w) => w.length > 0).length;

describe("counting words", () => {
  it("treats exactly what \\s matches as space, every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      expect(wordCount(`a${c}b`)).toBe(bySplit(`a${c}b`));
    }
  });

  it("counts as splitting at spaces does, on any text", () => {
    const part = fc.constantFrom(
      "a",
      "kata",
      " ",
      "  ",
      "\n",
      "\t",
      "\u00a0",
      "\u3000",
      "\ufeff",
      "é",
      "😀",
      "",
    );
    const text = fc.array(part, { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (s) => wordCount(s) === bySplit(s)),
      { numRuns: 1000 },
    );
  });
});

describe("comparing a line with a key", () => {
  it("agrees with comparing the line's own key, on any text", () => {
    const part = fc.constantFrom(
      "a",
      "B",
      "kata",
      " ",
      "-",
      ".",
      "1",
      "é",
      "É",
      "İ",
      "Σ",
      "😀",
      "𝐀",
      "\ud800",
      "",
    );
    const text = fc.array(part, { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (line, other) => {
        const key = lineKey(line);
        expect(hasLineKey(line, key)).toBe(true);
        expect(hasLineKey(line, key.slice(0, -1))).toBe(key === "");
        expect(hasLineKey(line, `${key}a`)).toBe(false);
        expect(hasLineKey(line, lineKey(other))).toBe(lineKey(line) === lineKey(other));
      }),
    );
  });
});
