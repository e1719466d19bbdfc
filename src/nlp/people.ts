import roleData from "../../data/roles.json" with { type: "json" };
import { type CountryCode, type CountryMention, findCountryMentions } from "./countries.js";
import { isLeaderName, sameLeader } from "./metonyms.js";
import { aideBefore, notHoldingBefore, prefixedRoleInEnglish } from "./office-aide.js";
import { ordinalAfterTitle, ordinalRoleInEnglish } from "./office-ordinal.js";
import { NAME_PARTICLES, readPersonName } from "./person-names.js";

export { findPersonMentions } from "./person-mentions.js";

/**
 * People named with their office: "Presiden Rusia Vladimir Putin", "Menteri Luar Negeri Rusia
 * Sergei Lavrov". Once named in full, the article refers to them by one name ("Putin", "Xi"), and
 * that name stands for their country in a sentence: "Anwar mengundang Putin" ties Malaysia and Russia.
 */

export interface Person {
  name: string;
  role: string | null;
  country: CountryCode | null;
  /**
   * The words after the title name nobody ("Panglima TNI Resmikan Monumen", a headline's verbs):
   * they still stand for the office's country where they appear, but are not shown as a person.
   */
  unnamed?: true;
  /**
   * Not the office's holder now: a past holder named by the office's ordinal ("Presiden ke-3 RI BJ
   * Habibie") or a candidate ("calon presiden AS Donald Trump"). Shown with the office's country,
   * but the person's name does not stand for that country's state in a sentence.
   */
  notInOffice?: true;
}

export interface PersonMention {
  person: Person;
  start: number;
  end: number;
}

const titles = [...roleData.titles].sort((a, b) => b.length - a.length);
const shortTitles: Record<string, string> = roleData.short;
const titlePattern = new RegExp(
  `(?<![\\p{L}])(${titles.map((title) => title.replace(/[-\s]+/g, "[\\s-]+")).join("|")})(?![\\p{L}])`,
  "giu",
);

const MONTHS_AND_DAYS =
  "januari februari maret april mei juni juli agustus september oktober november desember senin selasa rabu kamis jumat sabtu minggu";
// Capitalised words that start a clause rather than continue a name.
const NOT_NAME = new Set(
  `${MONTHS_AND_DAYS} dalam di pada yang dan untuk selama sebelumnya usai sejak menurut ia dia mereka kami kata the of in on at and`.split(
    " ",
  ),
);
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}{1,2}\.)$/u;

