import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze.js";
import { parseArticle } from "./article-parser.js";
import type { EventFact, FigureFact } from "./types.js";

const page = `Malaysia, Russia agree to expand trade

KUALA LUMPUR (Reuters) - Malaysian Prime Minister Anwar Ibrahim met Russian President Vladimir Putin in Moscow on Wednesday, May 14, 2025, and the two leaders agreed to strengthen cooperation in energy and food security.

Bilateral trade between the two countries reached $3.2 billion in 2024, Anwar said.

Putin welcomed Malaysia's interest in joining BRICS, according to a Kremlin statement.

Read more: Thailand and Cambodia trade accusations over border clash`;

describe("an English article", () => {
  const analysis = analyzeArticle(parseArticle(page, { date: "2025-05-15" }));
  const facts = analysis.ties[0]?.facts.map((entry) => entry.fact) ?? [];

  it("ties the countries it is about, and not those of a related-article line", () => {
    expect(analysis.ties.map((tie) => tie.pair.join("-"))).toEqual(["MY-RU"]);
  });

  it("reads the meeting, its place and its date", () => {
    const meeting = facts.find((fact): fact is EventFact => fact.kind === "event");
    expect(meeting).toMatchObject({
      type: "meeting",
      place: "Moscow",
      date: { year: 2025, month: 5, day: 14 },
    });
  });

  it("reads the trade figure and its year", () => {
    const figure = facts.find((fact): fact is FigureFact => fact.kind === "figure");
    expect(figure).toMatchObject({
      measure: "trade",
      amount: { value: 3.2e9, currency: "USD" },
      year: 2024,
    });
  });
});
