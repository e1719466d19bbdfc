import relationData from "../../data/relation-lexicon.json" with { type: "json" };
import roleData from "../../data/roles.json" with { type: "json" };
import type { CountryCode } from "./countries.js";

/**
 * How the countries of one sentence stand to each other, read from the words between their names.
 *
 * - Names joined by "dan", commas, "serta" or a hyphen form one coordinated group: "Arab Saudi,
 *   Mesir dan Bahrain memutuskan hubungan dengan Qatar" has the group {SA, EG, BH} acting on {QA}.
 *   The members of a group are listed side by side; what the sentence says is between the groups.
 * - A group right after a place, topic or comparison word ("di Afghanistan", "mengenai Suriah",
 *   "seperti Malaysia dan Thailand") is set aside: those countries are where or what the sentence
 *   is about, or a yardstick, not someone acting.
 * - A group right after "antara" / "between" is itself the relation: "ketegangan antara Pakistan
 *   dan India".
 * - A group that is the subject of a reciprocal verb acts with itself: "Jepang dan Filipina
 *   menandatangani pakta ... untuk mengimbangi China" ties Japan to the Philippines first.
 */

export interface PartyMention {
  code: CountryCode;
  start: number;
  end: number;
}

export interface PartyGroup {
  codes: CountryCode[];
  start: number;
  end: number;
  /** "antara A dan B": the group's members are the two sides of the relation. */
  between: boolean;
  /** "A dan B menandatangani ...": the members did it with each other. */
  reciprocal?: boolean;
  /** "A dan B menolak klaim Houthi": the members did it together to someone else. */
  joint?: boolean;
  /** "diimpor dari China dan India": the object of a preposition, its members side by side. */
  object?: boolean;
}

export interface SentenceGroups {
  groups: PartyGroup[];
  /** Codes named only as a place, topic or comparison in this sentence. */
  aside: Set<CountryCode>;
}

const titleWords = [...roleData.titles]
  .sort((a, b) => b.length - a.length)
  .map((title) => title.replace(/[-\s]+/g, "[\\s-]+"))
  .join("|");
// Titles, "Republik", "Kerajaan" and brackets between two names do not separate them:
// "Presiden Turki Recep Tayyip Erdogan dan Presiden Iran", "Amerika Serikat (AS) dan Iran".
const FILLER = new RegExp(
  `(?<![\\p{L}])(?:${titleWords}|republik|kerajaan|federasi|negara|pemerintah)(?![\\p{L}])|[()]`,
  "giu",
);
const SAME_UNIT = /^\s*$/u;
/** "Kecam Serangan Kilang Minyak Saudi, Prancis: ...": a headline's speaker, not a list's member. */
const SPEAKER_AFTER = /^\s*:/u;
const HYPHEN = /^\s*[-–/]\s*$/u;
const COMMA_ONLY = /^\s*,\s*$/u;
const BORDER_BEFORE = /(?:^|[^\p{L}])(?:perbatasan|border)\s+$/iu;
/** "A, B dan C", "A serta B", or two names hyphenated ("AS-China"). */
const COORDINATION = new RegExp(
  `^\\s*(?:,\\s*)?(?:(?:dan|serta|maupun|atau|and|or|&)\\s+)?$|${HYPHEN.source}`,
  "iu",
);

/**
 * Words that make the group after them a comparison, an example or a model: "seperti Malaysia
 * dan Thailand", "dibandingkan dengan Vietnam", "mirip Portugal", "belajar dari Malaysia". A
 * model may be named with what is copied from it: "berkaca pada sistem pemasyarakatan Belanda",
 * "belajar dari regulasi yang ada pada Vietnam".
 */
const COMPARISON_BEFORE =
  /(?:^|[^\p{L}])(?:seperti|layaknya|ketimbang|daripada|dibanding(?:kan)?(?:\s+dengan)?|berbeda\s+(?:dengan|dari)|(?:mirip|serupa)(?:\s+(?:dengan|seperti))?|than|like|unlike|similar\s+to)\s+$|(?:^|[^\p{L}])(?:belajar\s+dari|berkaca\s+(?:pada|dari|ke)|mencontoh|meniru|tiru|learn\s+from)(?:\s+\p{Ll}[\p{L}-]*){0,4}\s+$/iu;
/**
 * A situation in a country makes it the scene, not a party: "konflik di Yaman", "proses
 * perdamaian di Afghanistan", "situasi keamanan yang memburuk di Suriah". A bare "di Malaysia" is
 * left alone: "investasi Jepang di Indonesia" and "WNI di Malaysia" are relations. A part of a
 * country, or its border, is a scene too: "di wilayah Afghanistan-Pakistan", "di dekat perbatasan
 * antara Afghanistan dan Pakistan", "di utara Irak".
 */
