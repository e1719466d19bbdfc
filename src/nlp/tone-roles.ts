import { type CountryCode, findCountryMentions } from "./countries.js";
import {
  formOf,
  type PhraseMatch,
  type RelationCue,
  roleWords,
  wordsAsWritten,
  wordsOf,
} from "./lexicon.js";
import { findMetonyms } from "./metonyms.js";
import { readOnce } from "./read-once.js";
import type { SentenceParties } from "./sentence-parties.js";
import type { Pair } from "./types.js";

/**
 * Who does a relation word and to whom: its doer (source) and receiver (target), from the
 * countries around it and the role words of data/relation-lexicon.json ("terhadap", "oleh").
 */

/** Words between a relation word and its receiver: "serangan drone terhadap ladang minyak X". */
const MAX_WORDS_BEFORE_PREPOSITION = 4;
const MAX_WORDS_AFTER_PREPOSITION = 7;
/** "mengecam keras Israel": an active verb's object may follow a word or two of manner. */
const MAX_WORDS_BEFORE_OBJECT = 2;

/**
 * "mengutuk rencana Perdana Menteri Israel": the capitalised words right before a country are
 * its leader's title, part of the mention, not words between the verb and its object.
 */
function withoutTitle(gap: string): string[] {
  const words = wordsAsWritten(gap);
  let kept = words.length;
  while (kept > 0 && /^\p{Lu}/u.test(words[kept - 1]!)) kept--;
  return words.slice(0, kept);
}
/** "Iran telah melancarkan serangan": a doer a word or two before its light verb. */
const MAX_WORDS_SUBJECT_TO_VERB = 2;

/** "dengan China dan Rusia", "AS dan Inggris melancarkan": words that join two parties in one role. */
const JOINERS = new Set(["dan", "serta", "and"]);

export type Cue = PhraseMatch<RelationCue>;
export type Span = { start: number; end: number };
export interface Mention extends Span {
  code: CountryCode;
  /** Named by a person ("Raja Abdullah II"), not by the country, its capital or an office. */
  person?: boolean;
}
export interface Roles {
  source: Set<CountryCode>;
  target: Set<CountryCode>;
}