/** Reads up to five name tokens starting at `from`; a punctuation mark ends the name. */
function readName(text: string, from: number): { name: string; end: number } | null {
  // A name does not run on past its line: a headline's last words are not the body's first.
  // Initials end in a full stop: "M. Hanif", and "BJ. Habibie" when a name goes on after them.
  const tokenPattern = /[^\S\n]+(\p{Lu}\.|\p{Lu}{2}\.(?=[^\S\n]+\p{Lu})|[\p{L}][\p{L}'’-]*)/uy;
  const tokens: string[] = [];
  let position = from;
  let end = from;
  while (tokens.length < 5) {
    tokenPattern.lastIndex = position;
    const match = tokenPattern.exec(text);
    if (!match) break;
    const token = match[1]!;
    const isParticle = tokens.length > 0 && NAME_PARTICLES.has(token.toLowerCase());
    if (!isParticle && (!NAME_TOKEN.test(token) || NOT_NAME.has(token.toLowerCase()))) break;
    // A country ends a name: "Menko Luhut Lobi UEA" (a headline) names "Luhut Lobi", not the UAE.
    if (findCountryMentions(token).length > 0) break;
    tokens.push(token);
    position = tokenPattern.lastIndex;
    if (!isParticle) end = position;
    if (!/^[^\S\n]/.test(text.slice(position, position + 1))) break;
  }
  while (tokens.length && NAME_PARTICLES.has(tokens.at(-1)!.toLowerCase())) tokens.pop();
  return tokens.length ? { name: tokens.join(" "), end } : null;
}

/** The country right after a title ("Presiden Republik Kazakhstan"), and where it ends. */
function countryAfter(text: string, from: number, mentions: CountryMention[]) {
  const gap = /^\s+(?:(?:Republik|Kerajaan|Federasi|Republic of|Kingdom of)\s+)?/iu.exec(
    text.slice(from),
  );
  const at = from + (gap?.[0].length ?? 0);
  // "Republik Kazakhstan" may itself be a name in the lexicon, starting before the skipped word.
  const mention = mentions.find(
    (candidate) => candidate.start === at || candidate.start === from + 1,
  );
  if (!mention) return null;
  // "Duta Besar Kazakhstan untuk Indonesia": the office belongs to the first country.
  const destination = /^\s+(?:untuk|di|to)\s+/u.exec(text.slice(mention.end));
  const next = destination
    ? mentions.find((m) => m.start === mention.end + destination[0].length)
    : undefined;
  return { code: mention.code, end: next ? next.end : mention.end };
}

/** English puts the country first: "Russian President Vladimir Putin", "Malaysia's Prime Minister". */
function countryBefore(text: string, titleStart: number, mentions: CountryMention[]) {
  const mention = mentions.find((candidate) =>
    // On the same line: a headline ending "... ke Malaysia" does not name the body's first minister.
    /^(?:['’]s)?[^\S\n]+$/u.test(text.slice(candidate.end, titleStart)),
  );
  return mention ? { code: mention.code, start: mention.start, end: mention.end } : null;
}

/**
 * "Panglima TNI", "Kepala Polri": the home country's armed forces and police after a title make
 * the office the home country's, as its name would (data/roles.json `home.institutions`).
 */
const INSTITUTION = new RegExp(
  `^\\s+(?:${roleData.home.institutions.join("|")})(?:\\s+(?:AD|AL|AU))?(?![\\p{L}])`,
  "u",
);

function institutionAfter(text: string, from: number) {
  const match = INSTITUTION.exec(text.slice(from));
  return match ? { code: HOME_COUNTRY, end: from + match[0].length } : null;
}

/** A ministry's name the titles do not list, after "Menteri" (data/roles.json portfolios). */
const MINISTER = /^(?:menteri|minister)$/iu;
const PORTFOLIO_WORDS = [...roleData.portfolios]
  .sort((a, b) => b.length - a.length)
  .map((words) => words.replace(/\s+/g, "\\s+"))
  .join("|");
const PORTFOLIO = new RegExp(
  `^\\s+(?:${PORTFOLIO_WORDS})(?:\\s*(?:,|dan|&|and)\\s+(?:${PORTFOLIO_WORDS}))*(?![\\p{L}])`,
  "u",
);

/**
 * An office's short form in brackets right after it, or after its portfolio: "Menteri Luar Negeri
 * (Menlu)", "Menteri Lingkungan Hidup dan Kehutanan (LHK)".
 */
const SHORT_FORM = /^[^\S\n]*\(\p{Lu}[\p{L}]{1,9}\)/u;

/**
 * An organisation's acronym between an office and a capitalised name ("Sekjen PBB Antonio").
 * Two capitals are a name's initials more often than a body ("Presiden BJ Habibie").
 */
const BODY_ACRONYM = /^\s+(\p{Lu}{3,6})(?=\s+\p{Lu}\p{Ll})/u;

/** "Jenderal", "Laksamana Madya": a rank between the office and the name is no part of the name. */
const RANK = new RegExp(
  `^\\s+(?:${[...roleData.ranks].sort((a, b) => b.length - a.length).join("|")})(?:\\s+(?:TNI|Pol))?(?=\\s)`,
  "u",
);

const englishTitles: Record<string, string> = roleData.english;
const home = roleData.home;
const homeTitles = new Set(home.titles);
/** The news' own country (data/roles.json `home`): Indonesia. */
export const HOME_COUNTRY: CountryCode = home.country;

/**
 * The country of a minister named without one: the news' own country for its own cabinet titles
 * ("Menteri Perdagangan Enggartiasto Lukita" in Indonesian news), per data/roles.json `home`.
 */
export function homeCountry(role: string | null): CountryCode | null {
  // "Menteri Lingkungan Hidup dan Kehutanan", "Menteri BUMN": a portfolio or a ministry's acronym
  // named without a country is the home cabinet's, as the listed titles are.
  return role && (homeTitles.has(role) || MINISTRY_ROLE.test(role)) ? HOME_COUNTRY : null;
}
const MINISTRY_ROLE = /^Menteri\s+\S/u;

/** The title as shown in an English interface; one the data does not know stays as written. */
export function roleInEnglish(role: string): string {
  const title = (written: string) => englishTitles[written] ?? written;
  return prefixedRoleInEnglish(role, title) ?? ordinalRoleInEnglish(role, title) ?? title(role);
}

function displayTitle(title: string): string {
  const canonical = titles.find((known) => known.toLowerCase() === title.toLowerCase()) ?? title;
  return shortTitles[canonical] ?? canonical;
}

const APPOSITION = /^\s*,(?=\s)/u;

/** Every person introduced with a title in the text, merged by name. */
export function findPeople(text: string): Person[] {
  const people = new Map<string, Person>();
  // The whole text's countries are read once a title asks for them: most articles name no office.
  let mentions: CountryMention[] | undefined;
  // The headline comes first, before a blank line (readParties); its names are read again below.
  const headlineEnd = text.indexOf("\n\n");
  const inHeadline = new Set<string>();
  for (const match of text.matchAll(titlePattern)) {
    mentions ??= findCountryMentions(text);
    let cursor = match.index + match[0].length;
    // "Menteri Industri dan Perdagangan Singapura Chan Chun Sing": the ministry, then the country.
    const portfolio = MINISTER.test(match[1]!) ? PORTFOLIO.exec(text.slice(cursor)) : null;
    if (portfolio) cursor += portfolio[0].length;
    const ordinal = ordinalAfterTitle(text.slice(cursor));
    if (ordinal) cursor += ordinal.length;
    // "Kepala Staf Angkatan Darat (KSAD) Jenderal TNI Andika Perkasa": the office's short form.
    cursor += SHORT_FORM.exec(text.slice(cursor))?.[0].length ?? 0;
    const after = countryAfter(text, cursor, mentions) ?? institutionAfter(text, cursor);
    if (after) cursor = after.end;
    // "Duta Besar Inggris untuk Indonesia, Owen Jenkins": the name in apposition after a comma.
    const apposition = after ? (APPOSITION.exec(text.slice(cursor))?.[0].length ?? 0) : 0;
    cursor += apposition;
    const before = after ? null : countryBefore(text, match.index, mentions);
    const country = after ?? before;
    // "mantan Presiden AS Barack Obama", "calon presiden": not the office's holder now.
    const notHolding = notHoldingBefore(text, before?.start ?? match.index);
    // "Sekjen PBB Antonio Guterres", "Menteri BUMN Rini Soemarno": the body's acronym belongs to
    // the office, not to the name.
    const body = after ? null : BODY_ACRONYM.exec(text.slice(cursor));
    if (body) cursor += body[0].length;
    cursor += RANK.exec(text.slice(cursor))?.[0].length ?? 0;
    // "Penasihat Hubungan Luar Negeri Presiden Cina Xi Jinping, Song Tao": the aide named after
    // the office holder in apposition.
    const aide = aideBefore(text, match.index);
    const holder = readName(text, cursor);
    const comma = aide && holder ? APPOSITION.exec(text.slice(holder.end)) : null;
    const words = (comma && holder && readName(text, holder.end + comma[0].length)) || holder;
    if (!words) continue;
    // "Song Tao, Penasihat Presiden Cina Xi Jinping": a leader named there is the one served.
    if (aide && words === holder && isLeaderName(words.name)) continue;
    const { name, unnamed } = readPersonName(words.name);
    // "Selain bertemu dengan Presiden Madagaskar, Rini juga ...": one word after the comma is the
    // next clause's subject, not the office holder's name in apposition.
    if (apposition && !name.includes(" ") && /^\s+\p{Ll}/u.test(text.slice(words.end))) continue;
    if (match.index < headlineEnd) inHeadline.add(name);
    const existing = people.get(name);
    if (existing) {
      existing.country ??= country?.code ?? null;
      continue;
    }
    people.set(name, {
      name,
      role: [
        aide ?? notHolding?.word,
        displayTitle(match[1]!),
        portfolio?.[0].trim(),
        body?.[1],
        ordinal?.shown,
      ]
        .filter(Boolean)
        .join(" "),
      country: country?.code ?? null,
      ...(unnamed && { unnamed }),
      ...((ordinal || notHolding?.candidate) && { notInOffice: true as const }),
    });
  }
  return mergeShortForms(trimHeadlineNames([...people.values()], inHeadline));
}

/**
 * A title-cased headline runs a name into the words after it: "Menko Luhut Ingin Tiru Vietnam"
 * reads "Luhut Ingin Tiru". When the body names the same person in full ("Luhut Binsar
 * Panjaitan"), the headline's name keeps only the words of that full name ("Luhut").
 */
function trimHeadlineNames(people: Person[], inHeadline: Set<string>): Person[] {
  for (const person of people) {
    const words = person.name.split(" ");
    if (words.length < 2 || !inHeadline.has(person.name)) continue;
    const full = people.find(
      (other) => other !== person && other.name.split(" ").includes(words[0]!),
    );
    if (!full) continue;
    const known = new Set(full.name.split(" "));
    let kept = 1;
    while (kept < words.length && known.has(words[kept]!)) kept++;
    person.name = words.slice(0, kept).join(" ");
  }
  return people;
}

/**
 * The people a text mentions, once each, leaving out the office holders it does not name.
 * "Presiden Joko Widodo atau Jokowi" is one person under the two names the data lists for him.
 */
export function namedPeople(mentions: PersonMention[]): Person[] {
  const seen = new Map<string, Person>();
  for (const { person } of mentions) {
    if (person.unnamed) continue;
    const known = [...seen.keys()].some(
      (name) => name !== person.name && sameLeader(name, person.name),
    );
    if (!known) seen.set(person.name, { ...person });
  }
  return [...seen.values()];
}

/** "Presiden Xi" is the "Xi Jinping" introduced earlier: keep the full form. */
function mergeShortForms(people: Person[]): Person[] {
  const full = people.filter((person) => person.name.includes(" "));
  return people.filter((person) => {
    if (person.name.includes(" ")) return true;
    const owner = full.find((candidate) => candidate.name.split(" ").includes(person.name));
    if (owner) owner.country ??= person.country;
    return !owner;
  });
}
