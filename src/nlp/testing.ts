import { analyzeArticle } from "./analyze.js";
import type { EventFact, ParsedArticle } from "./types.js";

/** For tests: the events the analyser finds in a body of text published on the given day. */
export function eventsIn(
  body: string,
  publishedAt: ParsedArticle["publishedAt"] = { year: 2024, month: 9, day: 12 },
): EventFact[] {
  const article: ParsedArticle = {
    title: "x",
    titleDerived: true,
    publisher: null,
    publishedAt,
    authors: [],
    editors: [],
    dateline: null,
    body,
    url: null,
  };
  return analyzeArticle(article).ties.flatMap((tie) =>
    tie.facts.map((entry) => entry.fact).filter((fact): fact is EventFact => fact.kind === "event"),
  );
}
