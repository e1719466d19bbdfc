import type { CountryCode } from "./countries.js";
import {
  categoryCue,
  formOf,
  isSymmetric,
  type RelationCue,
  relationCues,
  roleWords,
} from "./lexicon.js";
import type { SentenceParties } from "./sentence-parties.js";
import { condemnedAct, notAnAct, refusalRoles, refusedAcceptance, switches } from "./tone-acts.js";
import {
  between,
  type Cue,
  clauseBreaks,
  inHeadlessRelative,
  partyMentions,
  rolesOf,
} from "./tone-roles.js";
import type { Pair } from "./types.js";

/**
 * The tone of a relation from counts of cooperation and conflict words (PLOVER categories in
 * data/relation-lexicon.json): one side must clearly outweigh the other to set the tone.
 *
 * A relation word speaks of a pair only when the pair are the ones doing it to each other: in
 * "Indonesia mengecam serangan terhadap Arab Saudi" the attack is someone else's and Indonesia
 * sides with Saudi Arabia. So each word gets a doer (source) and a receiver (target) from the
 * countries around it and the role words of the lexicon ("terhadap", "oleh", "setelah").
 */
export type Tone = "cooperation" | "conflict" | "mixed" | "neutral";

/** How many times one side must outweigh the other to set the tone on its own. */
const DOMINANCE = 2;

export function toneOf(cooperation: number, conflict: number): Tone {
  if (!cooperation && !conflict) return "neutral";
  if (cooperation >= conflict * DOMINANCE) return "cooperation";
  if (conflict >= cooperation * DOMINANCE) return "conflict";
  return "mixed";
}

/**
 * "membutuhkan bantuan dari AS, Australia, Jepang dan Taiwan": a country in a list of three or
 * more after the verb is one of many sources or receivers; the word says nothing of it alone.
 * A list opening the sentence is its subject (tie-coactors.ts) and acts.
 */
const MIN_LISTED = 3;

function listedAfterVerb(parties: SentenceParties, code: CountryCode): boolean {
  const groups = parties.groups ?? [];
  return groups.some(
    (group, index) => index > 0 && group.codes.length >= MIN_LISTED && group.codes.includes(code),
  );
}

