import {
  type CountryCode,
  type CountryMention,
  findCountryMentions,
  isState,
} from "./countries.js";
import {
  isSymmetric,
  nonStateBefore,
  offTopicContext,
  type RelationCue,
  relationCues,
  wordsOf,
} from "./lexicon.js";
import { findMetonyms } from "./metonyms.js";
import { findPersonMentions, type Person, type PersonMention } from "./people.js";
import { escapeRegExp, type Sentence } from "./text.js";
import { actsJointly, groupParties, type PartyGroup, type PartyMention } from "./tie-groups.js";

/**
 * Who acts in a sentence: the countries it names as parties (not as venues or currencies) and the
 * countries of the people it names, plus the relation words that make it about their relation.
 */
export interface SentenceParties {
  sentence: Sentence;
  parties: Set<CountryCode>;
  /** Countries named only as a place: "di sela-sela KTT di Astana, Kazakhstan". */
  venues: Set<CountryCode>;
  people: PersonMention[];
  cues: RelationCue[];
  /**
   * Parties named only as where someone's citizens or mission are: "WNI di Amerika Serikat",
   * "kedutaan Indonesia di AS". A consular matter, not a relation between the states.
   */
  abroad: Set<CountryCode>;
  /** Countries named as the origin of people ("warga negara Indonesia"), where the text names them. */
  origins: CountryMention[];
  /** "kedua negara", "kedua belah pihak", "bilateral": the sentence speaks of the article's pair. */
  refersToPair: boolean;
  /** A sport fixture or the like: no evidence of a relation between the states. */
  offTopic: boolean;
  /** The parties as coordinated groups, in order (tie-groups.ts); absent means one group. */
  groups?: PartyGroup[];
}

// "di Hamburg, Jerman", "di KTT G20, Hamburg, Jerman", "in Astana, Kazakhstan": places named
// from the smallest to the country make the country a venue.
const VENUE_BEFORE =
  /(?:^|[\s(])(?:di|ke|dari|in|at)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*(?:\s+|,\s*)){1,8}$/u;
const PAIR_REFERENCE =
  /\b(?:kedua\s+(?:negara|belah\s+pihak|pihak|pemimpin|kepala\s+negara|menteri|pemerintah(?:an)?)|bilateral|both\s+(?:countries|sides|nations)|the\s+two\s+(?:countries|sides|nations))\b/iu;

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
  `(?:^|[^\\p{L}])(?:${ABROAD_WORDS})(?:\\s+[\\p{L}()]+){0,4}\\s+(?:di|in)\\s+(?:\\p{Lu}[\\p{L}]*\\s+){0,3}\\(?$`,
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
  `(?:^|[^\\p{L}])(?:${TRAVELLING_WORDS})(?:\\s+[\\p{L}()]+){0,5}\\s+(?:ke|to)\\s+(?:\\p{Lu}[\\p{L}]*\\s+){0,3}\\(?$`,
  "u",
);
const CONSULAR_WORD = new RegExp(`${ABROAD_WORDS}|${TRAVELLING_WORDS}`, "u");
/** "hingga situasi di Palestina normal": a country right after "di" is a place. */
const PLACE_BEFORE = /(?:^|\s)(?:di|in)\s+$/u;

/**
 * "pemberontak Houthi Yaman", "warga Malaysia", "industri otomotif Jepang": people or firms from
 * the country, not the state. Not across a preposition: in "Institut Prancis di Indonesia" the
 * institute is in Indonesia, and Indonesia is not its origin.
 */
function isOrigin(text: string, mention: CountryMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const words = before.split(/\s+/).filter(Boolean).slice(-3).join(" ");
  const found = nonStateBefore.findAll(words).at(-1);
  if (!found) return false;
  return !wordsOf(words.slice(found.end)).some((word) => ACROSS.has(word));
}

/** Where the people or firm are or go; "dari" (from) does name their origin ("pemberontak dari Bolivia"). */
const ACROSS = new Set(["di", "ke", "untuk", "dengan", "kepada", "in", "at", "to", "with"]);

