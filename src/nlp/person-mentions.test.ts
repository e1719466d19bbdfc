import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Person } from "./people.js";
import { findPersonMentions, matchPersonNames, namesOfPeople } from "./person-mentions.js";
import { escapeRegExp } from "./text.js";

/** The meaning matchPersonNames keeps: one regex over every name, longest first. */
function byRegex(text: string, people: Person[]) {
  const byName = namesOfPeople(people);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  if (!names.length) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}])`,
    "gu",
  );
  return [...text.matchAll(pattern)].flatMap((match) => {
    const person = byName.get(match[0]);
    return person ? [{ person, start: match.index, end: match.index + match[0].length }] : [];
  });
}

const person = (name: string): Person => ({ name, role: null, country: null });

describe("finding an article's people in a sentence", () => {
  it("prefers the full name, and never matches inside a word", () => {
    const people = [person("Joko Widodo"), person("Xi Jinping")];
    const found = findPersonMentions("Joko Widodo dan Xi; Jokowi, Widodo-nya, Xiamen.", people);
    expect(found.map(({ start, end }) => [start, end])).toEqual([
      [0, 11],
      [16, 18],
      [28, 34],
    ]);
  });

  it("finds exactly what the one regex finds, on any text", () => {
    const word = fc.constantFrom(
      "Ab",
      "Abc",
      "b",
      "Cd",
      "al",
      "O'Neil",
      "Jae-in",
      "É",
      "M.",
      "ab",
      "𝐀b",
    );
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
    const glue = fc.constantFrom(" ", "-", ", ", "", ".", "1", "'", "é", "𝐀", "\uD835");
    const text = fc
      .array(fc.tuple(word, glue), { maxLength: 12 })
      .map((parts) => parts.flat().join(""));
    fc.assert(
      fc.property(fc.array(name, { minLength: 0, maxLength: 5 }), text, (names, sample) => {
        const people = names.map(person);
        expect(matchPersonNames(sample, people)).toEqual(byRegex(sample, people));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the regex's meaning for a name that does not begin with a letter", () => {
    const people = [person("'Ali Baba"), person("Baba")];
    expect(findPersonMentions("x 'Ali Baba dan Baba", people)).toEqual(
      byRegex("x 'Ali Baba dan Baba", people),
    );
  });
});
