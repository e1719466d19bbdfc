import type { CountryCode } from "./countries.js";
import { formOf, relationCues, roleWords, wordsOf } from "./lexicon.js";
import { pairKey, pairOf } from "./pairs.js";
import type { SentenceParties } from "./sentence-parties.js";
import { blames, claimants, epithets } from "./tie-epithets.js";
import { notAnAct, switches } from "./tone-acts.js";
import {
  clauseBreaks,
  lightVerbBefore,
  type Mention,
  partyMentions,
  rolesOf,
  type Span,
} from "./tone-roles.js";
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
  const cues = relationCues
    .findAll(text)
    .filter((cue) => cue.value.tone !== 0 || roleWords.urgingVerbs.has(cue.surface.toLowerCase()));
  const falseFriends = roleWords.notRelation.findAll(text);
  const found = new Map<string, Pair>();
  for (const cue of cues) {
    if (falseFriends.some((f) => cue.start >= f.start && cue.end <= f.end)) continue;
    if (!cue.value.tone && !urgedDirectly(text, cue, mentions)) continue;
    if (notAnAct(cue, text, cues)) continue;
    // A noun is an act only after a light verb ("berada di balik serangan terhadap"): alone
    // ("serangan terhadap Arab Saudi") it names the act without its doer.
    const lightVerb = formOf(cue.surface) === "noun" ? lightVerbBefore(cue, text) : undefined;
    if (lightVerb === null) continue;
    const roles = rolesOf(cue, text, mentions, breaks);
    // "Pompeo menuturkan, Iran berada di balik hampir 100 serangan terhadap Arab Saudi": a third
    // country's claim of who was behind an attack is its accusation of the accused, not an act of
    // the accused on the victim told as a fact.
    const claimedBy =
      lightVerb === undefined
        ? []
        : claimants(text, { start: lightVerb, end: cue.end }, roles, mentions, breaks);
    if (claimedBy.length) {
      for (const claimant of claimedBy)
        for (const accused of roles.source) found.set(...keyed(claimant, accused));
      continue;
    }
    for (const source of subjectOf(cue, roles.source, parties))
      for (const target of roles.target) {
        if (
          source === target ||
          locatedOnly(text, cue.start, mentions, source) ||
          peopleActInstead(cue.start, mentions, parties.origins, source) ||
          listed(text, cue.end, mentions, target) ||
          placeAfter(text, cue.end, mentions, target)
        )
          continue;
        found.set(...keyed(source, target));
      }
  }
  // Calling the other a hostile name ("menyebut Netanyahu sebagai perusak") accuses it.
  // So is saying it did an attack ("menyebut serangan itu dilancarkan oleh Iran").
  const named = [
    ...epithets(text, cues, mentions, breaks),
    ...blames(text, cues, mentions, breaks),
  ];
  for (const { doers, target } of named)
    for (const doer of doers) {
      found.set(...keyed(doer, target));
    }
  // Turning from one country to another ("mengalihkan pengakuannya dari X ke Y") acts on both.
  for (const turn of switches(text, mentions, breaks))
    for (const doer of turn.doers)
      for (const other of [...turn.from, ...turn.to]) {
        if (doer === other) continue;
        found.set(...keyed(doer, other));
      }
  return [...found.values()];
}

/**
 * "Moskow dan Riyadh berseberangan, dengan Rusia mendukung rezim Suriah": a group of countries
 * right before a verb (a word or two between, no comma) is its subject, and the countries named
 * earlier in the clause are not its doers. Without one, every doer found stays.
 */
function subjectOf(cue: Span, sources: Set<CountryCode>, parties: SentenceParties): CountryCode[] {
  const text = parties.sentence.text;
  const nearest = (parties.groups ?? [])
    .filter((group) => group.end <= cue.start && !POSTED_PREPOSITIONS.has(wordBefore(text, group)))
    .at(-1);
  if (!nearest) return [...sources];
  const gap = text.slice(nearest.end, cue.start);
  if (gap.includes(",") || wordsOf(gap).length > MAX_WORDS_SUBJECT_TO_VERB) return [...sources];
  const subject = nearest.codes.filter((code) => sources.has(code));
  // Doers named after the word ("dikecam oleh Iran") are not the subject's to take away.
  const later = [...sources].filter(
    (code) =>
      !(parties.groups ?? []).some((group) => group.end <= cue.start && group.codes.includes(code)),
  );
  return subject.length ? [...new Set([...subject, ...later])] : [...sources];
}

