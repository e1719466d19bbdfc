import { describe, expect, it } from "vitest";
import { ChampionLists } from "./champions.js";
import type { Field } from "./term-weights.js";

function text(...terms: string[]): Map<Field, Iterable<string>> {
  return new Map([["text", terms]]);
}

const nothingEarlier = () => [];

describe("champion lists", () => {
  it("keeps no list for a term below the threshold: scoring all its articles is cheap", () => {
    const lists = new ChampionLists({ threshold: 3, size: 2 });
    lists.observe(1, text("nikel"), new Map([["nikel", 1]]), nothingEarlier);
    lists.observe(2, text("nikel"), new Map([["nikel", 1]]), nothingEarlier);
    expect(lists.has("nikel")).toBe(false);
  });

  it("starts a list from the articles indexed before, and keeps the heaviest", () => {
    const lists = new ChampionLists({ threshold: 3, size: 2 });
    const earlier = new Map([
      [1, 0.5],
      [2, 2],
    ]);
    lists.observe(1, text("dagang"), new Map([["dagang", 0.5]]), () => []);
    lists.observe(2, text("dagang"), new Map([["dagang", 2]]), () => []);
    lists.observe(3, text("dagang"), new Map([["dagang", 1]]), () => earlier);
    lists.observe(4, text("dagang"), new Map([["dagang", 0.1]]), () => []);
    expect(lists.has("dagang")).toBe(true);
    expect([...lists.union(["dagang"])].sort()).toEqual([2, 3]);
  });

  it("bounds what an article outside every list can score by the lists' lightest champions", () => {
    const lists = new ChampionLists({ threshold: 2, size: 1 });
    for (const [id, weight] of [
      [1, 3],
      [2, 1],
      [3, 2],
    ] as const)
      lists.observe(id, text("dagang"), new Map([["dagang", weight]]), () => [[1, 3]]);
    const idf = Math.log(1 + (3 - 3 + 0.5) / (3 + 0.5));
    expect(lists.bound(["dagang"])).toBeCloseTo(idf * 3);
  });

  it("bounds at zero when one term's list holds every article that has it", () => {
    const lists = new ChampionLists({ threshold: 1, size: 5 });
    lists.observe(
      1,
      text("dagang", "sawit"),
      new Map([
        ["dagang", 1],
        ["sawit", 1],
      ]),
      () => [],
    );
    expect(lists.bound(["dagang", "sawit"])).toBe(0);
  });
});
