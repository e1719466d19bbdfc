/**
 * Which holder of an office a title names: "Presiden ke-3 RI BJ Habibie", "Presiden Pertama Timor
 * Leste Xanana Gusmao". The ordinal belongs to the office (people.ts), marks a past holder, and is
 * shown in the role: "ke-3" and "Pertama" as the news writes them, "3rd" and "1st" in English.
 */

const WORDS: Record<string, number> = {
  pertama: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  kelima: 5,
  keenam: 6,
  ketujuh: 7,
  kedelapan: 8,
};
const capitalised = Object.keys(WORDS).map((word) => word[0]!.toUpperCase() + word.slice(1));
const AFTER_TITLE = new RegExp(
  String.raw`^\s+(${capitalised.join("|")}|ke-?\s?\d{1,2})(?![\p{L}\p{N}])`,
  "u",
);
const IN_ROLE = new RegExp(String.raw` (${capitalised.join("|")}|ke-\d{1,2})$`, "u");

/** The ordinal right after a title: its length in the text and how the role shows it. */
export function ordinalAfterTitle(text: string): { length: number; shown: string } | null {
  const match = AFTER_TITLE.exec(text);
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  const shown =
    word in WORDS ? word[0]!.toUpperCase() + word.slice(1) : `ke-${word.replace(/\D/g, "")}`;
  return { length: match[0].length, shown };
}

/** "Presiden ke-3" → "3rd President", with the title translated by `title`; null without one. */
export function ordinalRoleInEnglish(role: string, title: (base: string) => string): string | null {
  const match = IN_ROLE.exec(role);
  if (!match) return null;
  const number = WORDS[match[1]!.toLowerCase()] ?? Number(match[1]!.slice(3));
  return `${englishOrdinal(number)} ${title(role.slice(0, match.index))}`;
}

function englishOrdinal(number: number): string {
  const teen = number % 100 >= 11 && number % 100 <= 13;
  return `${number}${teen ? "th" : (["th", "st", "nd", "rd"][number % 10] ?? "th")}`;
}