/** "Malaysia juga telah menawarkan": the subject, a word or two before its verb. */
const MAX_WORDS_SUBJECT_TO_VERB = 2;

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

/**
 * "KBRI di Amman mengimbau seluruh Warga Negara Indonesia yang berencana melakukan kunjungan ke
 * Palestina": when people named by their country stand between a state and the word, they are
 * its doers (citizens, tourists, workers), not the state named before them.
 */
function peopleActInstead(
  to: number,
  mentions: Mention[],
  origins: Span[],
  code: CountryCode,
): boolean {
  const people = (m: Span) => origins.some((p) => p.start === m.start);
  const stateAt = mentions.filter((m) => m.code === code && m.end <= to && !people(m)).at(-1);
  return stateAt !== undefined && origins.some((p) => p.start > stateAt.end && p.end <= to);
}

/** "mendukung proses politik di Yaman": a country after "di" is where the act is, not its receiver. */
function placeAfter(text: string, from: number, mentions: Mention[], code: CountryCode): boolean {
  const mention = mentions.find((m) => m.code === code && m.start >= from);
  if (!mention) return false;
  const previous = wordsOf(text.slice(from, mention.start)).at(-1);
  return previous !== undefined && PLACE_PREPOSITIONS.has(previous);
}

export const PLACE_PREPOSITIONS = new Set(["di", "in", "at"]);
/** Where a subject is, serves or goes: "duta besar RI di/untuk X", "sebelum ke X". */
export const POSTED_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, "ke", "untuk", "to"]);

/**
 * "Eks duta besar RI di Belanda itu akan menghubungi Menlu Mesir", "Dubes RI untuk Kazakhstan",
 * "Sebelum ke Zanzibar, Menteri Rini berkunjung ke Madagaskar": a country named before the verb
 * only after "di", "untuk" or "ke" is where its subject is, serves or goes, not its subject.
 */
function locatedOnly(text: string, to: number, mentions: Mention[], code: CountryCode): boolean {
  const named = mentions.filter((m) => m.code === code && m.end <= to);
  return named.length > 0 && named.every((m) => located(text, mentions, m));
}

/**
 * "Duta Besar Inggris untuk Indonesia dan Timor-Leste": a country joined to a located one is too.
 * Only by a comma or "dan": the sentence's groups (tie-groups.ts) also join across titles, and
 * "Sebelum ke Kenya, Menteri Peru berkunjung" would make Peru located with Kenya.
 */
function located(text: string, mentions: Mention[], mention: Mention): boolean {
  if (POSTED_PREPOSITIONS.has(wordBefore(text, mention))) return true;
  const previous = mentions.filter((m) => m.end <= mention.start).at(-1);
  if (!previous) return false;
  const gap = text.slice(previous.end, mention.start);
  return JOINED.test(gap) && located(text, mentions, previous);
}

const JOINED = /^\s*(?:,\s*)?(?:(?:dan|serta|and)\s+)?$/iu;

/**
 * The word right before a span, lower-cased ("di", "untuk"). Only the text just before it is split:
 * splitting all of it for every mention cost as much as the rest of the rule.
 */
export function wordBefore(text: string, span: Span): string {
  return wordsOf(text.slice(Math.max(0, span.start - WORD_BEFORE_WINDOW), span.start)).at(-1) ?? "";
}

/** Longer than any word the news writes, so the last word in the window is whole. */
const WORD_BEFORE_WINDOW = 60;

/**
 * The country urged comes right after the verb, with at most its leader's title and name between
 * ("mendesak Presiden Amerika Serikat (AS), Donald Trump"); "mendesak para pakar AS" urges experts.
 */
function urgedDirectly(text: string, cue: Span, mentions: Mention[]): boolean {
  const next = mentions.find((m) => m.start >= cue.end);
  return next !== undefined && TITLE_GAP.test(text.slice(cue.end, next.start));
}

const TITLE_GAP = /^(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+$/u;

/** The pair of two countries in order, with its key. */
const keyed = (a: CountryCode, b: CountryCode): [string, Pair] => {
  const pair = pairOf(a, b);
  return [pairKey(pair), pair];
};
