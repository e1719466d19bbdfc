import { describe, expect, it } from "vitest";
import {
  articleTargets,
  mentionsKeyword,
  pairKey,
  pairOfKey,
  parseSubscriptionTarget,
} from "./subscription-target.js";
import type { ArticleAnalysis } from "./types.js";

describe("what a chat can follow", () => {
  it("reads one country as a country and two as a pair, in either order", () => {
    expect(parseSubscriptionTarget("Malaysia")).toEqual({ kind: "country", key: "MY" });
    expect(parseSubscriptionTarget("Malaysia Rusia")).toEqual({ kind: "pair", key: "MY-RU" });
    expect(parseSubscriptionTarget("Rusia dan Malaysia")).toEqual({ kind: "pair", key: "MY-RU" });
  });

  it("reads words in quotes, straight or curly, as a keyword in lower case", () => {
    expect(parseSubscriptionTarget('"Minyak  Sawit"')).toEqual({
      kind: "keyword",
      key: "minyak sawit",
    });
    expect(parseSubscriptionTarget("“nikel”")).toEqual({ kind: "keyword", key: "nikel" });
  });

  it("names the words it does not know rather than guessing", () => {
    expect(parseSubscriptionTarget("Malaysia Narnia")).toEqual({
      problem: "unknown-words",
      words: ["Narnia"],
    });
  });

  it("refuses nothing, three countries, and keywords too short or too long", () => {
    expect(parseSubscriptionTarget("  ")).toEqual({ problem: "empty" });
    expect(parseSubscriptionTarget("Malaysia Rusia Jepang")).toMatchObject({
      problem: "too-many-countries",
    });
    expect(parseSubscriptionTarget('"ab"')).toEqual({ problem: "keyword-length" });
    expect(parseSubscriptionTarget(`"${"a".repeat(61)}"`)).toEqual({ problem: "keyword-length" });
  });

  it("keys a pair the same whichever country comes first", () => {
    expect(pairKey("RU", "MY")).toBe(pairKey("MY", "RU"));
  });
});

describe("which subscriptions an article matches", () => {
  const analysis: ArticleAnalysis = {
    countries: [
      { code: "MY", mentions: 4, inTitle: true },
      { code: "RU", mentions: 3, inTitle: false },
      { code: "JP", mentions: 1, inTitle: false },
      { code: "SG", mentions: 1, inTitle: true },
    ],
    ties: [{ pair: ["MY", "RU"], score: 6, cooperation: 2, conflict: 0, facts: [] }],
  };

  it("matches its tied pairs, their countries and the countries in its headline", () => {
    expect(articleTargets(analysis)).toEqual(
      expect.arrayContaining([
        { kind: "pair", key: "MY-RU" },
        { kind: "country", key: "MY" },
        { kind: "country", key: "RU" },
        { kind: "country", key: "SG" },
      ]),
    );
  });

  it("does not match a country mentioned only in passing", () => {
    expect(articleTargets(analysis)).not.toContainEqual({ kind: "country", key: "JP" });
  });

  it("matches a keyword as whole words, with Indonesian clitics, across line breaks", () => {
    expect(mentionsKeyword("Ekspor Nikel naik", "nikel")).toBe(true);
    expect(mentionsKeyword("harga nikelnya turun", "nikel")).toBe(true);
    expect(mentionsKeyword("pabrik nikelin", "nikel")).toBe(false);
    expect(mentionsKeyword("minyak\nsawit mentah", "minyak sawit")).toBe(true);
    expect(mentionsKeyword("harga (naik) lagi", "(naik)")).toBe(true);
  });
});

describe("how a followed pair is shown", () => {
  it("puts Indonesia first, and keeps the key's order otherwise", () => {
    expect(pairOfKey(pairKey("CN", "ID"))).toEqual(["ID", "CN"]);
    expect(pairOfKey(pairKey("RU", "MY"))).toEqual(["MY", "RU"]);
  });
});
