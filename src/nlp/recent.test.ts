import { describe, expect, it } from "vitest";
import { rememberRecent } from "./recent.js";

describe("remembering recent readings", () => {
  it("reads a text once while it is among the recent ones", () => {
    const read: string[] = [];
    const length = rememberRecent((text: string) => {
      read.push(text);
      return text.length;
    }, 2);
    expect([length("a"), length("bb"), length("a"), length("bb")]).toEqual([1, 2, 1, 2]);
    expect(read).toEqual(["a", "bb"]);
    length("ccc");
    length("a");
    expect(read).toEqual(["a", "bb", "ccc", "a"]);
  });
});
