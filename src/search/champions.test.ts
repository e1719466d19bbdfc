import { describe, expect, it } from "vitest";
import { ChampionLists } from "./champions.js";
import type { Field } from "./term-weights.js";

/** A document's term weights in its text (and, given, in its countries). */
function weights(text: Record<string, number>, countries: Record<string, number> = {}) {
  return new Map<Field, Map<string, number>>([
    ["text", new Map(Object.entries(text))],
    ["countries", new Map(Object.entries(countries))],
  ]);
}

const nothingEarlier = () => [];
const idf = (documents: number, frequency: number) =>
  Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));

describe("champion lists", () => {
  it("keeps no list for a term below the threshold: scoring all its articles is cheap", () => {
    const lists = new ChampionLists({ threshold: 3, size: 2 });
    lists.observe(1, weights({ nikel: 1 }), nothingEarlier);
    lists.observe(2, weights({ nikel: 1 }), nothingEarlier);
    expect(lists.has("nikel")).toBe(false);
  });

  it("starts a list from the articles indexed before, and keeps the heaviest", () => {
    const lists = new ChampionLists({ threshold: 3, size: 2 });
    const earlier = (): [number, number][] => [
      [1, 0.5],
      [2, 2],
    ];
    lists.observe(1, weights({ dagang: 0.5 }), nothingEarlier);
    lists.observe(2, weights({ dagang: 2 }), nothingEarlier);
    lists.observe(3, weights({ dagang: 1 }), earlier);
    lists.observe(4, weights({ dagang: 0.1 }), nothingEarlier);
    expect(lists.has("dagang")).toBe(true);
    expect([...lists.union(["dagang"])].sort()).toEqual([2, 3]);
  });

  it("bounds what an article outside every list can score by the lists' lightest champions", () => {
    const lists = new ChampionLists({ threshold: 2, size: 1 });
    const earlier = (): [number, number][] => [[1, 3]];
    lists.observe(1, weights({ dagang: 3 }), nothingEarlier);
    lists.observe(2, weights({ dagang: 1 }), earlier);
    lists.observe(3, weights({ dagang: 2 }), nothingEarlier);
    expect(lists.bound(["dagang"], 3)).toBeCloseTo(idf(3, 3) * 3);
  });

  it("bounds each field with its own frequency: a country field's rarer word weighs apart", () => {
    const lists = new ChampionLists({ threshold: 2, size: 1 });
    lists.observe(1, weights({ indonesia: 1 }, { indonesia: 2 }), nothingEarlier);
    lists.observe(2, weights({ indonesia: 1 }, { indonesia: 2 }), () => [[1, 1]]);
    lists.observe(3, weights({ indonesia: 1 }), nothingEarlier);
    // Text: three articles, floor 1. Countries: two, its list of one (floor 2) is full.
    expect(lists.bound(["indonesia"], 3)).toBeCloseTo(idf(3, 3) * 1 + idf(3, 2) * 2);
  });

  it("bounds at zero when one term's list holds every article that has it", () => {
    const lists = new ChampionLists({ threshold: 1, size: 5 });
    lists.observe(1, weights({ dagang: 1, sawit: 1 }), nothingEarlier);
    expect(lists.bound(["dagang", "sawit"], 1)).toBe(0);
  });
});
