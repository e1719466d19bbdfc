import type { CountryCode } from "./countries.js";
import { categoryCue, formOf, roleWords, wordsOf } from "./lexicon.js";
import { type Cue, clauseOf, type Mention, type Roles, rolesOf, type Span } from "./tone-roles.js";

/**
 * Whether a relation word names an act at all, and what act it is about: negations, refusals,
 * names of office, and the attack a condemnation condemns.
 */

/** How far back a refusal still governs a cooperation word: "menolak untuk bertemu". */
const REFUSAL_SCOPE_WORDS = 3;
/** "mengecam keras serangan ...": a condemnation whose object is an attack. */
const MAX_WORDS_TO_CONDEMNED_ACT = 3;

/** "tidak akan ...": a negator before the word, with only modals between. */
function negated(text: string, at: number): boolean {
  const before = wordsOf(text.slice(0, at));
  let i = before.length - 1;
  while (i >= 0 && roleWords.modals.has(before[i]!)) i--;
  return i >= 0 && roleWords.negators.has(before[i]!);
}

/**
 * The negated accepting verb that turns down a cooperation word: "tidak menerima" in "tidak mau
 * menerima bantuan Malaysia". Turning help down is itself a refusal (tone.ts).
 */
export function refusedAcceptance(cue: Cue, text: string): Cue | undefined {
  if (cue.value.tone <= 0) return undefined;
  const accepted = roleWords.acceptVerbs.findAll(text.slice(0, cue.start)).at(-1);
  if (
    !accepted ||
    !negated(text, accepted.start) ||
    wordsOf(text.slice(accepted.end, cue.start)).length >= REFUSAL_SCOPE_WORDS
  )
    return undefined;
  return { ...accepted, value: categoryCue("REJECT") };
}

/**
 * Who turns help down and whose help it is: the doers before the verb, and the giver after it,
 * as its object ("bantuan Malaysia") or its source ("tawaran bantuan dari Peru").
 */
export function refusalRoles(
  refusal: Cue,
  text: string,
  mentions: Mention[],
  breaks: Span[],
): Roles {
  const roles = rolesOf(refusal, text, mentions, breaks);
  const givers = new Set(
    mentions
      .filter(
        (m) => m.start >= refusal.end && (roles.source.has(m.code) || roles.target.has(m.code)),
      )
      .map((m) => m.code),
  );
  const doers = new Set([...roles.source].filter((code) => !givers.has(code)));
  return { source: doers, target: givers };
}

/** "tidak akan bertemu", "menolak untuk bertemu", "Menteri Perdagangan": no such act. */
export function notAnAct(cue: Cue, text: string, cues: Cue[]): boolean {
  if (negated(text, cue.start) || wished(text, cue.start)) return true;
  // A capitalised word after a capitalised word is part of a name: "Kementerian Perdagangan".
  // The word before is looked for only then: the pattern, anchored at the end, tries every
  // position of the text before the cue.
  if (cue.start > 0 && /^\p{Lu}/u.test(cue.surface)) {
    const previous = /([\p{L}]+)\s+(?:(?:dan|and|of|&)\s+)?$/u.exec(text.slice(0, cue.start))?.[1];
    if (previous && /^\p{Lu}/u.test(previous)) return true;
  }
  if (cue.value.tone <= 0) return false;
  // "meningkatkan sanksi", "memperkuat blokade": raising a conflict is more of that conflict.
  if (raisesConflict(cue, text, cues)) return true;
  // Cooperation not accepted did not happen: "tidak mau menerima bantuan".
  if (refusedAcceptance(cue, text)) return true;
  // The purpose of an act that did not happen did not happen either: "menolak untuk bertemu
  // dengan X untuk membahas kemitraan".
  if (cues.some((other) => purposeOf(other, cue, text) && notAnAct(other, text, cues))) return true;
  // Cooperation refused, condemned or questioned: "menolak tawaran", "mengecam kerja sama".
  return cues.some(
    (other) =>
      other.value.tone < 0 &&
      (other.value.category === "REJECT" || formOf(other.surface) === "active") &&
      other.end <= cue.start &&
      wordsOf(text.slice(other.end, cue.start)).length < REFUSAL_SCOPE_WORDS,
  );
}

/** "agar", "supaya": what follows is asked for or hoped for, not done. */
const WISH_WORDS = new Set(["agar", "supaya", "hendaknya"]);
/** "agar Qatar memutuskan hubungan diplomatik dengan Iran": the wish governs its own clause. */
const MAX_WORDS_AFTER_WISH = 6;

