import { Stemmer } from "sastrawijs";
import stopwords from "stopwords-iso/stopwords-iso.json" with { type: "json" };

/**
 * Term processing for Indonesian news: lower-case, drop function words, stem with Sastrawi so that
 * "perdagangan", "berdagang" and "dagang" meet. English words pass through the stemmer unchanged,
 * and English stopwords are dropped too, since the news mixes both.
 */

const STOPWORDS = new Set([
  ...(stopwords as Record<string, string[]>).id!,
  ...(stopwords as Record<string, string[]>).en!,
]);
// Numbers and country codes ("RU", "ID": indexed in capitals) are kept as they are; stemming
// "2024" means nothing, and "id" or "as" in lower case are ordinary words.
const NUMBER = /^\d+$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

const stemmer = new Stemmer();
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stem(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  const result = stemmer.stem(word) || word;
  if (stems.size < STEM_CACHE_LIMIT) stems.set(word, result);
  return result;
}

/** Words of a text, split on anything that is not a letter or a digit. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a token is indexed as it is (numbers, country codes), stemmed, or left out. */
function indexing(token: string, lower: string): "as-is" | "stem" | "none" {
  if (COUNTRY_CODE.test(token) || NUMBER.test(token)) return "as-is";
  return STOPWORDS.has(lower) || lower.length < 3 ? "none" : "stem";
}

/** The index term for a token, or null to leave it out of the index. */
export function processTerm(token: string): string | null {
  const lower = token.toLowerCase();
  const how = indexing(token, lower);
  return how === "as-is" ? lower : how === "stem" ? stem(lower) : null;
}

/** The index terms of a text, in order. */
export function indexTerms(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

/** How many index terms a text has, without stemming them. */
export function countIndexTerms(text: string): number {
  let count = 0;
  for (const token of tokenize(text)) if (indexing(token, token.toLowerCase()) !== "none") count++;
  return count;
}
