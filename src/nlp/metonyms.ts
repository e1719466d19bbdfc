import capitalData from "../../data/capitals.json" with { type: "json" };
import leaderData from "../../data/leaders.json" with { type: "json" };
import { type CountryCode, findCountryMentions } from "./countries.js";
import { monthNumber, weekdayNumber } from "./date-words.js";
import { PhraseMatcher } from "./lexicon.js";

/**
 * Countries named without their name: by the capital or seat of government acting for them
 * ("Beijing menolak ...", "Kremlin"), or by a leader or minister in the years they held office
 * ("Putin", "Anwar", "Jokowi"). Data in data/capitals.json and data/leaders.json.
 */

export interface MetonymMention {
  code: CountryCode;
  start: number;
  end: number;
  kind: "capital" | "leader";
}

interface LeaderEntry {
  country: string;
  role: string;
  names: string[];
  from: number;
  to: number | null;
}

const capitals = (capitalData as { capitals: Record<string, string[]> }).capitals;
const weakCapitals = new Set(
  ((capitalData as { weak?: string[] }).weak ?? []).map((name) => name.toLowerCase()),
);
const leaders = (leaderData as { leaders: LeaderEntry[] }).leaders;
const namesakes = (leaderData as { namesakes?: string[] }).namesakes ?? [];
const leadersByCountry = new Map<CountryCode, LeaderEntry[]>();
for (const leader of leaders)
  leadersByCountry.set(leader.country, [...(leadersByCountry.get(leader.country) ?? []), leader]);

const capitalMatcher = new PhraseMatcher<CountryCode>(
  Object.entries(capitals).flatMap(([code, names]) =>
    names.map((name): [string, CountryCode] => [name, code]),
  ),
);

const capitalNames = new Set(
  Object.values(capitals).flatMap((names) => names.map((name) => name.toLowerCase())),
);

/** Whether `name` is a capital or seat of government the data knows ("KUALA LUMPUR", "Putrajaya"). */
export function isCapital(name: string): boolean {
  return capitalNames.has(name.trim().toLowerCase());
}

/** The country whose capital `text` starts with ("Ankara, Turki" → TR), if any. */
export function capitalAtStart(text: string): CountryCode | null {
  const found = capitalMatcher.findAll(text)[0];
  return found?.start === 0 ? found.value : null;
}

// Names are matched case-sensitively: "Abe" the leader, not "abe" in another word's place.
const leaderMatcher = new PhraseMatcher<LeaderEntry[]>(
  (() => {
    const byName = new Map<string, LeaderEntry[]>();
    for (const leader of leaders) {
      for (const name of leader.names) byName.set(name, [...(byName.get(name) ?? []), leader]);
    }
    // "Roem Kono": matched as one longer name, a namesake stands for nobody.
    for (const name of namesakes) byName.set(name, []);
    return byName;
  })(),
);

// A capital after a preposition is where something happens, not who acts: "di Moskow".
// So is a capital in an office's name: "Wali Kota London".
const PLACE_BEFORE = /(?:^|[\s(])(?:di|ke|dari|menuju|asal|kota|in|at|to|from|via|of)\s+$/iu;

/**
 * "Bandara Internasional Hazrat Shahjalal, Dhaka, Bangladesh": a capital followed by a comma and
 * its own country is an address, a place named from the smallest to the largest, not the
 * government acting.
 */
const ADDRESS_COMMA = /^\s*,\s*/u;

function addressOf(text: string, end: number, code: CountryCode): boolean {
  const comma = ADDRESS_COMMA.exec(text.slice(end));
  if (!comma) return false;
  const from = end + comma[0].length;
  const next = findCountryMentions(text.slice(from, from + 40))[0];
  return next !== undefined && next.start === 0 && next.code === code;
}

const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:antara|between)\s+$/iu;

const seats = new Set(
  ((capitalData as { seats?: string[] }).seats ?? []).map((name) => name.toLowerCase()),
);
const CAPITALISED_AFTER = /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u;
/**
 * "Washington Post", "Tokyo Motor Show", "Paris Saint-Germain": a city right before another
 * capitalised word begins a name. A seat of government is followed by its spokesman's name
 * instead ("Kremlin Dmitry Peskov") and still acts.
 */