/**
 * "daftar tuntutan yang mencakup agar Qatar memutuskan hubungan dengan Iran": an act someone
 * demands or hopes for has not happened.
 */
function wished(text: string, at: number): boolean {
  const clause =
    text
      .slice(0, at)
      .split(/[,;:.]/u)
      .at(-1) ?? "";
  const words = wordsOf(clause);
  const wish = words.findLastIndex((word) => WISH_WORDS.has(word));
  return wish >= 0 && words.length - wish - 1 <= MAX_WORDS_AFTER_WISH;
}

/** Verbs of degree that are cooperation only when what they raise is: "meningkatkan kerja sama". */
const DEGREE_VERBS = new Set([
  "meningkatkan",
  "memperkuat",
  "memperluas",
  "strengthen",
  "increase",
]);
/** "meningkatkan sanksi ekonomi": the thing raised follows the verb closely. */
const MAX_WORDS_TO_RAISED = 2;

function raisesConflict(cue: Cue, text: string, cues: Cue[]): boolean {
  if (!DEGREE_VERBS.has(cue.surface.toLowerCase())) return false;
  return cues.some(
    (other) =>
      other.value.tone < 0 &&
      other.start >= cue.end &&
      wordsOf(text.slice(cue.end, other.start)).length <= MAX_WORDS_TO_RAISED,
  );
}

/** Words that open the purpose of an act: "bertemu ... untuk membahas". */
const PURPOSE_WORDS = new Set(["untuk", "guna", "demi", "to"]);
/** "bertemu dengan pemimpin Kepulauan Solomon untuk membahas": the purpose follows closely. */
const MAX_WORDS_TO_PURPOSE = 8;

/** Whether `cue` is in the purpose clause of the cooperation word `act` before it. */
function purposeOf(act: Cue, cue: Cue, text: string): boolean {
  if (act.value.tone <= 0 || act.end > cue.start) return false;
  const gap = text.slice(act.end, cue.start);
  const words = wordsOf(gap);
  return (
    !/[,;:.]/.test(gap) &&
    words.length <= MAX_WORDS_TO_PURPOSE &&
    words.slice(0, -1).some((word) => PURPOSE_WORDS.has(word))
  );
}

/** Acts done to a country that condemning sides with it: attack, annexation, sanctions, expulsion. */
const CONDEMNABLE = new Set(["ASSAULT", "SEIZE", "SANCTION", "EXPEL"]);

/**
 * The act a condemnation is about: "mengecam keras serangan ...", "mengecam sanksi ...". Where a country stands
 * between them it is the object ("menyalahkan Iran sebagai dalang serangan"): the disapproval is
 * of that country, not of the attack.
 */
export function condemnedAct(
  cue: Cue,
  text: string,
  cues: Cue[],
  mentions: Mention[] = [],
): Cue | undefined {
  if (cue.value.category !== "DISAPPROVE") return undefined;
  return cues.find(
    (other) =>
      CONDEMNABLE.has(other.value.category) &&
      formOf(other.surface) === "noun" &&
      other.start >= cue.end &&
      wordsOf(text.slice(cue.end, other.start)).length <= MAX_WORDS_TO_CONDEMNED_ACT &&
      !mentions.some((m) => m.start >= cue.end && m.end <= other.start),
  );
}

/** A side turning from one country to another: "mengalihkan pengakuannya dari X ke Y". */
export interface Switch {
  doers: Set<CountryCode>;
  from: Set<CountryCode>;
  to: Set<CountryCode>;
}

export function switches(text: string, mentions: Mention[], breaks: Span[]): Switch[] {
  return roleWords.switchVerbs.findAll(text).map((verb) => {
    const cue: Cue = { ...verb, value: categoryCue("REJECT") };
    const clause = clauseOf(cue, text, breaks);
    const sides: Switch = { doers: new Set(), from: new Set(), to: new Set() };
    for (const m of mentions.filter((m) => m.start >= verb.end && m.end <= clause.end)) {
      const previous = wordsOf(text.slice(verb.end, m.start)).at(-1);
      if (previous && roleWords.sourcePrepositions.has(previous)) sides.from.add(m.code);
      else if (previous && roleWords.targetPrepositions.has(previous)) sides.to.add(m.code);
    }
    // The doer is the verb's subject, not the country it turns from ("dari Taiwan").
    for (const code of rolesOf(cue, text, mentions, breaks).source)
      if (!sides.from.has(code) && !sides.to.has(code)) sides.doers.add(code);
    return sides;
  });
}
