/**
 * Words before a title that say the person named after it does not hold the office (people.ts):
 * - an aide serves it: "Penasihat Hubungan Luar Negeri Presiden China Song Tao", "Utusan Presiden
 *   Rusia untuk Afghanistan, Zamir Kabulov" (data/roles.json `aides`), shown "Penasihat Presiden",
 *   "Adviser to the President";
 * - a past holder or a candidate: "mantan Presiden AS Barack Obama", "calon presiden Donald
 *   Trump" (data/roles.json `formerHolders`, `candidates`), shown "Mantan Presiden", "Former
 *   President".
 * The title still names the office's country.
 */
import roleData from "../../data/roles.json" with { type: "json" };

const AIDES: Record<string, string> = roleData.aides;
const FORMER: Record<string, string> = roleData.formerHolders;
const CANDIDATES: Record<string, string> = roleData.candidates;
const NOT_HOLDING = { ...FORMER, ...CANDIDATES };
/** Every prefix a role may start with, and how English shows it, longest first. */
const PREFIXES = Object.entries({ ...AIDES, ...NOT_HOLDING }).sort(
  ([a], [b]) => b.length - a.length,
);

// The words may be written in lower case ("kata penasihat Presiden"); \p{Lu} below must not be
// made case-insensitive, so only the first letter of each word is given both cases.
const either = (word: string) =>
  `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(" ").map(either).join("[^\\S\\n]+"))
    .join("|");

// An aide may serve a body named between it and the title ("Hubungan Luar Negeri"), in
// capitalised words on the same line.
const AIDE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${alternatives(Object.keys(AIDES))})(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,4}[^\S\n]+$`,
  "u",
);
const NOT_HOLDING_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${alternatives(Object.keys(NOT_HOLDING))})[^\S\n]+$`,
  "u",
);

/** How far before a title an aide word may stand. */
const REACH = 60;

function listed(written: string, words: Record<string, string>): string | null {
  const normal = written.replace(/\s+/gu, " ").toLowerCase();
  return Object.keys(words).find((word) => word.toLowerCase() === normal) ?? null;
}

/** The aide word before a title at `titleStart` ("Penasihat", "Utusan Khusus"), as the data lists it. */
export function aideBefore(text: string, titleStart: number): string | null {
  const match = AIDE_BEFORE.exec(text.slice(Math.max(0, titleStart - REACH), titleStart));
  return match ? listed(match[1]!, AIDES) : null;
}

/**
 * "mantan", "calon" right before a title (or an English title's country) at `at`, as the data
 * lists it, and whether it names a candidate.
 */
export function notHoldingBefore(
  text: string,
  at: number,
): { word: string; candidate: boolean } | null {
  const match = NOT_HOLDING_BEFORE.exec(text.slice(Math.max(0, at - REACH), at));
  const word = match ? listed(match[1]!, NOT_HOLDING) : null;
  return word ? { word, candidate: word in CANDIDATES } : null;
}

/** "Penasihat Presiden" → "Adviser to the President", with the title translated by `title`. */
export function prefixedRoleInEnglish(
  role: string,
  title: (base: string) => string,
): string | null {
  const prefix = PREFIXES.find(([word]) => role.startsWith(`${word} `));
  return prefix ? `${prefix[1]} ${title(role.slice(prefix[0].length + 1))}` : null;
}
