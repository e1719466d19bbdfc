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
  roleWords,
  wordsOf,
} from "./lexicon.js";
import { findMetonyms } from "./metonyms.js";
import { findPersonMentions, type Person, type PersonMention } from "./people.js";
import type { Sentence } from "./text.js";
import { consularHosts } from "./tie-consular.js";
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
  /** Its only such words are "kedua (belah) pihak", "both sides": sides, not necessarily states. */
  refersToSides?: true;
  /** A sport fixture or the like: no evidence of a relation between the states. */
  offTopic: boolean;
  /** The parties as coordinated groups, in order (tie-groups.ts); absent means one group. */
  groups?: PartyGroup[];
}

// "di Hamburg, Jerman", "di KTT G20, Hamburg, Jerman", "in Astana, Kazakhstan": places named
// from the smallest to the country make the country a venue.
const VENUE_BEFORE =
  /(?:^|[\s(])(?:di|ke|dari|in|at|waktu)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*(?:\s+|,\s*)){1,8}$/u;
const PAIR_REFERENCE =
  /\b(?:kedua\s+(?:negara|belah\s+pihak|pihak|pemimpin|kepala\s+negara|menteri|pemerintah(?:an)?)|bilateral|both\s+(?:countries|sides|nations)|the\s+two\s+(?:countries|sides|nations))\b/iu;
/** "kedua pihak", "both sides": the two sides of talks or a fight, who need not be states. */
const SIDES_ONLY = /\b(?:kedua\s+(?:belah\s+)?pihak|both\s+sides|the\s+two\s+sides)\b/giu;

/**
 * "pemberontak Houthi Yaman", "warga Malaysia", "industri otomotif Jepang": people or firms from
 * the country, not the state. Not across a preposition: in "Institut Prancis di Indonesia" the
 * institute is in Indonesia, and Indonesia is not its origin.
 */
function isOrigin(text: string, mention: CountryMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  const words = before.split(/\s+/).filter(Boolean).slice(-ORIGIN_REACH).join(" ");
  const found = nonStateBefore.findAll(words).at(-1);
  if (!found) return false;
  const between = wordsOf(words.slice(found.end));
  // "perusahaan group buying terbesar Tiongkok": a few words describing the firm may come between;
  // a clause may not ("pemberontak Houthi yang didukung Iran": Iran acts).
  if (between.length >= 3 && between.some((word) => CLAUSE_WORD.test(word))) return false;
  return !between.some((word) => ACROSS.has(word));
}

const ORIGIN_REACH = 5;
const CLAUSE_WORD = /^(?:yang|which|who|oleh|by|di\p{L}+|me\p{L}+|ber\p{L}+)$/iu;

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
    if (code && !mention.person.notInOffice)
      mentions.push({ code, start: mention.start, end: mention.end });
  }
  // Countries named only as a place, topic or yardstick ("di Afghanistan") do not act.
  const { groups, aside } = groupParties(sentence.text, mentions);
  const parties = new Set<CountryCode>(
    mentions.map((mention) => mention.code).filter((code) => !aside.has(code)),
  );
  // A country named as the venue and also acting in the sentence is a party.
  for (const code of parties) venues.delete(code);
  const abroad = consularHosts(sentence.text, parties, mentions);
  const cues = relationCues.findAll(sentence.text);
  // Condolence words are looked for only where a single group could have offered them together.
  const condolences =
    groups.length === 1 && groups[0]!.codes.length > 1
      ? roleWords.condolences.findAll(sentence.text)
      : [];
  const joint = actsJointly(
    sentence.text,
    groups,
    cues.map((cue) => ({
      tone: cue.value.tone,
      symmetric: isSymmetric(cue.surface),
      condolence: condolences.some((c) => c.start < cue.end && cue.start < c.end),
    })),
  );
  const refersToPair = PAIR_REFERENCE.test(sentence.text);
  return {
    sentence,
    parties,
    venues,
    abroad,
    origins,
    people: personMentions,
    cues: cues.map((match) => match.value),
    refersToPair,
    ...(refersToPair &&
      !PAIR_REFERENCE.test(sentence.text.replace(SIDES_ONLY, " ")) && {
        refersToSides: true,
      }),
    offTopic: offTopicContext.findAll(sentence.text).length > 0,
    groups: joint ? groups.map((group) => ({ ...group, joint })) : groups,
  };
}