/** "di Dewan Keamanan PBB, ": a council, assembly or court, then a comma, then a country. */
const BODY_BEFORE =
  /(?:^|[\s(])(?:di|dalam|in|at)\s+(?:Dewan|Majelis|Sidang|Komisi|Mahkamah|Kementerian|Markas\s+Besar|Council|Assembly|Court)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*)*,\s*$/u;

/**
 * "di Hamburg, Jerman": a country after a place and a comma is where it happened. Not after
 * another country: "bantuan dari Amerika Serikat, Australia, Jepang dan Taiwan" is a list.
 */
function isVenue(text: string, mention: CountryMention, all: CountryMention[]): boolean {
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  if (!/,\s*$/.test(before) || !VENUE_BEFORE.test(before)) return false;
  // "Dalam pertemuan di Dewan Keamanan, Chile mengecam Peru": a body is no city in the country.
  if (BODY_BEFORE.test(before)) return false;
  const comma = text.lastIndexOf(",", mention.start);
  return !all.some((other) => other.end <= comma && !text.slice(other.end, comma).trim());
}

/**
 * `year`: the publication year, for leaders named only by name ("Putin") in office that year.
 * `headline`: a title-cased headline, where "di Perbatasan, Pakistan" is no city-then-country
 * venue (every word is capitalised), so its countries are never taken for venues.
 */
export function analyseSentence(
  sentence: Sentence,
  people: Person[],
  year: number | null = null,
  headline = false,
): SentenceParties {
  const venues = new Set<CountryCode>();
  const mentions: PartyMention[] = [];
  const countries = findCountryMentions(sentence.text);
  const origins: CountryMention[] = [];
  for (const mention of countries) {
    if (!isState(mention.code)) continue;
    if (isOrigin(sentence.text, mention)) {
      origins.push(mention);
      continue;
    }
    if (!headline && isVenue(sentence.text, mention, countries)) venues.add(mention.code);
    else mentions.push(mention);
  }
  for (const metonym of findMetonyms(sentence.text, year))
    if (isState(metonym.code)) mentions.push(metonym);
  const personMentions = findPersonMentions(sentence.text, people);
  for (const mention of personMentions) {
    const code = mention.person.country;
    if (code) mentions.push({ code, start: mention.start, end: mention.end });
  }
  // Countries named only as a place, topic or yardstick ("di Afghanistan") do not act.
  const { groups, aside } = groupParties(sentence.text, mentions);
  const parties = new Set<CountryCode>(
    mentions.map((mention) => mention.code).filter((code) => !aside.has(code)),
  );
  // A country named as the venue and also acting in the sentence is a party.
  for (const code of parties) venues.delete(code);
  // Each mention of the country is where citizens or a mission are, where citizens travel, or
  // (once one is) a place again ("hingga situasi di Palestina normal").
  const consularWords = parties.size > 0 && CONSULAR_WORD.test(sentence.text);
  const abroad = new Set(
    [...parties].filter((code) => {
      if (!consularWords) return false;
      const befores = mentions
        .filter((mention) => mention.code === code)
        .map((mention) => sentence.text.slice(0, mention.start));
      const consular = (before: string) =>
        ABROAD_BEFORE.test(before) || TRAVELLING_BEFORE.test(before);
      const place = (before: string) => PLACE_BEFORE.test(before);
      return befores.some(consular) && befores.every((before) => consular(before) || place(before));
    }),
  );
  const cues = relationCues.findAll(sentence.text);
  const joint = actsJointly(
    sentence.text,
    groups,
    cues.map((cue) => ({ tone: cue.value.tone, symmetric: isSymmetric(cue.surface) })),
  );
  return {
    sentence,
    parties,
    venues,
    abroad,
    origins,
    people: personMentions,
    cues: cues.map((match) => match.value),
    refersToPair: PAIR_REFERENCE.test(sentence.text),
    offTopic: offTopicContext.findAll(sentence.text).length > 0,
    groups: joint ? groups.map((group) => ({ ...group, joint })) : groups,
  };
}
