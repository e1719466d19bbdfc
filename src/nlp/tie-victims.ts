import type { CountryCode } from "./countries.js";
import { formOf, relationCues, roleWords, wordsOf } from "./lexicon.js";
import type { SentenceParties } from "./sentence-parties.js";
import { condemnedAct } from "./tone-acts.js";
import { clauseBreaks, lightVerbBefore, type Mention, partyMentions } from "./tone-roles.js";

/**
 * "Pompeo menyebut serangan ke fasilitas minyak Arab Saudi sebagai pernyataan perang": the news
 * names an attack by its victim, and a third country speaking of it (condemning it, calling for
 * an inquiry, blaming someone) is not thereby in a relation with the victim. A victim here is a
 * country named only after an attack noun whose doer the text does not name, as what was hit
 * ("serangan terhadap Arab Saudi", "serangan kilang minyak Saudi"). Its ties come from the
 * attack's named doer (tie-acts.ts) or from other sentences, not from sharing this one. Only a
 * condemnation of the attack ("Indonesia mengecam serangan ... terhadap fasilitas minyak Aramco
 * di Arab Saudi") sides with its victim, and it does face the condemner.
 */
export function attackVictims(parties: SentenceParties, year: number | null): Set<CountryCode> {
  const victims = new Set<CountryCode>();
  if (parties.parties.size < 2 || !parties.cues.some((cue) => cue.doerMustBeNamed)) return victims;
  const text = parties.sentence.text;
  const mentions = partyMentions(parties, year);
  const breaks = clauseBreaks(text);
  const hit: Mention[] = [];
  const cues = relationCues.findAll(text);
  const condemned = cues.map((cue) => condemnedAct(cue, text, cues, mentions));
  for (const cue of cues) {
    if (!cue.value.doerMustBeNamed || formOf(cue.surface) !== "noun") continue;
    if (condemned.includes(cue)) continue;
    // "Iran berada di balik serangan terhadap Arab Saudi": the doer is named, an act (tie-acts.ts).
    if (lightVerbBefore(cue, text) !== null) continue;
    // "serangan yang melumpuhkan fasilitas minyak Arab Saudi": a relative clause right after the
    // noun tells the attack itself, and what it hit.
    const describes = (b: { start: number; end: number }) =>
      text.slice(b.start, b.end).toLowerCase() === "yang" && !text.slice(cue.end, b.start).trim();
    const clauseEnd = breaks.find((b) => b.start >= cue.end && !describes(b))?.start ?? text.length;
    const after = mentions.filter((m) => m.start >= cue.end && m.end <= clauseEnd);
    // "serangan Iran", "serangan drone Iran": the country right after the noun did it.
    const first = after[0];
    if (!first) continue;
    const gap = wordsOf(text.slice(cue.end, first.start));
    if (gap.length > MAX_WORDS_ATTACK_TO_VICTIM || gap.some(isDoerMark)) continue;
    if (!gap.some((word) => roleWords.attackedThings.has(word) || isTargetMark(word))) continue;
    hit.push(first);
  }
  for (const { code } of hit)
    if (mentions.filter((m) => m.code === code).every((m) => hit.includes(m))) victims.add(code);
  return victims;
}

/** "serangan drone terhadap dua kilang minyak Aramco Arab Saudi". */
const MAX_WORDS_ATTACK_TO_VICTIM = 9;

const isDoerMark = (word: string) => roleWords.sourcePrepositions.has(word);
/**
 * Prepositions that put what follows an attack on its receiving end: the lexicon's target
 * prepositions narrowed to the ones an attack takes ("serangan ke", "attack on"), not those of
 * speech or company ("bahwa", "dengan", "untuk").
 */
const TARGET_MARKS = new Set(["terhadap", "ke", "atas", "pada", "di", "on", "against", "at"]);
const isTargetMark = (word: string) => TARGET_MARKS.has(word);