const SCENE_BEFORE =
  /(?:^|[^\p{L}])(?:situasi|kondisi|konflik|perang|krisis|perdamaian|keamanan|kerusuhan|kekerasan|pertempuran|bencana|misi|operasi|intervensi|serangan|situation|conflict|war|crisis|peace|violence)(?:\s+[\p{L}-]+){0,3}\s+(?:di|in)\s+$|(?:^|[^\p{L}])(?:di|in)\s+(?:dekat\s+)?(?:wilayah|kawasan|perbatasan\s+antara|(?:bagian\s+)?(?:utara|selatan|timur|barat|tengah)(?:\s+(?:laut|daya))?)\s+$/iu;
/**
 * A topic: "resolusi mengenai Afghanistan", "pembicaraan tentang Korea Utara". The country is what
 * the sentence is about, not a side in it.
 */
const TOPIC_BEFORE =
  /(?:^|[^\p{L}])(?:mengenai|tentang|perihal|seputar|soal|about|regarding|concerning)\s+$/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:antara|between)\s+$/iu;
/** "dari", "kepada", "dengan": what follows is where something comes from, goes to or is with. */
const OBJECT_BEFORE =
  /(?:^|[^\p{L}])(?:dari|ke|kepada|untuk|bagi|terhadap|dengan|di|pada|from|to|into|with|in|for|against)\s+$/iu;

const RECIPROCAL_VERB = relationData.roles.reciprocalVerbs
  .map((verb) => verb.replace(/\s+/g, "\\s+"))
  .join("|");
/**
 * The verb right after the group, with at most a few words between ("juga telah", "on Monday").
 * What follows it must not hand the act to another country ("bertemu dengan China"): that one is
 * then the counterpart of the whole group.
 */
const RECIPROCAL_AFTER = new RegExp(
  `^\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${RECIPROCAL_VERB})(?![\\p{L}])(?!\\s+(?:dengan|with|kepada|to|terhadap)\\s)`,
  "iu",
);

/**
 * The words one of the patterns above needs, to skip them cheaply: they are anchored at the end
 * of the text before each group, which the regex engine tries from every position.
 */
const ASIDE_WORDS = new Set(
  `seperti layaknya ketimbang daripada dibanding dibandingkan berbeda mirip serupa than like unlike similar belajar learn berkaca mencontoh
  meniru tiru situasi kondisi konflik perang krisis perdamaian keamanan kerusuhan kekerasan
  pertempuran bencana misi operasi intervensi serangan situation conflict war crisis peace violence mengenai tentang perihal
  seputar soal about regarding concerning wilayah kawasan perbatasan utara selatan timur barat
  tengah dampak imbas efek akibat amid impact effect`.split(/\s+/),
);

function mayBeAside(before: string): boolean {
  for (const match of before.matchAll(WORD))
    if (ASIDE_WORDS.has(match[0].toLowerCase())) return true;
  return false;
}
const WORD = /\p{L}+/gu;

function gapIsEmpty(gap: string, pattern: RegExp): boolean {
  return pattern.test(gap.replace(FILLER, " "));
}

/**
 * "perang dagang AS-China", "hubungan Israel-Palestina": two names hyphenated are a relation.
 * Not a border: "di Perbatasan RI-Timor Leste" is a place.
 */
function hyphenated(group: { codes: CountryCode[]; hyphen?: boolean }, before: string): boolean {
  return group.hyphen === true && group.codes.length === 2 && !BORDER_BEFORE.test(before);
}

/**
 * "Imbas Perang Dagang AS-China, ...", "di tengah ketegangan antara AS dan Iran": a relation of
 * two named as the cause or backdrop of the news is what it happens against, not its parties.
 */
const BACKDROP_BEFORE =
  /(?:^|[^\p{L}])(?:dampak|imbas|efek|akibat|di\s+tengah|amid|impact\s+of|effect\s+of)(?:\s+[\p{L}-]+){0,3}\s+(?:antara\s+|between\s+)?$/iu;

