import { type CountryCode, findCountryMentions } from "./countries.js";

/**
 * What a user asked for: "/relations Malaysia Rusia", "apa hubungan Malaysia dan Rusia?",
 * "Indonesia - Arab Saudi", "relations between Russia and China". Countries are found with the
 * same lexicon as in articles; the words left over that are not question words are names the
 * bot does not know, to be named back with suggestions.
 */

export interface CountryQuery {
  /** Countries in the order the user wrote them, without repeats. */
  countries: CountryCode[];
  /** Words that look like names but match no country ("Malaysiaa", "Narnia"). */
  unknown: string[];
}

/** Longer than any question about two countries; the rest of a pasted essay is ignored. */
export const MAX_QUERY_LENGTH = 200;

const QUESTION_WORDS = new Set(
  `apa apakah bagaimana gimana seperti hubungan hubungannya antara dengan dan atau serta vs versus lawan
  kerja sama kerjasama bilateral negara berita tentang soal mengenai info informasi tolong dong ya kabar terbaru
  terkini relasi relations relation relationship ties between and with the of what how is are about news
  please info country countries tell me show`
    .split(/\s+/)
    .filter(Boolean),
);

// Separators between the names a user lists: "A dan B", "A & B", "A-B", "A, B", "A vs B".
const SEPARATOR = /\s*(?:[,;&/|+]|\s-\s|–|—|\b(?:dan|and|vs\.?|versus|dengan|with|lawan)\b)\s*/iu;

export function parseCountryQuery(input: string): CountryQuery {
  // Markup pasted into a question is not part of any name.
  const text = input.slice(0, MAX_QUERY_LENGTH).replace(/<[^>]*>?/g, " ");
  const mentions = findCountryMentions(text);
  const countries: CountryCode[] = [];
  for (const mention of mentions)
    if (!countries.includes(mention.code)) countries.push(mention.code);

  // Blank out what was recognised, then read what is left, segment by segment.
  let rest = text;
  for (const mention of [...mentions].reverse()) {
    rest = `${rest.slice(0, mention.start)} , ${rest.slice(mention.end)}`;
  }
  const unknown = rest
    .replace(/^\s*\/\S+/, "")
    .split(SEPARATOR)
    .map((segment) =>
      (segment.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [])
        .filter((word) => !QUESTION_WORDS.has(word.toLowerCase().replace(/[.]$/, "")))
        .join(" "),
    )
    .filter((name) => name.length >= 2)
    .map((name) => name.slice(0, 40));
  return { countries, unknown: [...new Set(unknown)].slice(0, 3) };
}
