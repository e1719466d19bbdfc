import { describe, expect, it } from "vitest";
import { lcsLength, rouge, rougeL, rougeN } from "./rouge.js";

describe("ROUGE", () => {
  it("counts shared words, shared word pairs and the longest common subsequence", () => {
    // the cat sat on the mat / the cat is on the mat: 6 tokens each.
    // Unigrams shared: the ×2, cat, on, mat = 5. Bigrams (5 each) shared: the cat, on the, the mat = 3.
    // LCS: the cat on the mat = 5.
    const scores = rouge("The cat sat on the mat.", "the cat is on the mat");
    expect(scores.r1.precision).toBeCloseTo(5 / 6);
    expect(scores.r1.recall).toBeCloseTo(5 / 6);
    expect(scores.r1.f1).toBeCloseTo(5 / 6);
    expect(scores.r2.f1).toBeCloseTo(3 / 5);
    expect(scores.rl.f1).toBeCloseTo(5 / 6);
  });

  it("divides precision by the candidate and recall by the reference", () => {
    // Candidate a b c d, reference a b.
    const r1 = rougeN("a b c d", "a b", 1);
    expect(r1.precision).toBeCloseTo(2 / 4);
    expect(r1.recall).toBeCloseTo(1);
    expect(r1.f1).toBeCloseTo(2 / 3);
    // Bigrams: candidate ab bc cd, reference ab: P = 1/3, R = 1, F = 0.5.
    const r2 = rougeN("a b c d", "a b", 2);
    expect(r2.precision).toBeCloseTo(1 / 3);
    expect(r2.recall).toBeCloseTo(1);
    expect(r2.f1).toBeCloseTo(0.5);
    expect(rougeL("a b c d", "a b").f1).toBeCloseTo(2 / 3);
  });

  it("clips a repeated word to the number of times the reference has it", () => {
    // "the" three times against once: overlap 1, P = 1/3, R = 1/2, F = 0.4.
    const r1 = rougeN("the the the", "the cat", 1);
    expect(r1.precision).toBeCloseTo(1 / 3);
    expect(r1.recall).toBeCloseTo(1 / 2);
    expect(r1.f1).toBeCloseTo(0.4);
  });

  it("lets word order matter to ROUGE-L and ROUGE-2 but not ROUGE-1", () => {
    expect(rougeN("a b c", "c b a", 1).f1).toBeCloseTo(1);
    expect(rougeN("a b c", "c b a", 2).f1).toBe(0);
    expect(lcsLength(["a", "b", "c"], ["c", "b", "a"])).toBe(1);
    expect(rougeL("a b c", "c b a").f1).toBeCloseTo(1 / 3);
    expect(lcsLength(["a", "x", "b", "y", "c"], ["a", "b", "c"])).toBe(3);
  });

  it("ignores case and punctuation but does not stem", () => {
    expect(rouge("Kota, Jakarta!", "kota jakarta").r2.f1).toBeCloseTo(1);
    expect(rougeN("dimakan", "makan", 1).f1).toBe(0);
  });

  it("scores an empty candidate or reference as zero", () => {
    expect(rouge("", "a b").r1).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(rouge("a b", "").rl.f1).toBe(0);
    expect(rougeN("a", "a", 2).f1).toBe(0);
  });
});
