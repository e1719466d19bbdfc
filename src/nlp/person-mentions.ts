import { monthNumber, weekdayNumber } from "./date-words.js";
import type { Person, PersonMention } from "./people.js";
import { isHeadlineVerb, NAME_PARTICLES } from "./person-names.js";
import { escapeRegExp } from "./text.js";
import { letters } from "./word-chars.js";

/**
 * Where a text names one of an article's people, in full ("Vladimir Putin") or by one of their
 * names ("Putin"). The meaning is that of one regex, `(?<!\p{L})(?:longest|…|shortest)(?!\p{L})`
 * over the people's names; but compiling such a regex for every article cost more than all the
 * searching with it, so the names are looked up by the run of letters they begin with instead.
 */

const FIRST_LETTERS = /^\p{L}+/u;

/** The names of an article's people, and whom each stands for. */
interface NameMatcher {
  /** The people and names it was built from: the same array may not hold the same people later. */
  people: Person[];
  names: string[];
  /** null: a name shared by two people, which names neither. */
  byName: Map<string, Person | null>;
  /** The names by the run of letters they begin with, longest name first, as the regex tries them. */
  byFirstLetters: Map<string, string[]>;
  /** The first characters of those runs. */
  firstCodes: Set<number>;
  /** Only for a name that does not begin with a letter (never from people.ts): the regex itself. */
  pattern: RegExp | null;
}

/** Every sentence of an article is searched for the same people: their names are read once. */
const matchers = new WeakMap<Person[], NameMatcher>();

/**
 * Each name a person is known by (whole, or one word of it that is not a particle or an initial),
 * with its person, or null when two people share it.
 */
export function namesOfPeople(people: Person[]): Map<string, Person | null> {
  const byName = new Map<string, Person | null>();
  for (const person of people) {
    for (const name of [person.name, ...person.name.split(" ")]) {
      if (name.length < 2 || NAME_PARTICLES.has(name.toLowerCase()) || /\.$/.test(name)) continue;
      byName.set(name, byName.has(name) && byName.get(name) !== person ? null : person);
    }
  }
  return byName;
}

function nameMatcher(people: Person[]): NameMatcher {
  const cached = matchers.get(people);
  if (
    cached &&
    cached.people.length === people.length &&
    cached.people.every((person, i) => person === people[i] && person.name === cached.names[i])
  )
    return cached;
  const byName = namesOfPeople(people);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const byFirstLetters = new Map<string, string[]>();
  let pattern: RegExp | null = null;
  for (const name of names) {
    const first = FIRST_LETTERS.exec(name)?.[0];
    if (first === undefined) {
      pattern = new RegExp(
        `(?<![\\p{L}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}])`,
        "gu",
      );
      break;
    }
    const same = byFirstLetters.get(first);
    if (same) same.push(name);
    else byFirstLetters.set(first, [name]);
  }
  const matcher = {
    people: [...people],
    names: people.map((person) => person.name),
    byName,
    byFirstLetters,
    firstCodes: new Set([...byFirstLetters.keys()].map((first) => first.charCodeAt(0))),
    pattern,
  };
  matchers.set(people, matcher);
  return matcher;
}

const NONE: string[] = [];

/**
 * Where names match, as [start, name]. A name that begins with a letter can only match where a
 * run of letters begins, and only if it begins with that very run: the regex's lookbehind and
 * lookahead see to both. So only the names beginning with each run of the text are tried there.
 */
function nameMatches(text: string, matcher: NameMatcher): [number, string][] {
  if (matcher.pattern)
    return Array.from(text.matchAll(matcher.pattern), (match): [number, string] => [
      match.index,
      match[0],
    ]);
  const found: [number, string][] = [];
  if (!matcher.byFirstLetters.size) return found;
  let after = 0;
  for (let i = 0; i < text.length; ) {
    let width = letters.width(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < text.length ? letters.width(text, i) : 0;
    }
    // Most runs are ordinary words, ruled out by their first character without a string made.
    if (start < after || !matcher.firstCodes.has(text.charCodeAt(start))) continue;
    for (const name of matcher.byFirstLetters.get(text.slice(start, i)) ?? NONE) {
      const end = start + name.length;
      if (!text.startsWith(name, start) || (end < text.length && letters.width(text, end) > 0))
        continue;
      after = end;
      found.push([start, name]);
      break;
    }
  }
  return found;
}

const NEXT_WORD = /^\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u;

/**
 * "Kepala perundingan nuklir Korea Utara, Kim Myong Gil": a person's first name followed by a
 * name other than theirs is someone else's ("Kim Jong Un" is not meant). A headline's verb or a
 * day after it ("Xi Tegaskan", "Kim Senin") leaves the name theirs.
 */
function namesake(text: string, end: number, name: string, person: Person): boolean {
  const [first, second] = person.name.split(" ");
  if (!second || first !== name) return false;
  const next = NEXT_WORD.exec(text.slice(end))?.[1];
  // "Jong-un" for "Jong", "Soermarno" for "Soemarno": the same name spelled otherwise.
  if (!next || next.slice(0, 2) === second.slice(0, 2)) return false;
  return !isHeadlineVerb(next) && monthNumber(next) === null && weekdayNumber(next) === null;
}

/** Where the text holds one of the known people's names, in full or one of its words. */
export function matchPersonNames(text: string, people: Person[]): PersonMention[] {
  const matcher = nameMatcher(people);
  const found: PersonMention[] = [];
  for (const [start, name] of nameMatches(text, matcher)) {
    const person = matcher.byName.get(name);
    if (person) found.push({ person, start, end: start + name.length });
  }
  return found;
}

/** Where the text names one of the known people, in full or by one of their names. */
export function findPersonMentions(text: string, people: Person[]): PersonMention[] {
  return matchPersonNames(text, people).filter(
    ({ person, start, end }) => !namesake(text, end, text.slice(start, end), person),
  );
}
