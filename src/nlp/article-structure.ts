/**
 * Where the article is in a page dump: the lead (found by its dateline, or as the first real
 * paragraph), the header above it, the tail sections after it, and the related-article runs
 * and teasers inside it.
 */
import { classifyLine, type LineInfo } from "./boilerplate.js";
import { namesFrom } from "./credits.js";
import { type Dateline, parseDateline } from "./dateline.js";
import { type Line, wordCount } from "./text-lines.js";

export interface Row {
  line: Line;
  info: LineInfo;
}

export interface Layout {
  rows: Row[];
  /** Index of the lead row, or -1 when the page has no text. */
  lead: number;
  dateline: Dateline | null;
  /** Rows from here on are tail sections (related lists, comments, footer). */
  cutoff: number;
}

/** Paragraphs of running text searched for a dateline, and those where a bare one counts. */
const LEAD_SEARCH = 3;
const BARE_DATELINE_SEARCH = 2;
const RELATED_RUN = 5;

/** A line shaped like a headline or a related-article title: short, not a finished sentence. */
export function isHeadlineShaped(text: string): boolean {
  const words = wordCount(text);
  return words >= 3 && words <= 25 && text.length <= 160 && !/[.,;:]["”’)]*$/u.test(text);
}

/** A line shaped like running text. */
export function isParagraphShaped(text: string): boolean {
  return (/[.!…]["”’')]*$/u.test(text) && text.length >= 60) || text.length > 200;
}

const isContent = (r: Row | undefined): r is Row => r?.info.kind === "content";

/** "Penulis :" followed by the name on its own line: the name belongs to the credit. */
function attachNamesOnNextLine(rows: Row[]): void {
  rows.forEach((row, i) => {
    const pending = row.info.credits?.find((c) => c.awaitsName);
    const next = rows[i + 1];
    if (!pending || !next) return;
    if (next.info.kind !== "content" && next.info.kind !== "publisherMark") return;
    const names = namesFrom(next.line.text);
    if (names === null) return;
    pending.names = names;
    pending.awaitsName = false;
    next.info = { kind: "drop" };
  });
}

/**
 * The lead opens with a dateline when there is one. Datelines naming a publisher are told by
 * their shape and may sit under any number of header lines; a bare "Jakarta - " only counts
 * in the first paragraphs. Without a dateline the lead is the first paragraph of running text.
 */
function findLead(rows: Row[]): { lead: number; dateline: Dateline | null } {
  let paragraphs = 0;
  for (let i = 0; i < rows.length && paragraphs < LEAD_SEARCH; i++) {
    const row = rows[i];
    if (!isContent(row) || wordCount(row.line.text) <= 3) continue;
    const dateline = parseDateline(row.line.text, paragraphs < BARE_DATELINE_SEARCH);
    if (dateline) return { lead: i, dateline };
    if (isParagraphShaped(row.line.text)) paragraphs++;
  }
  const paragraph = rows.findIndex((r) => isContent(r) && isParagraphShaped(r.line.text));
  if (paragraph >= 0) return { lead: paragraph, dateline: null };
  return { lead: rows.findIndex(isContent), dateline: null };
}

/** "Baca juga:" on its own line: the related titles under it go too. */
function dropRelatedRuns(rows: Row[]): void {
  rows.forEach((row, i) => {
    if (row.info.kind !== "relatedHeading") return;
    for (let j = i + 1; j <= i + RELATED_RUN; j++) {
      const next = rows[j];
      if (!isContent(next) || !isHeadlineShaped(next.line.text)) break;
      next.info = { kind: "drop" };
    }
  });
}

/** A "DUNIA | 8 April 2021" line closes a teaser: the title (and blurb) above it go too. */
function dropTeasers(rows: Row[], from: number): void {
  for (let i = from + 1; i < rows.length; i++) {
    if (rows[i]?.info.kind !== "date" || !rows[i]?.info.rubric) continue;
    const blurb = rows[i - 1];
    const title = rows[i - 2];
    if (!isContent(blurb) || i - 1 <= from) continue;
    const blurbIsTitle = isHeadlineShaped(blurb.line.text);
    blurb.info = { kind: "drop" };
    if (!blurbIsTitle && isContent(title) && i - 2 > from && isHeadlineShaped(title.line.text)) {
      title.info = { kind: "drop" };
    }
  }
}

export function layOut(lines: Line[]): Layout {
  const rows: Row[] = lines.map((line) => ({ line, info: classifyLine(line.text) }));
  attachNamesOnNextLine(rows);
  const { lead, dateline } = findLead(rows);
  dropRelatedRuns(rows);
  let cutoff = rows.length;
  if (lead >= 0) {
    const tail = rows.findIndex((r, i) => i > lead && r.info.kind === "tail");
    if (tail >= 0) cutoff = tail;
    dropTeasers(rows, lead);
  }
  return { rows, lead, dateline, cutoff };
}
