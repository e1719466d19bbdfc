import { type CountryCode, type CountryMention, findCountryMentions } from "./countries.js";
import { type RelationCue, relationCues } from "./lexicon.js";
import { findPersonMentions, type Person, type PersonMention } from "./people.js";
import type { Sentence } from "./text.js";

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
  /** "kedua negara", "kedua belah pihak", "bilateral": the sentence speaks of the article's pair. */
  refersToPair: boolean;
}

// "di Hamburg, Jerman", "in Astana, Kazakhstan": a city then its country names the venue.
const VENUE_BEFORE =
  /(?:^|[\s(])(?:di|ke|dari|in|at)\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*,\s*$/u;
const PAIR_REFERENCE =
  /\b(?:kedua\s+(?:negara|belah\s+pihak|pihak|pemimpin|kepala\s+negara|menteri|pemerintah(?:an)?)|bilateral|both\s+(?:countries|sides|nations)|the\s+two\s+(?:countries|sides|nations))\b/iu;

function isVenue(text: string, mention: CountryMention): boolean {
  return VENUE_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start));
}

export function analyseSentence(sentence: Sentence, people: Person[]): SentenceParties {
  const parties = new Set<CountryCode>();
  const venues = new Set<CountryCode>();
  for (const mention of findCountryMentions(sentence.text)) {
    (isVenue(sentence.text, mention) ? venues : parties).add(mention.code);
  }
  const personMentions = findPersonMentions(sentence.text, people);
  for (const mention of personMentions)
    if (mention.person.country) parties.add(mention.person.country);
  // A country named as the venue and also acting in the sentence is a party.
  for (const code of parties) venues.delete(code);
  return {
    sentence,
    parties,
    venues,
    people: personMentions,
    cues: relationCues.findAll(sentence.text).map((match) => match.value),
    refersToPair: PAIR_REFERENCE.test(sentence.text),
  };
}
