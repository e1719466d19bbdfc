import type { CountryCode } from "./countries.js";
import { QUOTE_VERBS } from "./event-attribution.js";
import { roleWords, wordsOf } from "./lexicon.js";
import { type Cue, type Mention, type Roles, rolesOf, type Span } from "./tone-roles.js";

/**
 * "PM Palestina Mohammad Shtayyeh menyebut Netanyahu sebagai 'perusak utama proses perdamaian'":
 * calling another country (or its leader) by a hostile name is an accusation of it by the
 * speaker, an act between the two as much as "menuduh" is. The hostile name is a conflict word
 * of the lexicon (a noun, which alone has no doer or receiver).
 */
const EPITHET_VERB =
  /(?<![\p{L}])(?:menyebut|menyebutnya|menjuluki|mencap|menilai|menganggap|called|labelled|labeled|branded)(?![\p{L}])/giu;
const AS = new Set(["sebagai", "as", "adalah", "a", "an", "the"]);
/** "menyebut Presiden Israel Netanyahu sebagai": the object follows the verb closely. */
const MAX_WORDS_TO_OBJECT = 2;
/** "sebagai 'perusak utama'": the name follows "sebagai" closely. */
const MAX_WORDS_TO_NAME = 2;

/** "Presiden Israel Benjamin Netanyahu": a name that runs on through the same country's mentions. */
function nameEnd(text: string, object: Mention, mentions: Mention[]): number {
  let end = object.end;
  for (const m of mentions.filter((m) => m.start >= object.end)) {
    if (m.code !== object.code || wordsOf(text.slice(end, m.start)).length > 0) break;
    end = m.end;
  }
  return end;
}

export interface Epithet {
  doers: Set<CountryCode>;
  target: CountryCode;
}

export function epithets(
  text: string,
  cues: Cue[],
  mentions: Mention[],
  breaks: Span[],
): Epithet[] {
  const found: Epithet[] = [];
  for (const verb of text.matchAll(EPITHET_VERB)) {
    const end = verb.index + verb[0].length;
    const object = mentions.find((m) => m.start >= end);
    if (!object) continue;
    // "menyebut pemerintah Chile", not "menyebut serangan ke Chile": the country is the object.
    const gap = wordsOf(text.slice(end, object.start));
    if (
      gap.length > MAX_WORDS_TO_OBJECT ||
      gap.some((w) => roleWords.targetPrepositions.has(w) || roleWords.sourcePrepositions.has(w)) ||
      cues.some((cue) => cue.start >= end && cue.end <= object.start)
    )
      continue;
    const named = nameEnd(text, object, mentions);
    const after = wordsOf(text.slice(named));
    // "menyebut pernyataan Netanyahu ilegal, melanggar hukum": "sebagai" may be left out.
    const asAt = after.findIndex((word) => AS.has(word));
    const as = asAt >= 0 && asAt <= 1 ? asAt : -1;
    const hostile = cues.find(
      (cue) =>
        cue.value.tone < 0 &&
        cue.start >= named &&
        wordsOf(text.slice(named, cue.start)).length <= as + 1 + MAX_WORDS_TO_NAME,
    );
    if (!hostile) continue;
    const said: Cue = {
      start: verb.index,
      end,
      surface: verb[0],
      value: hostile.value,
    };
    const doers = new Set(
      [...rolesOf(said, text, mentions, breaks).source].filter((code) => code !== object.code),
    );
    if (doers.size) found.push({ doers, target: object.code });
  }
  return found;
}

/**
 * "Saudi dan AS menyebut serangan itu dilancarkan oleh Iran", "AS menyebut dalang serangan itu
 * adalah Iran": saying another country did an attack blames it, an act of the speaker on it as
 * much as "menuduh" is. The attack is a word whose doer must be named (ASSAULT), and the country
 * follows it as its doer ("oleh", "adalah", "by").
 */
const SAY_VERB =
  /(?<![\p{L}])(?:menyebut|mengatakan|menyatakan|menilai|meyakini|yakin|percaya|menduga|said|says|believes?)(?![\p{L}])/giu;
/**
 * "dilakukan oleh Iran"; "senjata ... buatan Iran", "asal Iran", "dilakukan dengan senjata Iran":
 * the weapons' maker did it.
 */
