import capitalData from "../../data/capitals.json" with { type: "json" };
import { findCountryMentions } from "./countries.js";
import { escapeRegExp } from "./text.js";

/**
 * The city of an event placed only in a country, from the story around it (event-place-fill.ts):
 * the country's capital, or a city named with the country ("di Kabul, Afghanistan").
 */

const capitals = (capitalData as { capitals: Record<string, string[]> }).capitals;

type CityFinder = (text: string) => string | null;

/**
 * The finders of each country's cities, by the country as the place names it: compiling their
 * patterns for every event placed only in a country was a visible cost of ingest. Such a place is
 * a country's name, so they are few; the cap only keeps odd spellings from piling up.
 */
const cityFinders = new Map<string, CityFinder | null>();
const CITY_FINDERS_KEPT = 512;

/** What finds a city of the country in a text: its capital, or a city named with it; null for no country. */
function cityFinder(country: string): CityFinder | null {
  const known = cityFinders.get(country);
  if (known !== undefined) return known;
  const code = findCountryMentions(country)[0]?.code;
  let finder: CityFinder | null = null;
  if (code) {
    const capitalsAt = (capitals[code] ?? []).map(
      (capital) =>
        [
          capital,
          new RegExp(`(?<![\\p{L}])(?:di|ke|kota)\\s+${escapeRegExp(capital)}(?![\\p{L}])`, "u"),
        ] as const,
    );
    const cityAt = new RegExp(
      String.raw`(?<![\p{L}])(?:di|ke)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?),\s*${escapeRegExp(country)}(?![\p{L}])`,
      "u",
    );
    // Each pattern holds its name as written: a text without the name is passed over unread,
    // as most of a story's sentences are.
    finder = (text) =>
      capitalsAt.find(([capital, at]) => text.includes(capital) && at.test(text))?.[0] ??
      (text.includes(country) ? cityAt.exec(text)?.[1] : undefined) ??
      null;
  }
  if (cityFinders.size >= CITY_FINDERS_KEPT) cityFinders.clear();
  cityFinders.set(country, finder);
  return finder;
}

/** A city of the country, named with it ("Kabul, Afghanistan") or as its capital, in the story. */
export function cityOf(country: string, texts: string[]): string | null {
  const finder = cityFinder(country);
  if (!finder) return null;
  for (const text of texts) {
    const city = finder(text);
    if (city) return city;
  }
  return null;
}
