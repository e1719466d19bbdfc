import type { Person, PersonMention } from "./people.js";
import { escapeRegExp } from "./text.js";

/**
 * Where a text names one of an article's people, in full ("Vladimir Putin") or by one of their
 * names ("Putin"). The meaning is that of one regex, `(?<!\p{L})(?:longest|…|shortest)(?!\p{L})`
 * over the people's names; but compiling such a regex for every article cost more than all the
 * searching with it, so the names are looked up by the run of letters they begin with instead.
 */

/** "bin", "al", "van": lower-case parts of a name, which name no one on their own. */
export const NAME_PARTICLES = new Set([
  "bin",
  "binti",
  "al",
  "van",
  "von",
  "de",
  "der",
  "la",
  "le",
]);

const LETTERS = /\p{L}+/gu;
const FIRST_LETTERS = /^\p{L}+/u;
const LETTER = /\p{L}/uy;

/** The names of an article's people, and whom each stands for. */
interface NameMatcher {
  /** The people and names it was built from: the same array may not hold the same people later. */
  people: Person[];
  names: string[];
  /** null: a name shared by two people, which names neither. */
  byName: Map<string, Person | null>;
  /** The names by the run of letters they begin with, longest name first, as the regex tries them. */
  byFirstLetters: Map<string, string[]>;
  /** Only for a name that does not begin with a letter (never from people.ts): the regex itself. */
  pattern: RegExp | null;
}

/** Every sentence of an article is searched for the same people: their names are read once. */
const matchers = new WeakMap<Person[], NameMatcher>();

function nameMatcher(people: Person[]): NameMatcher {
  const cached = matchers.get(people);
  if (
    cached &&
    cached.people.length === people.length &&
    cached.people.every((person, i) => person === people[i] && person.name === cached.names[i])
  )
    return cached;
  const byName = new Map<string, Person | null>();
  for (const person of people) {
    for (const name of [person.name, ...person.name.split(" ")]) {
      if (name.length < 2 || NAME_PARTICLES.has(name.toLowerCase()) || /\.$/.test(name)) continue;
      byName.set(name, byName.has(name) && byName.get(name) !== person ? null : person);
    }
  }
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
  LETTERS.lastIndex = 0;
  for (let run = LETTERS.exec(text); run; run = LETTERS.exec(text)) {
    if (run.index < after) continue;
    for (const name of matcher.byFirstLetters.get(run[0]) ?? NONE) {
      if (!text.startsWith(name, run.index)) continue;
      LETTER.lastIndex = run.index + name.length;
      if (LETTER.test(text)) continue;
      after = run.index + name.length;
      found.push([run.index, name]);
      break;
    }
  }
  return found;
}

/** Where the text names one of the known people, in full or by one of their names. */
export function findPersonMentions(text: string, people: Person[]): PersonMention[] {
  const matcher = nameMatcher(people);
  const found: PersonMention[] = [];
  for (const [start, name] of nameMatches(text, matcher)) {
    const person = matcher.byName.get(name);
    if (person) found.push({ person, start, end: start + name.length });
  }
  return found;
}
