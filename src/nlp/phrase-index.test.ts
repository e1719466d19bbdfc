import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseIndex } from "./phrase-index.js";
import { escapeRegExp } from "./text.js";

/** The meaning PhraseIndex keeps: one alternation, longest phrase first, scanned left to right. */
function byAlternation(phrases: string[], text: string, caseSensitive = false, notAfter = "") {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const source = sorted
    .map((p) =>
      p
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join("[\\s-]+"),
    )
    .join("|");
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}${notAfter}])`,
    caseSensitive ? "gu" : "giu",
  );
  return [...text.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    surface: m[0],
  }));
}

describe("finding many phrases as whole words", () => {
  it("prefers the longest phrase at a place, and never matches inside a word", () => {
    const index = new PhraseIndex(["sudan", "sudan selatan", "niger"]);
    expect([...index.matches("Sudan Selatan dan Sudan, bukan Nigeria.")]).toEqual([
      { start: 0, end: 13, surface: "Sudan Selatan" },
      { start: 18, end: 23, surface: "Sudan" },
    ]);
  });

  it("lets hyphens or line breaks separate a phrase's words, and keeps punctuation inside words", () => {
    const index = new PhraseIndex(["timor leste", "washington d.c.", "people's republic"]);
    const found = [...index.matches("Timor-Leste, Washington D.C. and the People's Republic")];
    expect(found.map((hit) => hit.surface)).toEqual([
      "Timor-Leste",
      "Washington D.C.",
      "People's Republic",
    ]);
  });

  it("matches case exactly when asked, and refuses a character named after the match", () => {
    const index = new PhraseIndex(["AS"], { caseSensitive: true, notAfter: "$" });
    expect([...index.matches("AS dan as, US$ 5 atau AS$")].map((hit) => hit.start)).toEqual([0]);
  });

  it("finds exactly what the one big alternation finds, on any text", () => {
    const word = fc.constantFrom("ab", "abc", "b", "cd", "Ab", "ABC", "d.e", "x'y", "é", "𝐀b");
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
    const glue = fc.constantFrom(" ", "-", ", ", "\n", "", ".", "1", "\uD835", "$");
    const text = fc
      .array(fc.tuple(word, glue), { maxLength: 12 })
      .map((parts) => parts.flat().join(""));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), text, (phrases, sample) => {
        expect([...new PhraseIndex(phrases).matches(sample)]).toEqual(
          byAlternation(phrases, sample),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("finds what the alternation finds when letter case counts, or a character may not follow", () => {
    const word = fc.constantFrom("ab", "abc", "Ab", "ABC", "b", "é");
    const phrase = fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(" "));
    const glue = fc.constantFrom(" ", "", "$", ".", "1");
    const text = fc
      .array(fc.tuple(word, glue), { maxLength: 10 })
      .map((parts) => parts.flat().join(""));
    const options = fc.record({ caseSensitive: fc.boolean(), notAfter: fc.constantFrom("", "$") });
    fc.assert(
      fc.property(
        fc.array(phrase, { minLength: 1, maxLength: 6 }),
        text,
        options,
        (phrases, sample, opts) => {
          expect(new PhraseIndex(phrases, opts).matches(sample)).toEqual(
            byAlternation(phrases, sample, opts.caseSensitive, opts.notAfter.replace("$", "\\$")),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
