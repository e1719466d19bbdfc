import { describe, expect, it } from "vitest";
import { isPlaceholder, withLength } from "./term-weights.js";

describe("a field's length as BM25 reads it", () => {
  it("pads the terms with placeholders up to the length, every one distinct", () => {
    const tokens = withLength(["kopi", "sawit", "kopi"], 6);
    expect(tokens.slice(0, 3)).toEqual(["kopi", "sawit", "kopi"]);
    expect(new Set(tokens).size).toBe(6);
    expect(tokens.slice(3).every(isPlaceholder)).toBe(true);
  });

  it("leaves the terms as they are when they are as many as the length", () => {
    expect(withLength(["kopi", "sawit"], 2)).toEqual(["kopi", "sawit"]);
  });

  it("never takes a word for a placeholder", () => {
    expect(isPlaceholder("kopi")).toBe(false);
  });
});
