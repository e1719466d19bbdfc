import type { CountryCode } from "./countries.js";
import { armedGroups } from "./lexicon.js";
import { pairKey } from "./pairs.js";
import { HOME_COUNTRY as HOME } from "./people.js";
import type { SentenceParties } from "./sentence-parties.js";
import { directedPairs, PLACE_PREPOSITIONS, wordBefore } from "./tie-acts.js";
import { opposite } from "./tie-groups.js";
import { attackVictims } from "./tie-victims.js";
import { partyMentions } from "./tone-roles.js";
import type { Pair } from "./types.js";

/**
 * Whether a sentence (or the headline) shows two of its parties facing each other.
 * "Pakistan memanggil diplomat Afghanistan dan India": side by side, not facing each other.
 * "bantuan kepada WNI di Amerika Serikat": the host of one's citizens is no counterpart.
 * "Rusia menyerukan penyelidikan atas serangan kilang minyak Saudi": the victim of an attack
 * faces only whoever is told acting on it (tie-victims.ts).
 */
export function facingIn(
  about: SentenceParties,
  year: number | null,
  acts: Pair[] = directedPairs(about, year),
): (pair: Pair) => boolean {
  const { abroad, groups } = about;
  // "Malaysia dan Filipina Tertarik Liputan Tempo": two countries side by side, no word between
  // them of what they do to each other, face nobody.
  const [only, ...others] = groups ?? [];
  if (only && !others.length && !only.between && !only.reciprocal && !about.cues.length)
    return () => false;
  const victims = attackVictims(about, year);
  const actKeys = acts.map(pairKey);
  const places = placesOnly(about, year);
  // A war or attack with an armed group ("mengakhiri perang 18 tahun di Afghanistan" in talks
  // with the Taliban) is not an attack on the country where it happens.
  const attacked =
    about.cues.some((cue) => cue.doerMustBeNamed) &&
    armedGroups.findAll(about.sentence.text).length === 0;
  return (pair) => {
    if (abroad.has(pair[0]) || abroad.has(pair[1])) return false;
    if (places.has(pair[0]) && places.has(pair[1])) return false;
    if (sceneAbroad(pair, places, attacked) && !actKeys.includes(pairKey(pair))) return false;
    if (groups && !opposite(groups, pair[0], pair[1])) return false;
    return !(victims.has(pair[0]) || victims.has(pair[1])) || actKeys.includes(pairKey(pair));
  };
}

/**
 * "Trump ... menarik pasukannya di Afghanistan", "Jet F-16 Belgia Jatuh di Prancis": a country
 * abroad named only as where the other acts is the scene, unless the other acts on it or attacks
 * there. The news' own country as the place is a counterpart ("investasi Jepang di Indonesia"):
 * Indonesian news tells foreign dealings with Indonesia that way.
 */
function sceneAbroad(pair: Pair, places: Set<CountryCode>, attacked: boolean): boolean {
  return !attacked && pair.some((code) => code !== HOME && places.has(code));
}

/**
 * "Mobil Listrik Glory E3 di Cina Rp 392 Juta, Berapa di Indonesia?": countries named only after
 * "di" are where things are. Two such places face nobody; one may still be where another acts
 * ("investasi Jepang di Indonesia").
 */
function placesOnly(about: SentenceParties, year: number | null): Set<CountryCode> {
  const text = about.sentence.text;
  const placed = new Map<CountryCode, boolean>();
  for (const mention of partyMentions(about, year)) {
    const place = PLACE_PREPOSITIONS.has(wordBefore(text, mention));
    placed.set(mention.code, (placed.get(mention.code) ?? true) && place);
  }
  return new Set([...placed].filter(([, place]) => place).map(([code]) => code));
}

/**
 * Several countries opening the sentence together and one other after them ("AS, Australia dan
 * Jepang meminta ... China"): each of them acts on that one (one tie per actor).
 */
export function twoSides({ groups }: SentenceParties): boolean {
  const [subject, ...rest] = groups ?? [];
  // "Perang dagang antara China dan Amerika membuat ... Indonesia": a relation, not joint actors.
  if (!subject || subject.codes.length < 2 || subject.between || rest.length === 0) return false;
  const others = new Set(rest.flatMap((group) => group.codes));
  return others.size === 1 && !subject.codes.some((code) => others.has(code));
}
