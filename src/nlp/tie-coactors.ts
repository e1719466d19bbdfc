import type { CountryCode } from "./countries.js";
import type { SentenceParties } from "./sentence-parties.js";

/**
 * "Arab Saudi, Mesir, Uni Emirat Arab dan Bahrain memutuskan hubungan dengan Qatar": several
 * countries that open a sentence together and take one action towards another each have a tie
 * with it (the labelling convention: one tie per actor). So when one of them is tied to the
 * target, the others are too. Only a group that opens the sentence (its subject) counts: a list
 * after the verb ("bantuan dari AS, Australia, Jepang dan Taiwan") is a list of sources, and
 * naming them together says nothing about each.
 */
/**
 * Two countries opening a sentence together are a pair acting jointly ("Macron dan Merkel
 * menandatangani kesepakatan ... ke Arab Saudi"), whose deal need not tie each to the target.
 */
const MIN_ACTORS = 3;

export function coActorPairs(
  sentences: SentenceParties[],
  isTied: (a: CountryCode, b: CountryCode) => boolean,
): [CountryCode, CountryCode][] {
  const found: [CountryCode, CountryCode][] = [];
  for (const { groups, cues, offTopic } of sentences) {
    const subject = groups?.[0];
    if (!groups || !subject || subject.between || subject.codes.length < MIN_ACTORS) continue;
    if (offTopic || cues.length === 0) continue;
    for (const other of groups.slice(1)) {
      for (const target of other.codes) {
        if (subject.codes.includes(target)) continue;
        if (!subject.codes.some((actor) => isTied(actor, target))) continue;
        for (const actor of subject.codes) if (actor !== target) found.push([actor, target]);
      }
    }
  }
  return found;
}
