import { analyzeArticle } from "./analyze.js";
import type { EventFact, ParsedArticle } from "./types.js";

/** For tests: an article of this body (a title derived from it when none is given). */
export function articleOf(
  body: string,
  { title = "", publishedAt = { year: 2024, month: 3, day: 8 } }: ArticleOptions = {},
): ParsedArticle {
  return {
    title: title || body.slice(0, 60),
    titleDerived: !title,
    publisher: null,
    publishedAt,
    authors: [],
    editors: [],
    dateline: null,
    body,
    url: null,
  };
}

interface ArticleOptions {
  title?: string;
  publishedAt?: ParsedArticle["publishedAt"];
}

/** For tests: the pairs the analyser ties in an article of this body ("ID-MY"). */
export const pairsIn = (body: string, title?: string): string[] =>
  analyzeArticle(articleOf(body, { title })).ties.map((tie) => tie.pair.join("-"));

/** For tests: the events the analyser finds in a body of text published on the given day. */
export function eventsIn(
  body: string,
  publishedAt: ParsedArticle["publishedAt"] = { year: 2024, month: 9, day: 12 },
): EventFact[] {
  const article = { ...articleOf(body, { publishedAt }), title: "x" };
  return analyzeArticle(article).ties.flatMap((tie) =>
    tie.facts.map((entry) => entry.fact).filter((fact): fact is EventFact => fact.kind === "event"),
  );
}
