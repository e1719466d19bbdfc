import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  editDistance,
  hasLacuna,
  singleSpaced,
  splitSentences,
  trailingWord,
  truncateWords,
} from "./text.js";

describe("text utilities", () => {
  it("cuts long text at a word boundary with an ellipsis", () => {
    expect(truncateWords("satu dua tiga empat lima", 14)).toBe("satu dua…");
  });

  it("never cuts an emoji in half", () => {
    const cut = truncateWords(`${"a".repeat(148)}😀😀😀`, 150);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]…$/);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("splits sentences but not after an abbreviation or an initial", () => {
    const text = "Dr. Ali datang. Ia bertemu A. Kurmala di Jl. Sudirman. Selesai.";
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      "Dr. Ali datang.",
      "Ia bertemu A. Kurmala di Jl. Sudirman.",
      "Selesai.",
    ]);
  });

  it("ends a sentence at a full stop and a comma before a capital, as scraped pages join paragraphs", () => {
    const text =
      'Ia menodongkan pisau di pantai., I Wayan mengatakan hal itu., "Itu orang stres," kata dia., Warga ingin menangkapnya.';
    expect(splitSentences(text).map(({ paragraph, text }) => [paragraph, text])).toEqual([
      [0, "Ia menodongkan pisau di pantai."],
      [0, "I Wayan mengatakan hal itu."],
      [0, '"Itu orang stres," kata dia.'],
      [0, "Warga ingin menangkapnya."],
    ]);
  });

  it("sees the holes stripped links leave in a sentence, and none in written text", () => {
    expect(hasLacuna("Presiden AS Donald , bakal diberikan opsi militer.")).toBe(true);
    expect(hasLacuna("seperti dikutip , via ,.")).toBe(true);
    expect(hasLacuna("ketika sebuah,menargetkan mereka, kata Kepala Polisi.")).toBe(true);
    expect(hasLacuna("Kata Trump, Senin (16/9), AS siap, namun menunggu Riyadh.")).toBe(false);
  });

  it("sees a sentence that begins in lower case as one that lost its first words", () => {
    expect(hasLacuna("sama-sama ada di Indonesia dan di Malaysia.")).toBe(true);
    expect(hasLacuna("Rendang sama-sama ada di Indonesia dan di Malaysia.")).toBe(false);
    expect(hasLacuna("“Kami siap,” kata Menlu.")).toBe(false);
  });

  it("keeps abbreviations and initials before a comma in their sentence", () => {
    const text = "Joko, S.H., M.H., dari Samsung Co., Ltd., dan pejabat U.S., China hadir.";
    expect(splitSentences(text)).toHaveLength(1);
  });

  it("does not split an English short month from its day, but does split after a month's name", () => {
    const text = "They met on Sept. 6 in Tokyo. Talks resume on Dec. 9.";
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      "They met on Sept. 6 in Tokyo.",
      "Talks resume on Dec. 9.",
    ]);
    expect(splitSentences("The talks ended in March. 2 ships left.").length).toBe(2);
  });

  it("counts a swap of two letters as one typo", () => {
    expect(editDistance("Rusai", "Rusia")).toBe(1);
  });

  it("single-spaces text as replacing every run of spaces with one space does", () => {
    const part = fc.constantFrom("a", "kata", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "é", "");
    const text = fc.array(part, { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (s) => singleSpaced(s) === s.replace(/\s+/g, " ")),
      { numRuns: 1000 },
    );
  });
});

describe("the word that ends a text", () => {
  const byPattern = (text: string) => text.match(/([\p{L}.]+)$/u)?.[1] ?? "";

  it("is what the end-anchored pattern finds, on any text", () => {
    const part = fc.constantFrom("a", "Jl", ".", " ", "1", "é", "𝐀", "😀", "\ud835", "\udc00", "");
    const text = fc.array(part, { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => trailingWord(t) === byPattern(t)),
      { numRuns: 2000 },
    );
  });
});