/** Groups the mentions (any order) of one sentence and finds those set aside. */
export function groupParties(text: string, mentions: PartyMention[]): SentenceGroups {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const raw: { codes: CountryCode[]; start: number; end: number; hyphen?: boolean }[] = [];
  for (const mention of sorted) {
    const last = raw.at(-1);
    // Overlapping names (a person's name holding a country's) are one name.
    if (last && mention.start < last.end) {
      if (!last.codes.includes(mention.code)) last.codes.push(mention.code);
      continue;
    }
    const gap = last ? text.slice(last.end, mention.start) : "";
    // "Presiden Rusia Vladimir Putin": the country and the person are one name.
    if (last && last.codes.at(-1) === mention.code && gapIsEmpty(gap, SAME_UNIT)) {
      last.end = mention.end;
    } else if (
      last &&
      gapIsEmpty(gap, COORDINATION) &&
      !SPEAKER_AFTER.test(text.slice(mention.end)) &&
      // "Imbas Perang Dagang AS-China, Indonesia ...": a comma after a hyphenated pair ends a clause.
      !(last.hyphen && COMMA_ONLY.test(gap))
    ) {
      if (!last.codes.includes(mention.code)) last.codes.push(mention.code);
      last.end = mention.end;
      last.hyphen = HYPHEN.test(gap);
    } else raw.push({ codes: [mention.code], start: mention.start, end: mention.end });
  }
  const groups: PartyGroup[] = [];
  const acting = new Set<CountryCode>();
  const setAside = new Set<CountryCode>();
  for (const group of raw) {
    const before = text.slice(Math.max(0, group.start - 60), group.start);
    const relation = BETWEEN_BEFORE.test(before) || hyphenated(group, before);
    if (
      mayBeAside(before) &&
      (COMPARISON_BEFORE.test(before) ||
        SCENE_BEFORE.test(before) ||
        TOPIC_BEFORE.test(before) ||
        (relation && BACKDROP_BEFORE.test(before)))
    ) {
      for (const code of group.codes) setAside.add(code);
      continue;
    }
    for (const code of group.codes) acting.add(code);
    const reciprocal =
      group.codes.length > 1 && RECIPROCAL_AFTER.test(text.slice(group.end, group.end + 80));
    // Joined by "dan" alone: a comma may end a headline's clause ("Terhadap Iran, Menlu AS ...").
    const object =
      group.codes.length > 1 &&
      !text.slice(group.start, group.end).includes(",") &&
      OBJECT_BEFORE.test(before.replace(FILLER, " "));
    const { hyphen: _, ...span } = group;
    groups.push({
      ...span,
      between: relation,
      ...(reciprocal && { reciprocal }),
      ...(object && { object }),
    });
  }
  for (const code of acting) setAside.delete(code);
  return { groups, aside: setAside };
}

/**
 * Whether the sentence puts `a` and `b` on two sides of what it says: in different groups, or in
 * one "antara A dan B" group, or in the only group there is ("Jepang dan Vietnam sepakat") unless
 * it is a preposition's object.
 */
export function opposite(groups: PartyGroup[], a: CountryCode, b: CountryCode): boolean {
  // "bawang putih diimpor dari China dan India": an object's members stand side by side.
  if (groups.length <= 1) return !groups[0]?.joint && !groups[0]?.object;
  for (const group of groups) {
    const facing = group.between || group.reciprocal;
    if (facing && group.codes.includes(a) && group.codes.includes(b)) return true;
  }
  const withA = groups.filter((group) => group.codes.includes(a));
  const withB = groups.filter((group) => group.codes.includes(b));
  // "Turki ikut menyelesaikan krisis antara Doha dan Riyadh": a side named only in someone
  // else's "antara" relation does not face the third country that speaks of it.
  // Likewise a side of a reciprocal act ("Jepang dan Filipina menandatangani pakta ... China")
  // does not face a third country the same sentence names: the act is theirs with each other.
  const sideOnly = (inGroups: PartyGroup[]) =>
    inGroups.every((group) => group.between || group.reciprocal);
  if (sideOnly(withA) || sideOnly(withB)) return false;
  return withA.some((ga) => withB.some((gb) => ga !== gb));
}

/** "saling menuduh", "each other": a coordinated subject's conflict with itself. */
const MUTUAL = /\b(?:saling|satu\s+sama\s+lain|each\s+other|one\s+another)\b/iu;

/**
 * Whether the only group of a sentence did its acts together to someone the sentence does not
 * name as a state ("Pejabat AS dan Arab Saudi menolak klaim Houthi"): every relation word is a
 * one-sided act of conflict, or condolences ("Inggris, Rusia dan Amerika Ucapkan Belasungkawa").
 * Agreeing, meeting, trading or quarrelling ("sengketa") is with each other, and so is a conflict
 * told as mutual ("saling menuduh").
 */
export function actsJointly(
  text: string,
  groups: PartyGroup[],
  cues: { tone: number; symmetric: boolean; condolence: boolean }[],
): boolean {
  const only = groups.length === 1 ? groups[0] : undefined;
  if (!only || only.codes.length < 2 || only.between || only.reciprocal || !cues.length)
    return false;
  const oneSided = (cue: (typeof cues)[number]) =>
    (cue.tone < 0 && !cue.symmetric) || cue.condolence;
  return cues.every(oneSided) && !MUTUAL.test(text);
}
