import { describe, expect, it } from "vitest";
import { articleOf } from "../nlp/testing.js";
import type { ArticleAnalysis, EventFact } from "../nlp/types.js";
import { ArticleStore } from "./article-store.js";
import { openDatabase } from "./database.js";
import { TieStore } from "./tie-store.js";

const event = (sentence: string): EventFact => ({
  kind: "event",
  type: "meeting",
  date: null,
  planned: false,
  place: null,
  people: [],
  sentence,
});

function withEvents(label: string, sentences: number[]): ArticleAnalysis {
  return {
    countries: [],
    ties: [
      {
        pair: ["ID", "MY"],
        score: 5,
        cooperation: 1,
        conflict: 0,
        facts: sentences.map((index) => ({
          sentenceIndex: index,
          fact: event(`${label}#${index}`),
        })),
      },
    ],
  };
}

describe("a pair's recent events", () => {
  it("come from the newest articles first, a newer article before an older one of the same day, in sentence order, undated articles last", () => {
    const db = openDatabase(":memory:");
    const articles = new ArticleStore(db);
    const stored: [string, string | null, number[]][] = [
      ["old", "2024-01-05", [2, 1]],
      ["undated", null, [1]],
      ["may-first", "2024-05-01", [3]],
      ["may-second", "2024-05-01", [4, 0]],
      ["month", "2024-05", [1]],
    ];
    for (const [label, publishedAt, sentences] of stored)
      articles.insert({
        contentHash: label,
        source: null,
        raw: "",
        hints: {},
        parsed: articleOf(label, { title: label, publishedAt: null }),
        publishedAt,
        analysis: withEvents(label, sentences),
        analyzerVersion: 1,
      });
    const ties = new TieStore(db);
    expect(ties.recentEvents(["ID", "MY"]).map((fact) => fact.sentence)).toEqual([
      "may-second#0",
      "may-second#4",
      "may-first#3",
      "month#1",
      "old#1",
      "old#2",
      "undated#1",
    ]);
    expect(ties.recentEvents(["ID", "MY"], 2).map((fact) => fact.sentence)).toEqual([
      "may-second#0",
      "may-second#4",
    ]);
    expect(ties.recentEvents(["CN", "MY"])).toEqual([]);
  });
});
