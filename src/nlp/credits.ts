/**
 * Credit lines: "Pewarta: Virna P Setyorini", "Editor: Azis Kurmala", "Oleh : Unggul Wirawan /
 * WIR", "Penulis :" with the name on the next line, and the labels of people who are neither
 * authors nor editors (photographers, translators), whose lines are cut all the same.
 */

export type CreditRole = "author" | "editor" | "other";

export interface Credit {
  role: CreditRole;
  names: string[];
  /** The label stands alone ("Penulis :"): the name is on the next line. */
  awaitsName: boolean;
}

const LABELS: [string, CreditRole][] = [
  ["pewarta foto", "other"],
  ["copy editor", "other"],
  ["video editor", "other"],
  ["editor foto", "other"],
  ["fotografer", "other"],
  ["photographer", "other"],
  ["penerjemah", "other"],
  ["alih bahasa", "other"],
  ["translator", "other"],
  ["videografer", "other"],
  ["produser", "other"],
  ["producer", "other"],
  ["penanggung jawab", "other"],
  ["ditulis oleh", "author"],
  ["written by", "author"],
  ["pewarta", "author"],
  ["penulis", "author"],
  ["reporter", "author"],
  ["wartawan", "author"],
  ["jurnalis", "author"],
  ["kontributor", "author"],
  ["author", "author"],
  ["writer", "author"],
  ["oleh", "author"],
  ["by", "author"],
  ["editor", "editor"],
  ["penyunting", "editor"],
  ["redaktur", "editor"],
  ["editing", "editor"],
  ["penyelaras bahasa", "editor"],
  ["penyelaras", "editor"],
];

const ROLE = new Map(LABELS);
const LABEL_ALT = LABELS.map(([l]) => l.replace(/ /g, "\\s+")).join("|");
/** Every "Label:" in a line, so "Pewarta: A Editor: B" gives two credits. */
const LABEL_COLON = new RegExp(`(?:^|\\s)(${LABEL_ALT})\\s*[:：]`, "giu");
const STARTS_WITH_LABEL = new RegExp(`^(${LABEL_ALT})\\s*[:：]`, "iu");
/** "Oleh Rina Hartati", "Editor Rizal Nugroho": without a colon the rest must be a name. */
const NO_COLON = new RegExp(`^(${LABEL_ALT})\\s+(?![:：])(.+)$`, "iu");
/**
 * Only "Oleh"/"By" make a byline on their own: "Wartawan Jepang Ditahan di Myanmar" is a
 * Title Case headline, not a credit. Other labels go without a colon only in a "|" credit row.
 */
const BYLINE_WORD = /^(?:oleh|by|ditulis\s+oleh|written\s+by)$/iu;

const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}'’.-]*|bin|binti|van|von|de|da|di|al|el|der|den|la|le|dos|du|ibn)$/u;

/** A person's (or agency's) name: a few capitalised words, no sentence punctuation. */
export function isNameLike(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 60 || /[!?;"“”]|\d/.test(t)) return false;
  const tokens = t.split(/\s+/);
  if (tokens.length > 6) return false;
  return tokens.every((w) => NAME_TOKEN.test(w)) && /^\p{Lu}/u.test(t) && /\p{L}{2}/u.test(t);
}

/** Staff initials after a slash or in brackets ("/ WIR", "(ant)") are a desk code, not a name. */
function cleanName(part: string): string | null {
  const noBrackets = part.replace(/\([^()]*\)/g, " ").trim();
  const pieces = noBrackets
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const names =
    pieces.length > 1 ? pieces.filter((p) => !/^(?:\p{Lu}{2,5}|\p{Ll}{2,5})$/u.test(p)) : pieces;
  const name = names
    .join(" / ")
    .replace(/[.,]+$/, "")
    .trim();
  return isNameLike(name) ? name : null;
}

/** The names in a credit value, or null when it is not a list of names. */
export function namesFrom(value: string): string[] | null {
  const parts = value
    .split(/\s*(?:,|;|&|\s+dan\s+|\s+and\s+)\s*/iu)
    .filter((p) => p.trim().length > 0);
  if (parts.length === 0) return null;
  const names: string[] = [];
  for (const p of parts) {
    const n = cleanName(p);
    if (n === null) return null;
    names.push(n);
  }
  return names;
}

function roleOf(label: string): CreditRole {
  return ROLE.get(label.toLowerCase().replace(/\s+/g, " ")) ?? "other";
}

function parseSegment(text: string, inCreditRow: boolean): Credit[] | null {
  if (!STARTS_WITH_LABEL.test(text)) {
    const bare = NO_COLON.exec(text);
    const label = bare?.[1] ?? "";
    const value = bare?.[2] ?? "";
    // A comma after a bare "Oleh" is prose ("Oleh Rusia, Ukraina diserang").
    if (!bare || value.includes(",") || !(inCreditRow || BYLINE_WORD.test(label))) return null;
    const names = namesFrom(value);
    return names ? [{ role: roleOf(label), names, awaitsName: false }] : null;
  }
  const marks = [...text.matchAll(LABEL_COLON)];
  const credits = marks.map((m, i): Credit => {
    const role = roleOf(m[1] ?? "");
    const value = text.slice(m.index + m[0].length, marks[i + 1]?.index ?? text.length).trim();
    const names = value.length === 0 || role === "other" ? [] : (namesFrom(value) ?? []);
    return { role, names, awaitsName: value.length === 0 };
  });
  // A long text after "Penulis:" is prose that happens to start with the word.
  const prose = credits.some((c) => c.role !== "other" && c.names.length === 0 && !c.awaitsName);
  return prose && wordsIn(text) > 12 ? null : credits;
}

const wordsIn = (s: string) => s.split(/\s+/).length;

/** "(Reporting by A and B; Writing by C; Editing by D)": a wire story's credits, in brackets. */
const WIRE_CREDIT =
  /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translation)\s+by\s[^()]*\)?\.?$/iu;
const WIRE_PART =
  /^(?:additional\s+)?(reporting|writing|editing|compiled|translation)\s+by\s+(.+)$/iu;

function wireCredits(line: string): Credit[] {
  return line
    .replace(/^\(|\)\.?$/g, "")
    .split(";")
    .flatMap((part): Credit[] => {
      const m = WIRE_PART.exec(part.trim());
      if (!m) return [];
      const role: CreditRole = /editing/iu.test(m[1] ?? "") ? "editor" : "author";
      return [{ role, names: namesFrom(m[2] ?? "") ?? [], awaitsName: false }];
    });
}

/**
 * The credits in a line, or null when the line is not a credit line. Segments split by "|"
 * ("Penulis Ahmad | Editor Rizal") must all be credits.
 */
export function parseCredit(line: string): Credit[] | null {
  if (WIRE_CREDIT.test(line)) return wireCredits(line);
  const credits: Credit[] = [];
  const segments = line.split(/\s+\|\s+/);
  for (const segment of segments) {
    const parsed = parseSegment(segment.trim(), segments.length > 1);
    if (parsed === null) return null;
    credits.push(...parsed);
  }
  return credits;
}

/** Adds names once, comparing case-insensitively and keeping the first spelling. */
export function addUnique(list: string[], names: readonly string[]): void {
  for (const n of names) {
    if (!list.some((x) => x.toLowerCase() === n.toLowerCase())) list.push(n);
  }
}
