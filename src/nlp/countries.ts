import countries from "i18n-iso-countries";
import aliasData from "../../data/country-aliases.json" with { type: "json" };
import { PhraseIndex } from "./phrase-index.js";
import { editDistance } from "./text.js";

/**
 * The country lexicon: standard names from i18n-iso-countries (Indonesian and English) plus the
 * aliases the news uses, from data/country-aliases.json. Finding countries in text and in user
 * queries goes through this one place, so an alias added to the data works everywhere.
 */

export type CountryCode = string;
export type Language = "id" | "en";

export interface CountryMention {
  code: CountryCode;
  start: number;
  end: number;
  surface: string;
}

interface AliasEntry {
  display?: { id?: string; en?: string };
  names?: string[];
  acronyms?: string[];
  adjectives?: string[];
}

interface AliasData {
  countries: Record<string, AliasEntry>;
  /** Phrases that contain a country's name without meaning the country ("bahasa Inggris"). */
  blockers?: string[];
  /** Dependent territories and special regions: not parties to ties between states. */
  territories?: string[];
}

const aliases = aliasData as AliasData;

/** Stands for a blocker phrase in the lexicon: matched, so that it hides the name inside it. */
const BLOCKED = "";

/** "Timor-Leste", "timor leste" and "Timor – Leste" are one name. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-–]+/g, " ");
}

interface Lexicon {
  /** name key → code, for names matched without regard to case */
  names: Map<string, CountryCode>;
  /** exact form → code, for acronyms ("AS", "RI") and adjectives ("Polish"), which are words in lower case */
  exact: Map<string, CountryCode>;
  display: Map<CountryCode, { id: string; en: string }>;
}

/**
 * The curated data decides what is matched: the package's catalogue names include forms that are
 * ordinary words in the news ("US" in "US$", "Jersey"), which the data leaves out on purpose.
 */
function buildLexicon(): Lexicon {
  const names = new Map<string, CountryCode>();
  const exact = new Map<string, CountryCode>();
  const display = new Map<CountryCode, { id: string; en: string }>();
  for (const blocker of aliases.blockers ?? []) names.set(nameKey(blocker), BLOCKED);
  for (const [code, entry] of Object.entries(aliases.countries)) {
    for (const name of entry.names ?? [])
      if (!names.has(nameKey(name))) names.set(nameKey(name), code);
    for (const word of [...(entry.acronyms ?? []), ...(entry.adjectives ?? [])])
      if (!exact.has(word)) exact.set(word, code);
  }
  for (const code of new Set([
    ...Object.keys(countries.getAlpha2Codes()),
    ...Object.keys(aliases.countries),
  ])) {
    const curated = aliases.countries[code]?.display;
    const id = curated?.id ?? countries.getName(code, "id") ?? code;
    const en = curated?.en ?? countries.getName(code, "en") ?? code;
    display.set(code, { id, en });
  }
  return { names, exact, display };
}

const lexicon = buildLexicon();

// Longest names first so "Sudan Selatan" wins over "Sudan"; letters or digits on either side
// mean the name is part of another word ("Niger" in "Nigeria").
const nameIndex = new PhraseIndex(lexicon.names.keys(), { separator: "[\\s\\-–]+" });
const exactIndex = new PhraseIndex(lexicon.exact.keys(), {
  caseSensitive: true,
  separator: "[\\s\\-–]+",
  notAfter: "$",
});

/** "dolar AS", "dollar Singapura": a currency, not the country acting; "bahasa Portugal": a language. */
const CURRENCY_BEFORE = /(?:dolar|dollar|ringgit|yuan|rupee|rupiah|won|yen|bahasa)\s+$/i;

/**
 * "China Open", "Malaysia Terbuka", "Indonesia Masters": tournaments named after their host
 * country, not the country.
 */
const TOURNAMENT_AFTER = /^[ \t]+(?:Open|Terbuka|Masters)(?![\p{L}])/u;

/** "Pesawat AS-202 Bravo": a model's code, letters then a dash and digits, is no country. */
const MODEL_CODE_AFTER = /^[-–]\d/u;

/** "Turki al-Maliki", "Turki bin Faisal": Arabic names that begin with a country's name. */
const PERSON_NAME_AFTER = /^\s+(?:al|Al|bin|binti)(?:\s|-)/u;

function lookupName(surface: string): CountryCode | undefined {
  return lexicon.names.get(nameKey(surface));
}

/** Every country named in the text, in order; overlapping matches keep the longer one. */
export function findCountryMentions(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  for (const hit of nameIndex.matches(text)) {
    const code = lookupName(hit.surface);
    if (code !== undefined) found.push({ code, ...hit });
  }
  for (const hit of exactIndex.matches(text)) {
    const code = lexicon.exact.get(hit.surface);
    if (code) found.push({ code, ...hit });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CountryMention[] = [];
  for (const mention of found) {
    const previous = kept.at(-1);
    if (previous && mention.start < previous.end) continue;
    kept.push(mention);
  }
  // Blockers have done their work (hiding the names inside them); currencies are not countries;
  // a name followed by "al-" or "bin" is a person's ("Kolonel Turki al-Maliki"), and one followed
  // by "Open" a tournament's, and one followed by a dash and digits a model's code.
  return kept.filter(
    (mention) =>
      mention.code !== BLOCKED &&
      !MODEL_CODE_AFTER.test(text.slice(mention.end, mention.end + 2)) &&
      !CURRENCY_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)) &&
      !PERSON_NAME_AFTER.test(text.slice(mention.end, mention.end + 8)) &&
      !TOURNAMENT_AFTER.test(text.slice(mention.end, mention.end + 10)),
  );
}

export function countryName(code: CountryCode, language: Language = "id"): string {
  return lexicon.display.get(code)?.[language] ?? code;
}

const territories = new Set(aliases.territories ?? []);

/** A state that can have ties, as opposed to a territory such as Guam or Hong Kong. */
export function isState(code: CountryCode): boolean {
  return !territories.has(code);
}

export function isCountryCode(code: string): boolean {
  return lexicon.display.has(code);
}

/** Every name a user might type, with its code: for suggestions. */
function allNames(): { name: string; code: CountryCode }[] {
  const result: { name: string; code: CountryCode }[] = [];
  for (const [code, names] of lexicon.display)
    result.push({ name: names.id, code }, { name: names.en, code });
  for (const [name, code] of lexicon.names) if (code !== BLOCKED) result.push({ name, code });
  return result;
}

/** The closest country names to something the lexicon does not know, best first. */
export function suggestCountries(
  unknown: string,
  limit = 3,
): { code: CountryCode; name: string }[] {
  const query = unknown.toLowerCase().slice(0, 40);
  const best = new Map<CountryCode, number>();
  for (const { name, code } of allNames()) {
    const candidate = name.toLowerCase();
    const distance =
      candidate.startsWith(query) && query.length >= 3 ? 0.5 : editDistance(query, candidate);
    const allowed = Math.max(2, Math.floor(candidate.length / 3));
    if (distance <= allowed && distance < (best.get(code) ?? Number.POSITIVE_INFINITY))
      best.set(code, distance);
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || countryName(a[0]).localeCompare(countryName(b[0])))
    .slice(0, limit)
    .map(([code]) => ({ code, name: countryName(code) }));
}
