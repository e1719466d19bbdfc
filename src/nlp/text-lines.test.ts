import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordCount } from "./text-lines.js";

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
