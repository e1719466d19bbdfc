import type { CountryCode } from "./countries.js";
import { formOf, relationCues, roleWords, wordsOf } from "./lexicon.js";
import type { SentenceParties } from "./sentence-parties.js";
import { notAnAct, switches } from "./tone-acts.js";
import { clauseBreaks, type Mention, partyMentions, rolesOf } from "./tone-roles.js";
import type { Pair } from "./types.js";

/**
 * The pairs a sentence shows one country doing something to the other: a relation word whose doer
 * is one and whose receiver is the other ("AS menuduh Iran", "Malaysia menawarkan bantuan kepada
 * Indonesia"). Such a sentence is the news of a relation even outside the lead, where a bare
 * co-mention of the two is not.
 */
export function directedPairs(parties: SentenceParties, year: number | null): Pair[] {
  const text = parties.sentence.text;
  if (parties.parties.size < 2 || parties.offTopic) return [];
  const mentions = partyMentions(parties, year);
  const breaks = clauseBreaks(text);
  const cues = relationCues.findAll(text).filter((cue) => cue.value.tone !== 0);
  const falseFriends = roleWords.notRelation.findAll(text);
  const found = new Map<string, Pair>();
  for (const cue of cues) {
    if (falseFriends.some((f) => cue.start >= f.start && cue.end <= f.end)) continue;
    if (notAnAct(cue, text, cues) || formOf(cue.surface) === "noun") continue;
    const roles = rolesOf(cue, text, mentions, breaks);
    for (const source of roles.source)
      for (const target of roles.target) {
        if (
          source === target ||
          listed(text, cue.end, mentions, target) ||
          placeAfter(text, cue.end, mentions, target)
        )
          continue;
        const pair: Pair = source < target ? [source, target] : [target, source];
        found.set(pair.join("-"), pair);
      }
  }
  // Turning from one country to another ("mengalihkan pengakuannya dari X ke Y") acts on both.
  for (const turn of switches(text, mentions, breaks))
    for (const doer of turn.doers)
      for (const other of [...turn.from, ...turn.to]) {
        if (doer === other) continue;
        const pair: Pair = doer < other ? [doer, other] : [other, doer];
        found.set(pair.join("-"), pair);
      }
  return [...found.values()];
}

/**
 * "bertemu dengan Presiden Turki Erdogan dan Presiden Iran Rouhani": one of several met together,
 * not one facing another. The next other country follows it after a coordinator.
 */
function listed(text: string, from: number, mentions: Mention[], code: CountryCode): boolean {
  const mention = mentions.find((m) => m.code === code && m.start >= from);
  const next = mention && mentions.find((m) => m.start >= mention.end && m.code !== code);
  if (!mention || !next) return false;
  const gap = wordsOf(text.slice(mention.end, next.start));
  return gap.length <= MAX_LIST_GAP_WORDS && gap.some((word) => COORDINATORS.has(word));
}

const COORDINATORS = new Set(["dan", "serta", "maupun", "and"]);
/** "Turki, Recep Tayyip Erdogan dan Presiden Iran": a name and a title between list members. */
const MAX_LIST_GAP_WORDS = 6;

/** "mendukung proses politik di Yaman": a country after "di" is where the act is, not its receiver. */
function placeAfter(text: string, from: number, mentions: Mention[], code: CountryCode): boolean {
  const mention = mentions.find((m) => m.code === code && m.start >= from);
  if (!mention) return false;
  const previous = wordsOf(text.slice(from, mention.start)).at(-1);
  return previous !== undefined && PLACE_PREPOSITIONS.has(previous);
}

const PLACE_PREPOSITIONS = new Set(["di", "in", "at"]);