/** Spans between quotation marks: what a speaker says, not what the writer tells. */
const QUOTATION = /["\u201c][^"\u201c\u201d]*["\u201d]/gu;

/**
 * "'... menulis surat kepada Presiden Jokowi,' kata Yeo usai bertemu Mahathir": a country named
 * inside a quotation is not the unsaid doer of a word the writer tells outside it.
 */
function quotedApart(text: string, mention: { start: number }, cue: { start: number }): boolean {
  for (const quote of text.matchAll(QUOTATION)) {
    const end = quote.index + quote[0].length;
    if (mention.start > quote.index && mention.start < end)
      return cue.start < quote.index || cue.start > end;
  }
  return false;
}

export interface ToneCounts {
  cooperation: number;
  conflict: number;
}

/**
 * The cooperation and conflict an article's sentences show between the two countries of `pair`.
 * A word whose doer or receiver is known counts only when they are the pair. A conflict word with
 * neither counts where both are named (or "kedua negara"); elsewhere it is the same kind of act
 * the article already attributed ("serangan itu" after "serangan terhadap Arab Saudi"), or none.
 * A cooperation word with neither counts only where one of the pair is named, or "kedua negara".
 */
export function pairTone(about: SentenceParties[], pair: Pair, year: number | null): ToneCounts {
  const counts: ToneCounts = { cooperation: 0, conflict: 0 };
  // Kinds of conflict the article has shown between the pair ("gugatan" after "menggugat").
  const attributed = new Set<string>();
  const add = (value: RelationCue, weight = value.weight, tone = value.tone) => {
    if (tone > 0) counts.cooperation += weight;
    else counts.conflict += weight;
  };
  for (const parties of about) {
    const text = parties.sentence.text;
    const mentions = partyMentions(parties, year);
    const breaks = clauseBreaks(text);
    const cues = relationCues.findAll(text).filter((cue) => cue.value.tone !== 0);
    const bothNamed =
      (parties.parties.has(pair[0]) && parties.parties.has(pair[1])) || parties.refersToPair;
    const falseFriends = roleWords.notRelation.findAll(text);
    const done = new Set<Cue>(
      cues.filter((cue) => falseFriends.some((f) => cue.start >= f.start && cue.end <= f.end)),
    );
    const known = (cue: Cue) => bothNamed || attributed.has(cue.value.category);
    // Who may be the unsaid doer of a word: a pair member named before it (a passive's doer may
    // follow anywhere; a quote's speaker follows the quote), or the doer the article gave.
    const quoteEnd = Math.max(text.lastIndexOf("\u201d"), text.lastIndexOf('"'));
    const subjects = (cue: Cue) =>
      new Set(
        attributed.has(cue.value.category)
          ? pair
          : mentions
              .filter(
                (m) =>
                  (m.end <= cue.start && !quotedApart(text, m, cue)) ||
                  formOf(cue.surface) === "passive" ||
                  (cue.end < quoteEnd && m.start > quoteEnd),
              )
              .map((m) => m.code),
      );
    const attribute = (cue: Cue) => cue.value.tone < 0 && attributed.add(cue.value.category);
    // Turning from one country to another: a break with the first, a tie with the second.
    for (const turn of switches(text, mentions, breaks)) {
      const doer = pair.find((code) => turn.doers.has(code));
      const other = pair.find((code) => code !== doer);
      if (!doer || !other) continue;
      if (turn.from.has(other)) add(categoryCue("REJECT"));
      if (turn.to.has(other)) add(categoryCue("COOPERATE"));
    }
    const refusals = new Set<number>();
    for (const cue of cues) {
      if (done.has(cue)) continue;
      // "tidak menerima bantuan Malaysia": turning the help down is a refusal of its giver.
      const refusal = refusedAcceptance(cue, text);
      if (refusal && !refusals.has(refusal.start)) {
        refusals.add(refusal.start);
        const roles = refusalRoles(refusal, text, mentions, breaks);
        if (roles.target.size && between(refusal, roles, pair, subjects(refusal)))
          add(refusal.value);
      }
      if (notAnAct(cue, text, cues)) continue;
      const act = condemnedAct(cue, text, cues, mentions);
      if (act) {
        // Condemning an attack sides with its victim against its doer.
        done.add(act);
        const condemners = rolesOf(cue, text, mentions, breaks).source;
        const attack = rolesOf(act, text, mentions, breaks);
        const withCondemner = (roles: Set<CountryCode>) =>
          roles.size > 0 &&
          between(cue, { source: condemners, target: roles }, pair, subjects(cue));
        if (withCondemner(attack.target)) add(cue.value, cue.value.weight, 1);
        else if (withCondemner(attack.source)) add(cue.value);
        continue;
      }
      const roles = rolesOf(cue, text, mentions, breaks);
      const symmetric = isSymmetric(cue.surface);
      if (!symmetric && (roles.source.size || roles.target.size)) {
        if (!between(cue, roles, pair, subjects(cue))) continue;
        if (pair.some((code) => listedAfterVerb(parties, code))) continue;
        attribute(cue);
        add(cue.value);
      } else if (!cue.value.doerMustBeNamed || symmetric) {
        // Nobody named around it: the pair's where both are named, or a kind they already did.
        if (cue.value.tone < 0 && !known(cue)) continue;
        // "upaya DK PBB yang bermaksud mengkritik": the act of what the clause hangs on.
        if (cue.value.tone < 0 && inHeadlessRelative(cue, text, mentions, breaks)) continue;
        if (cue.value.tone > 0 && !mentions.length && !parties.refersToPair) continue; // nobody's
        if (bothNamed) attribute(cue);
        add(cue.value);
      }
    }
  }
  return counts;
}
