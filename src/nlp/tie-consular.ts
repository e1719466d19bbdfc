import type { CountryCode } from "./countries.js";
import { escapeRegExp } from "./text.js";

/**
 * Consular matters: a country named only as where one's citizens or mission are ("WNI di Amerika
 * Serikat", "kedutaan Indonesia di AS"), or where citizens travel ("Warga Negara Indonesia yang
 * berencana melakukan kunjungan ke Palestina"), is a host, not a counterpart of the state.
 */

/** A country's missions abroad, named before the country they serve ("Kedutaan Besar Inggris"). */
export const MISSION_WORDS = [
  "kedutaan besar",
  "kedutaan",
  "kedubes",
  "konsulat jenderal",
  "konsulat",
  "embassy",
  "consulate",
];
const CITIZEN_ACRONYMS = ["WNI", "TKI", "PMI"];
const CITIZEN_WORDS = ["warga negara", "diaspora", "pekerja migran", "citizens", "nationals"];

/**
 * Phrases as a regex alternation, longest first, each word's first letter in either case: the news
 * writes "warga negara" and "Warga Negara", "kedutaan besar" and "Kedutaan Besar". The rest of
 * the pattern around it keeps its case, because it tells names (capitalised) from words.
 */
function eitherCase(phrases: string[]): string {
  const word = (w: string) =>
    /^\p{Ll}/u.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${escapeRegExp(w.slice(1))}` : w;
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(" ").map(word).join("\\s+"))
    .join("|");
}

/**
 * "warga negara Indonesia (WNI) di Amerika Serikat (", "kedutaan Indonesia di AS": citizens or a
 * mission of one country, then "di" and the country where they are.
 */
const ABROAD_WORDS = eitherCase([
  ...CITIZEN_ACRONYMS,
  ...CITIZEN_WORDS,
  "warga",
  "KBRI",
  "KJRI",
  ...MISSION_WORDS,
]);
const ABROAD_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${ABROAD_WORDS})(?:\\s+[\\p{L}()]+){0,4}\\s+(?:di|in)\\s+(?:negara\\s+)?(?:\\p{Lu}[\\p{L}]*\\s+){0,3}\\(?$`,
  "u",
);
/**
 * "seluruh Warga Negara Indonesia yang berencana melakukan kunjungan ke Palestina": citizens
 * travelling to a country, a consular matter too (a mission going there is the state's act).
 */
const TRAVELLING_WORDS = eitherCase([
  ...CITIZEN_ACRONYMS,
  ...CITIZEN_WORDS,
  "wisatawan",
  "turis",
  "jemaah",
  "tourists",
]);
const TRAVELLING_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${TRAVELLING_WORDS})(?:\\s+[\\p{L}()]+){0,5}\\s+(?:ke|to)\\s+(?:negara\\s+)?(?:\\p{Lu}[\\p{L}]*\\s+){0,3}\\(?$`,
  "u",
);
const CONSULAR_WORD = new RegExp(`${ABROAD_WORDS}|${TRAVELLING_WORDS}`, "u");
/** "hingga situasi di Palestina normal": a country right after "di" is a place. */
const PLACE_BEFORE = /(?:^|\s)(?:di|in)\s+(?:negara\s+)?$/u;

/**
 * The parties of a sentence named only as consular hosts: each mention of the country is where
 * citizens or a mission are, where citizens travel, or (once one is) a place again ("hingga
 * situasi di Palestina normal").
 */
export function consularHosts(
  text: string,
  parties: Set<CountryCode>,
  mentions: { code: CountryCode; start: number }[],
): Set<CountryCode> {
  if (parties.size === 0 || !CONSULAR_WORD.test(text)) return new Set();
  const consular = (before: string) => ABROAD_BEFORE.test(before) || TRAVELLING_BEFORE.test(before);
  return new Set(
    [...parties].filter((code) => {
      const befores = mentions
        .filter((mention) => mention.code === code)
        .map((mention) => text.slice(0, mention.start));
      return (
        befores.some(consular) &&
        befores.every((before) => consular(before) || PLACE_BEFORE.test(before))
      );
    }),
  );
}
