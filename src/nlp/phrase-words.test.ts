import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseIndex } from "./phrase-index.js";
import { wordsOf } from "./phrase-words.js";

// The only indexes in this file's module graph: their first words are all the starters there are.
const folded = new PhraseIndex(["ab", "ab cd", "é x", "𝐀b"]);
const exact = new PhraseIndex(["AS", "Ab"], { caseSensitive: true });

/** What wordsOf keeps, read the slow way: every word, then the ones some index starts with. */
function byRegex(text: string) {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)]
    .map((m) => ({ at: m.index, word: m[0] }))
    .filter(
      ({ word }) => ["ab", "é", "𝐀b"].includes(word.toLowerCase()) || ["AS", "Ab"].includes(word),
    )
    .map(({ at, word }) => ({
      at,
      word,
      folded: ["ab", "é", "𝐀b"].includes(word.toLowerCase()),
      exact: ["AS", "Ab"].includes(word),
    }));
}

function read(text: string) {
  const { at, starters } = wordsOf(text);
  return starters.map((starter, i) => ({
    at: at[i],
    word: starter.text,
    folded: starter.byOwner[(folded as unknown as { id: number }).id] !== undefined,
    exact: starter.byOwner[(exact as unknown as { id: number }).id] !== undefined,
  }));
}

describe("reading the words that start phrases", () => {
  it("keeps exactly the words an index starts a phrase with, in any spelling met before", () => {
    const part = fc.constantFrom(
      "ab",
      "AB",
      "Ab",
      "aB",
      "AS",
      "as",
      "é",
      "É",
      "𝐀b",
      "cd",
      " ",
      "-",
      ".",
      "1",
    );
    const text = fc.array(part, { maxLength: 14 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (sample) => {
        expect(read(sample)).toEqual(byRegex(sample));
      }),
    );
  });

  it("reads a text again, the same, after older texts have left the cache", () => {
    const text = "AS dan ab, Ab cd é";
    const first = read(text);
    for (let i = 0; i < 600; i++) read(`ab ${i} AS`);
    expect(read(text)).toEqual(first);
    expect(first.map(({ word }) => word)).toEqual(["AS", "ab", "Ab", "é"]);
  });
});