function beginsAName(text: string, end: number, surface: string): boolean {
  if (seats.has(surface.toLowerCase())) return false;
  const next = CAPITALISED_AFTER.exec(text.slice(end, end + 40));
  // A weekday or month after it dates the government's act: "Beijing Senin (12/8) mengumumkan".
  return next !== null && weekdayNumber(next[1]!) === null && monthNumber(next[1]!) === null;
}

function inOffice(leader: LeaderEntry, year: number | null): boolean {
  if (year === null) return leader.to === null;
  return leader.from <= year && (leader.to === null || year <= leader.to);
}

/** Capitals acting for their country, and leaders in office in `year` (or still in office). */
export function findMetonyms(text: string, year: number | null): MetonymMention[] {
  const found: MetonymMention[] = [];
  for (const match of capitalMatcher.findAll(text)) {
    if (PLACE_BEFORE.test(text.slice(Math.max(0, match.start - 12), match.start))) continue;
    // A weak capital ("Jakarta" in Indonesian news) acts only as the subject, opening the sentence.
    // ... or as one side named after "antara" ("krisis antara Doha dan Riyadh").
    if (
      weakCapitals.has(match.surface.toLowerCase()) &&
      match.start > 0 &&
      !BETWEEN_BEFORE.test(text.slice(Math.max(0, match.start - 12), match.start))
    )
      continue;
    if (!/^\p{Lu}/u.test(match.surface)) continue;
    if (addressOf(text, match.end, match.value)) continue;
    if (beginsAName(text, match.end, match.surface)) continue;
    found.push({ code: match.value, start: match.start, end: match.end, kind: "capital" });
  }
  for (const match of leaderMatcher.findAll(text)) {
    if (
      !/^\p{Lu}/u.test(match.surface) ||
      !match.value.some((leader) => leader.names.includes(match.surface))
    )
      continue;
    const serving = match.value.filter((leader) => inOffice(leader, year));
    const codes = new Set(serving.map((leader) => leader.country));
    const [code] = codes;
    if (codes.size === 1 && code)
      found.push({ code, start: match.start, end: match.end, kind: "leader" });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The country of a person by name, when the data knows them as a leader in office in `year`. */
export function leaderCountry(name: string, year: number | null): CountryCode | null {
  const codes = new Set(
    leaders
      .filter((leader) => leader.names.includes(name) && inOffice(leader, year))
      .map((leader) => leader.country),
  );
  const [code] = codes;
  return codes.size === 1 && code ? code : null;
}

/** The leaders each name stands for, by their place in the data. */
const leadersByName = new Map<string, Set<number>>();
for (const [at, leader] of leaders.entries())
  for (const name of leader.names)
    leadersByName.set(name, (leadersByName.get(name) ?? new Set()).add(at));

/** True when the data lists the name for a leader, in any year. */
export function isLeaderName(name: string): boolean {
  return leadersByName.has(name);
}

/** "Joko Widodo" and "Jokowi": two names the data lists for one leader. */
export function sameLeader(name: string, other: string): boolean {
  const others = leadersByName.get(other);
  return others !== undefined && [...(leadersByName.get(name) ?? [])].some((at) => others.has(at));
}

/**
 * "Presiden AS Donald , bakal ...": a scraped page that lost a link keeps only the start of a
 * leader's name. The full name of the one leader of that country in office in `year` whose name
 * starts with those words ("Donald Trump", "Tsai Ing-wen"), if there is one.
 */
export function leaderFullName(
  name: string,
  country: CountryCode | null,
  year: number | null,
): string | null {
  if (!country) return null;
  const full = new Set(
    (leadersByCountry.get(country) ?? [])
      .filter((leader) => inOffice(leader, year))
      .map((leader) => leader.names[0]!)
      .filter((known) => known.startsWith(name) && /^[\s-]/u.test(known.slice(name.length))),
  );
  const [only] = full;
  return full.size === 1 && only ? only : null;
}

/**
 * "Menlu Mohamad Javad Zarif": a leader's full name spelled otherwise than the data has it is
 * still known by the surname the data lists alone ("Zarif"), unless it is a known namesake's.
 */
export function leaderCountryBySurname(name: string, year: number | null): CountryCode | null {
  const surname = name.split(" ").at(-1)!;
  if (surname === name || namesakes.includes(name)) return null;
  return leaderCountry(surname, year);
}
