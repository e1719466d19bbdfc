import type { CountryCode } from "./countries.js";
import { parseCountryQuery } from "./query.js";
import { escapeRegExp } from "./text.js";
import type { ArticleAnalysis } from "./types.js";

/**
 * What a chat can follow: a country, a pair of countries, or a keyword in quotes. Pure rules: the
 * words a user typed in, a target out; an article's analysis in, the targets it matches out.
 */

export type SubscriptionKind = "country" | "pair" | "keyword";

export interface SubscriptionTarget {
  kind: SubscriptionKind;
  /** "MY"; "MY-RU" (codes sorted, so either order is the same pair); a lower-cased keyword. */
  key: string;
}

export type TargetProblem =
  | { problem: "empty" }
  | { problem: "too-many-countries"; countries: CountryCode[] }
  | { problem: "unknown-words"; words: string[] }
  | { problem: "keyword-length" };

export const KEYWORD_MIN_LENGTH = 3;
export const KEYWORD_MAX_LENGTH = 60;

// Straight, curly and guillemet quotes, as phones type them.
const QUOTED = /^["“”„«'‘’](.*)["“”»'‘’]$/su;

export function pairKey(a: CountryCode, b: CountryCode): string {
  return [a, b].sort().join("-");
}

/** The countries of a pair key, Indonesia first when it is one of them (the readers' own). */
export function pairOfKey(key: string): [CountryCode, CountryCode] {
  const [a = "", b = ""] = key.split("-");
  return b === "ID" ? [b, a] : [a, b];
}

/** Lower case, markup and repeated spaces gone: the form keywords are stored and compared in. */
export function normaliseKeyword(text: string): string {
  return text
    .replace(/<[^>]*>?/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function parseSubscriptionTarget(input: string): SubscriptionTarget | TargetProblem {
  const text = input.trim();
  if (!text) return { problem: "empty" };
  const quoted = QUOTED.exec(text);
  if (quoted) {
    const keyword = normaliseKeyword(quoted[1] ?? "");
    if (keyword.length < KEYWORD_MIN_LENGTH || keyword.length > KEYWORD_MAX_LENGTH)
      return { problem: "keyword-length" };
    return { kind: "keyword", key: keyword };
  }
  const query = parseCountryQuery(text);
  // "Malaysia Narnia" is not Malaysia: say which words were not understood.
  if (query.unknown.length) return { problem: "unknown-words", words: query.unknown };
  const [first, second] = query.countries;
  if (query.countries.length > 2)
    return { problem: "too-many-countries", countries: query.countries };
  if (first && second) return { kind: "pair", key: pairKey(first, second) };
  if (first) return { kind: "country", key: first };
  return { problem: "empty" };
}

export function isTargetProblem(value: SubscriptionTarget | TargetProblem): value is TargetProblem {
  return "problem" in value;
}

/**
 * The country and pair targets an article matches: the pairs it ties, their countries, and the
 * countries its headline names. A country merely mentioned in passing matches nothing.
 */
export function articleTargets(analysis: ArticleAnalysis): SubscriptionTarget[] {
  const countries = new Set<CountryCode>();
  const targets: SubscriptionTarget[] = [];
  for (const tie of analysis.ties) {
    targets.push({ kind: "pair", key: pairKey(tie.pair[0], tie.pair[1]) });
    countries.add(tie.pair[0]);
    countries.add(tie.pair[1]);
  }
  for (const country of analysis.countries) if (country.inTitle) countries.add(country.code);
  for (const code of countries) targets.push({ kind: "country", key: code });
  return targets;
}

/**
 * Whether the text says the keyword as whole words, allowing Indonesian clitics: "nikel" matches
 * "Nikel" and "nikelnya", not "nikelin".
 */
export function mentionsKeyword(text: string, keyword: string): boolean {
  const pattern = keyword.split(" ").map(escapeRegExp).join("\\s+");
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${pattern}(?:nya|lah|kah|pun)?(?![\\p{L}\\p{N}])`,
    "iu",
  ).test(text);
}
