/**
 * Who serves an office rather than holds it: "Penasihat Hubungan Luar Negeri Presiden China Song
 * Tao", "Utusan Presiden Rusia untuk Afghanistan, Zamir Kabulov". The title still names the office
 * and its country (people.ts); the aide word before it (data/roles.json `aides`) makes the person
 * named after it the office's aide, shown as "Penasihat Presiden", "Adviser to the President".
 */
import roleData from "../../data/roles.json" with { type: "json" };

const AIDES: Record<string, string> = roleData.aides;

// The aide word may be written in lower case ("kata penasihat Presiden"); the words of a body's
// name between it and the title are capitalised ("Hubungan Luar Negeri"), on the same line.
const either = (word: string) =>
  `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
const AIDE_WORDS = Object.keys(AIDES)
  .sort((a, b) => b.length - a.length)
  .map((aide) => aide.split(" ").map(either).join("[^\\S\\n]+"))
  .join("|");
const AIDE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${AIDE_WORDS})(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,4}[^\S\n]+$`,
  "u",
);

/** How far before a title the aide word may stand. */
const REACH = 60;

/** The aide word before a title at `titleStart` ("Penasihat", "Utusan Khusus"), as the data lists it. */
export function aideBefore(text: string, titleStart: number): string | null {
  const match = AIDE_BEFORE.exec(text.slice(Math.max(0, titleStart - REACH), titleStart));
  if (!match) return null;
  const written = match[1]!.replace(/\s+/gu, " ").toLowerCase();
  return Object.keys(AIDES).find((aide) => aide.toLowerCase() === written) ?? null;
}

/** "Penasihat Presiden" → "Adviser to the President", with the title translated by `title`. */
export function aideRoleInEnglish(role: string, title: (base: string) => string): string | null {
  const aide = Object.keys(AIDES)
    .sort((a, b) => b.length - a.length)
    .find((candidate) => role.startsWith(`${candidate} `));
  return aide ? `${AIDES[aide]} ${title(role.slice(aide.length + 1))}` : null;
}
