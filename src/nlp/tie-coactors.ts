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
/**
 * "isu yang diangkat oleh Vanuatu dan Kepulauan Solomon", "atas nama A dan B": names after a
 * passive's "oleh" or "on behalf of" are the doers of one act, however few: together they are
 * the other side of whoever answers it.
 */
const JOINT_DOERS_BEFORE =
  /(?:^|[^\p{L}])(?:oleh|by|mengatasnamakan|atas\s+nama|on\s+behalf\s+of)\s+$/iu;

/** "bernegosiasi dengan", "menawarkan bantuan kepada": the receivers follow right after. */
const RECEIVERS_BEFORE = /(?:^|[^\p{L}])(?:dengan|kepada|with)\s+$/iu;

export function coActorPairs(
  sentences: SentenceParties[],
  isTied: (a: CountryCode, b: CountryCode) => boolean,
): [CountryCode, CountryCode][] {
  const found: [CountryCode, CountryCode][] = [];
  for (const { sentence, groups, cues, offTopic } of sentences) {
    if (!groups || offTopic || cues.length === 0) continue;
    const joint = groups.find(
      (group) =>
        group.codes.length > 1 && JOINT_DOERS_BEFORE.test(sentence.text.slice(0, group.start)),
    );
    const opening = groups[0] && groups[0].codes.length >= MIN_ACTORS ? groups[0] : undefined;
    const subject = joint ?? opening;
    // "Myanmar bernegosiasi dengan China dan Rusia": one doer, several receivers of one act.
    const [doer, receivers] = groups;
    if (
      !subject &&
      groups.length === 2 &&
      doer?.codes.length === 1 &&
      receivers?.codes.length === 2 &&
      RECEIVERS_BEFORE.test(sentence.text.slice(doer.end, receivers.start))
    ) {
      const actor = doer.codes[0]!;
      if (!receivers.between && receivers.codes.some((code) => isTied(actor, code)))
        for (const target of receivers.codes) if (target !== actor) found.push([actor, target]);
      continue;
    }
    if (!subject || subject.between) continue;
    for (const other of groups.filter((group) => group !== subject)) {
      for (const target of other.codes) {
        if (subject.codes.includes(target)) continue;
        if (!subject.codes.some((actor) => isTied(actor, target))) continue;
        for (const actor of subject.codes) if (actor !== target) found.push([actor, target]);
      }
    }
  }
  return found;
}