const PUNCTUATION_BREAK = /[;:"“”()]/gu;
/**
 * An acronym, a gloss or a date in brackets ("(AS)", "(Presiden Turki)", "(16/9/2019)"), or a
 * word or three in scare quotes ("the US \u201ccondemns\u201d North Korea"): the clause goes on.
 */
const SHORT_ASIDE = /\((?:[^()\s]+\s?){1,3}\)|["\u201c](?:[^"\u201c\u201d\s]+\s?){1,3}["\u201d]/gu;

/** Where each party is named: by name, capital, leader or a person holding an office. */
export const partyMentions = readOnce(readPartyMentions, (mentions) =>
  mentions.map((mention) => ({ ...mention })),
);

function readPartyMentions(parties: SentenceParties, year: number | null): Mention[] {
  const text = parties.sentence.text;
  const people = parties.people.flatMap(({ person, start, end }) =>
    person.country && !person.notInOffice
      ? [{ code: person.country, start, end, person: true }]
      : [],
  );
  const metonyms = findMetonyms(text, year).map(({ code, start, end, kind }) =>
    kind === "leader" ? { code, start, end, person: true } : { code, start, end },
  );
  return [...findCountryMentions(text), ...metonyms, ...people]
    .filter((mention) => parties.parties.has(mention.code))
    .sort((a, b) => a.start - b.start);
}

/** Clause boundaries: punctuation and words opening a clause of their own ("setelah"). */
export function clauseBreaks(text: string): Span[] {
  const breaks: Span[] = roleWords.clauseBreaks.findAll(text);
  const asides = [...text.matchAll(SHORT_ASIDE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const match of text.matchAll(PUNCTUATION_BREAK)) {
    // "Amerika Serikat (AS) menuduh Iran": a short aside in brackets goes on with the clause.
    if (asides.some((aside) => match.index === aside.start || match.index === aside.end - 1))
      continue;
    breaks.push({ start: match.index, end: match.index + 1 });
  }
  return breaks;
}

/** The clause a word sits in: from the break before it to the break after it. */
export function clauseOf(cue: Span, text: string, breaks: Span[]): Span {
  return {
    start: Math.max(0, ...breaks.filter((b) => b.end <= cue.start).map((b) => b.end)),
    end: Math.min(text.length, ...breaks.filter((b) => b.start >= cue.end).map((b) => b.start)),
  };
}

export function rolesOf(cue: Cue, text: string, mentions: Mention[], breaks: Span[]): Roles {
  const { start: from, end: to } = clauseOf(cue, text, breaks);
  const form = formOf(cue.surface);
  const roles: Roles = { source: new Set(), target: new Set() };
  // After the word: its receiver, or for a noun its doer ("serangan Kamboja") then its receiver.
  let end = cue.end;
  let received = false;
  for (const after of mentions.filter((m) => m.start >= cue.end && m.end <= to)) {
    const gap = wordsOf(text.slice(end, after.start));
    const at = gap.findIndex(
      (w) => roleWords.targetPrepositions.has(w) || roleWords.sourcePrepositions.has(w),
    );
    const preposition = gap[at];
    // "bernegosiasi dengan China dan Rusia": receivers joined to the receiver receive it too.
    if (received && gap.length > 0 && gap.every((w) => JOINERS.has(w))) {
      roles.target.add(after.code);
      end = after.end;
      continue;
    }
    // "perang terhadap Arab Saudi oleh Iran": after the receiver only its doer may follow.
    if (received && !(preposition && roleWords.sourcePrepositions.has(preposition))) break;
    if (
      preposition &&
      at <= MAX_WORDS_BEFORE_PREPOSITION &&
      gap.length - at <= MAX_WORDS_AFTER_PREPOSITION &&
      (after.person || !commaAfterPreposition(text.slice(end, after.start), preposition))
    ) {
      // "membantah tuduhan dari pejabat AS": the accusation is from the US, and denying it acts on it.
      const isSource =
        roleWords.sourcePrepositions.has(preposition) &&
        !(form === "active" && at > 0 && roleWords.spokenThings.has(gap[at - 1]!));
      roles[isSource ? "source" : "target"].add(after.code);
      if (!isSource && !received) {
        received = true;
        end = after.end;
        continue;
      }
    } else if (
      !preposition &&
      (form === "active"
        ? withoutTitle(text.slice(end, after.start)).length <= MAX_WORDS_BEFORE_OBJECT
        : gap.length === 0) &&
      // "berlawanan dalam konflik Suriah": a country inside a phrase is no object.
      !gap.some((w) => roleWords.nounPrepositions.has(w))
    ) {
      // "menuduh Iran": the object; "serangan Iran", "dikecam Beijing": the doer.
      roles[form === "active" ? "target" : "source"].add(after.code);
      if (form !== "active" && end === cue.end) {
        end = after.end;
        continue;
      }
    }
    break;
  }
  const inClause = mainClause(
    text,
    cue,
    mentions.filter((m) => m.start >= from && m.end <= cue.start),
  );
  const before = reported(
    text,
    cue,
    inClause.length
      ? inClause
      : [
          ...relativeHead(text, from, mentions),
          ...elidedSubject(cue, text, from, mentions, breaks),
        ],
  );
  if (form === "passive") for (const m of before) roles.target.add(m.code);
  else if (form === "active") for (const m of before) roles.source.add(m.code);
  else for (const code of nounDoers(cue, text, from, before)) roles.source.add(code);
  return roles;
}

/**
 * "Setelah bertemu Putra Mahkota Saudi Mohammed bin Salman, Pompeo menyebut ...", "Dengan mundurnya
 * Thailand dan Myanmar, negara-negara ASEAN menyatakan dukungan": a clause opening the sentence
 * with "setelah", "ketika", "karena" or "dengan" ends at a comma; who is named in it is not the
 * subject of the main clause after that comma.
 */
function mainClause(text: string, cue: Span, inClause: Mention[]): Mention[] {
  if (!FRONTED_CLAUSE.test(text)) return inClause;
  const comma = text.indexOf(",");
  return comma < cue.start ? inClause.filter((m) => m.start > comma) : inClause;
}

/**
 * Words opening a clause that says when, why or with what, at the start of the sentence (after a
 * dash, quote or bracket at most); "Sementara itu," or "Namun," only link.
 */
const FRONTED_CLAUSE =
  /^[\s\-–—"“'(]*(?:setelah|sesudah|usai|seusai|sejak|sebelum|ketika|saat|karena|akibat|menyusul|pasca|dengan|after|following|before|when|because|since|with)\s[^,]*,/iu;

/**
 * "diklaim oleh pemberontak Houthi Yaman, Washington tetap menuduh": a preposition's object ends at
 * a comma; a country after it begins the next clause. A person after it is the object's name in
 * apposition ("dengan pemimpin Yordania, Raja Abdullah II").
 */
function commaAfterPreposition(gap: string, preposition: string): boolean {
  const comma = gap.lastIndexOf(",");
  return comma >= 0 && wordsOf(gap.slice(0, comma)).includes(preposition);
}

/**
 * "Jokowi mengatakan hal itu saat bertemu PM Malaysia", "diutarakan Trump saat bertelepon dengan
 * Presiden Perancis": a verb right after "saat", "ketika" or "usai" has the subject of the clause
 * before, which the sentence does not repeat.
 */
function elidedSubject(
  cue: Cue,
  text: string,
  from: number,
  mentions: Mention[],
  breaks: Span[],
): Mention[] {
  const opener = breaks.find((b) => b.end === from);
  if (!opener || !WHEN_WORDS.has(text.slice(opener.start, opener.end).toLowerCase())) return [];
  if (formOf(cue.surface) !== "active" || wordsOf(text.slice(from, cue.start)).length > 1)
    return [];
  const start = Math.max(0, ...breaks.filter((b) => b.end <= opener.start).map((b) => b.end));
  // The clause's subject: its first country, unless that one is in what is said ("bahwa Teheran").
  const first = mentions.find((m) => m.start >= start && m.end <= opener.start);
  if (!first || REPORT_WORD.test(text.slice(start, first.start))) return [];
  return [first];
}

const WHEN_WORDS = new Set(
  "saat ketika setelah sesudah usai seusai sebelum when while after before".split(" "),
);

/** "pemerintah AS yang akan mengenakan tarif": a relative clause opened by "yang". */
const RELATIVE = /(?:^|[^\p{L}])(yang|which|who)\s*$/iu;
/** "Amerika Serikat (AS) yang": the head may end a word or two before "yang". */
const MAX_WORDS_HEAD_TO_RELATIVE = 2;

/**
 * The doer of a word in a relative clause that names nobody is the noun the clause hangs on:
 * "aksi Amerika Serikat yang menembakkan 59 rudal ke pangkalan udara milik Suriah".
 */
function relativeHead(text: string, from: number, mentions: Mention[]): Mention[] {
  const relative = RELATIVE.exec(text.slice(0, from));
  if (!relative) return [];
  const at = relative.index + relative[0].indexOf(relative[1]!);
  const head = mentions.filter((m) => m.end <= at).at(-1);
  if (!head || wordsOf(text.slice(head.end, at)).length > MAX_WORDS_HEAD_TO_RELATIVE) return [];
  return [head];
}

/**
 * "upaya Dewan Keamanan PBB yang bermaksud mengkritik kekerasan": a word in a relative clause that
 * hangs on no country and names none is the act of whatever the clause hangs on, not of a country.
 */
export function inHeadlessRelative(
  cue: Span,
  text: string,
  mentions: Mention[],
  breaks: Span[],
): boolean {
  const { start: from, end: to } = clauseOf(cue, text, breaks);
  if (!RELATIVE.test(text.slice(0, from))) return false;
  if (mentions.some((m) => m.start >= from && m.end <= to)) return false;
  return relativeHead(text, from, mentions).length === 0;
}

/** "mengatakan bahwa", "said that": what follows is what the speaker reports, not their act. */
const REPORT_WORD = /(?:^|[^\p{L}])(?:bahwa|that)(?![\p{L}])/iu;
const REPORTED = new RegExp(REPORT_WORD.source, "giu");

/**
 * "Menlu Iran mengatakan bahwa AS menyerang Suriah": where a country is named between the "bahwa"
 * and the word, the doer is in the reported clause and the speaker before it is not.
 * "Iran mengatakan bahwa pihaknya akan membalas" names nobody after it: the speaker is the doer.
 */
function reported(text: string, cue: Span, before: Mention[]): Mention[] {
  let last = -1;
  for (const match of text.slice(0, cue.start).matchAll(REPORTED))
    last = match.index + match[0].length;
  const inClause = before.filter((m) => m.start >= last);
  return last >= 0 && inClause.length > 0 ? inClause : before;
}

/**
 * Who did what a noun names. Inside a phrase ("perlindungan AS dari ancaman") nobody in the clause;
 * an attack only the country right before a light verb ("Teheran berada di balik serangan");
 * other acts the clause's subject ("Malaysia menawarkan bantuan", "Indonesia ajukan gugatan").
 */
function nounDoers(cue: Cue, text: string, from: number, before: Mention[]): CountryCode[] {
  const previous = wordsOf(text.slice(from, cue.start)).at(-1);
  if (previous && roleWords.nounPrepositions.has(previous)) return [];
  if (!cue.value.doerMustBeNamed) return before.map((m) => m.code);
  const verbStart = lightVerbBefore(cue, text, from);
  if (verbStart === null) return [];
  return before
    .filter((m) => wordsOf(text.slice(m.end, verbStart)).length <= MAX_WORDS_SUBJECT_TO_VERB)
    .filter((m) => coordinatedUpTo(text, m, before, verbStart))
    .map((m) => m.code);
}

/**
 * "Pompeo menuturkan, Iran berada di balik serangan": a country with another named between it and
 * the verb is the verb's doer only when joined to that one ("AS dan Inggris melancarkan").
 */
function coordinatedUpTo(text: string, mention: Mention, all: Mention[], to: number): boolean {
  const next = all.find((m) => m.start >= mention.end && m.end <= to);
  if (!next) return true;
  return wordsOf(text.slice(mention.end, next.start)).every((word) => JOINERS.has(word));
}

/**
 * "Iran berada di balik hampir 100 serangan", "menjatuhkan sanksi baru": a noun right after a light
 * verb (a word of manner, a number or a quantity between) is the verb's act. Returns where the
 * light verb starts, or null.
 */
export function lightVerbBefore(cue: Span, text: string, from = 0): number | null {
  const verb = roleWords.lightVerbs
    .findAll(text.slice(from, cue.start))
    .filter((v) => {
      const between = wordsOf(text.slice(from + v.end, cue.start));
      const other = between.filter((word) => !QUANTITY.test(word) && !QUANTIFIERS.has(word));
      return other.length <= 1 && between.length <= MAX_WORDS_LIGHT_VERB_TO_NOUN;
    })
    .at(-1);
  return verb ? from + verb.start : null;
}

const MAX_WORDS_LIGHT_VERB_TO_NOUN = 4;
const QUANTITY = /^\d[\d.,]*$/u;
const QUANTIFIERS = new Set([
  "hampir",
  "sekitar",
  "lebih",
  "dari",
  "puluhan",
  "ratusan",
  "ribuan",
  "beberapa",
  "sejumlah",
  "serangkaian",
  "rentetan",
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
]);

/**
 * Whether a word with known roles is between the pair: doer and receiver are the two of them. A
 * receiver alone counts where the doer may be the other one left unsaid (`subjects`: named
 * earlier in the sentence, where Indonesian puts its subject, or already the doer of this kind
 * of act in the article). An attack needs its doer named.
 */
export function between(cue: Cue, roles: Roles, pair: Pair, subjects: Set<CountryCode>): boolean {
  const inPair = (code: CountryCode) => code === pair[0] || code === pair[1];
  const sources = [...roles.source].filter(inPair);
  const targets = [...roles.target].filter(inPair);
  if (roles.source.size && roles.target.size)
    return sources.some((s) => targets.some((t) => t !== s));
  if (roles.target.size)
    return (
      targets.some((t) => pair.some((c) => c !== t && subjects.has(c))) &&
      !cue.value.doerMustBeNamed
    );
  return sources.length > 0;
}
