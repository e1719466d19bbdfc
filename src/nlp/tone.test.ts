import { describe, expect, it } from "vitest";
import { toneOf } from "./tone.js";

describe("the tone of a relation", () => {
  it("is neutral without relation words", () => expect(toneOf(0, 0)).toBe("neutral"));
  it("is cooperation when cooperation clearly outweighs conflict", () =>
    expect(toneOf(6, 1)).toBe("cooperation"));
  it("is conflict when conflict clearly outweighs cooperation", () =>
    expect(toneOf(1, 4)).toBe("conflict"));
  it("is mixed when neither clearly outweighs the other", () => expect(toneOf(3, 2)).toBe("mixed"));
});