const DOER_MARK = new Set(["oleh", "adalah", "ialah", "by", "buatan", "asal", "senjata"]);
/**
 * What a speaker says runs to the next comma or quote: "senjata yang menyerang kilang adalah
 * buatan Iran" is one report, although "yang" opens a clause of its own.
 */
const REPORT_END = /[,;:"\u201c\u201d]/u;
/** "oleh rezim Iran", "oleh pasukan Iran": a word or two between the mark and the country. */
const MAX_WORDS_MARK_TO_DOER = 2;

export function blames(text: string, cues: Cue[], mentions: Mention[], breaks: Span[]): Epithet[] {
  const found: Epithet[] = [];
  if (!cues.some((cue) => cue.value.doerMustBeNamed)) return found;
  for (const verb of text.matchAll(SAY_VERB)) {
    const end = verb.index + verb[0].length;
    // "mengatakan, berdasarkan penyelidikan awal ...": a comma right after the verb opens the report.
    const opening = /^\s*,/u.exec(text.slice(end))?.[0].length ?? 0;
    const reportEnd = REPORT_END.exec(text.slice(end + opening));
    const clauseEnd = reportEnd ? end + opening + reportEnd.index : text.length;
    const attack = cues.find(
      (cue) => cue.value.doerMustBeNamed && cue.start >= end && cue.end <= clauseEnd,
    );
    if (!attack) continue;
    const blamed = mentions.find((m) => {
      if (m.start < attack.end || m.start > clauseEnd) return false;
      const gap = wordsOf(text.slice(attack.end, m.start));
      const mark = gap.findLastIndex((word) => DOER_MARK.has(word));
      return mark >= 0 && gap.length - 1 - mark <= MAX_WORDS_MARK_TO_DOER;
    });
    if (!blamed) continue;
    // The saying verb's own subject says it, whatever its form ("yakin", "percaya" have no prefix).
    const value = { ...attack.value, doerMustBeNamed: false };
    const said: Cue = { start: verb.index, end, surface: verb[0], value };
    const doers = new Set(
      [...rolesOf(said, text, mentions, breaks).source].filter((code) => code !== blamed.code),
    );
    if (doers.size) found.push({ doers, target: blamed.code });
  }
  return found;
}

/**
 * "berada di balik" (also "berada dibalik"; bare "dibalik" is "reversed"), "di belakang",
 * "terlibat dalam", "pelaku", "behind": a claim of who did an attack, someone's word rather than a
 * fact told. ("sebagai dalang serangan" follows an accusing verb, which is the act already.)
 */
const CLAIM =
  /^(?:(?:berada\s+)?(?:di\s+balik|di\s+belakang)|berada\s+dibalik|terlibat\s+dalam|pelaku|behind)(?![\p{L}])/iu;

/** "kata", "ujar", "tulis Pompeo", "said": the verb that introduces a quote's speaker. */
const SPEECH_VERB = new RegExp(
  `(?<![\\p{L}])(?:${QUOTE_VERBS}|said|says|wrote|added|told)(?![\\p{L}])`,
  "iu",
);

/**
 * Who claims who was behind an attack (`claim`: from the light verb to the attack noun, as
 * tie-acts.ts finds them): the countries named before the claim, or after its clause
 * (a quote's speaker), that are neither its doer nor its receiver ("penegasan AS bahwa Iran berada
 * di balik serangan fasilitas Saudi"; "'Teheran berada di balik serangan terhadap Arab Saudi,'
 * tulis Pompeo").
 */
export function claimants(
  text: string,
  claim: Span,
  roles: Roles,
  mentions: Mention[],
  breaks: Span[],
): CountryCode[] {
  if (!CLAIM.test(text.slice(claim.start))) return [];
  const clauseEnd = breaks.find((b) => b.start >= claim.end)?.start ?? text.length;
  // After the clause only a quote's speaker claims: "..., tulis Pompeo", not "fasilitas minyak
  // yang dikelola Kerajaan Saudi".
  const speaker = (m: Mention) =>
    m.start >= clauseEnd && SPEECH_VERB.test(text.slice(clauseEnd, m.start));
  const outside = mentions.filter((m) => m.end <= claim.start || speaker(m));
  const codes = new Set(outside.map((m) => m.code));
  return [...codes].filter((code) => !roles.source.has(code) && !roles.target.has(code));
}
