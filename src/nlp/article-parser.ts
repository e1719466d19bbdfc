/**
 * One news article out of a messy page dump: headline, publisher, date, credits, dateline, and
 * the body with the page furniture cut. Hints from structured sources win over the text.
 */
import { isHeadlineShaped, type Layout, layOut, type Row } from "./article-structure.js";
import { addUnique } from "./credits.js";
import { findDateMentions, fromIsoDate } from "./dates.js";
import { canonicalPublisher, publisherFromUrl } from "./publishers.js";
import {
  firstSentence,
  hasLineKey,
  lineKey,
  normalizeText,
  shorten,
  toLines,
  toParagraphs,
  wordCount,
} from "./text-lines.js";
import type { ArticleHints, DateMention, ParsedArticle, PartialDate } from "./types.js";

export type { ArticleHints };

const DERIVED_TITLE_MAX = 110;

/** "Judul Berita - Kompas.com" → "Judul Berita": a site suffix is not part of a headline. */
function cleanTitle(title: string): string {
  const t = normalizeText(title).replace(/\s+/g, " ").trim();
  const suffix = /\s+[|–—-]\s+([^|–—-]{2,40})$/u.exec(t);
  return suffix && canonicalPublisher(suffix[1]) !== null ? t.slice(0, suffix.index) : t;
}

/** The headline: a header line printed more than once, else the first headline-shaped one. */
function findTitle(header: Row[]): string | null {
  const candidates = header.filter(
    (r) => r.info.kind === "content" && isHeadlineShaped(r.line.text),
  );
  const counts = new Map<string, number>();
  for (const r of candidates) {
    const k = lineKey(r.line.text);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = candidates.find((r) => (counts.get(lineKey(r.line.text)) ?? 0) > 1);
  return (repeated ?? candidates[0])?.line.text ?? null;
}

function bodyParagraphs(layout: Layout, titleKey: string | null): string[] {
  const { rows, lead, dateline, cutoff } = layout;
  if (lead < 0) return [];
  // Without a dateline, lines between the headline and the lead (a standfirst) are text too.
  let titleRow = -1;
  rows.forEach((r, i) => {
    if (i < lead && titleKey !== null && hasLineKey(r.line.text, titleKey)) titleRow = i;
  });
  const start = dateline || titleRow < 0 ? lead : titleRow + 1;
  const kept = [];
  for (let i = start; i < cutoff; i++) {
    const row = rows[i];
    if (row?.info.kind !== "content") continue;
    if (titleKey !== null && hasLineKey(row.line.text, titleKey)) continue;
    // Above the lead, short lines are rubrics and labels, not text.
    if (i < lead && wordCount(row.line.text) <= 3) continue;
    kept.push(i === lead && dateline ? { ...row.line, text: dateline.rest } : row.line);
  }
  return toParagraphs(kept);
}

function publishedAt(
  layout: Layout,
  leadText: string,
  copyrightYear: number | undefined,
  hint: string | null | undefined,
): PartialDate | null {
  if (hint) {
    const explicit = (m: DateMention) =>
      m.kind === "absolute" || m.kind === "month" || m.kind === "year";
    const fromHint =
      fromIsoDate(hint) ?? findDateMentions(hint, null).find((m) => m.date && explicit(m))?.date;
    if (fromHint) return fromHint;
  }
  const headerDates = layout.rows
    .slice(0, Math.max(layout.lead, 0))
    .filter((r) => r.info.kind === "date" && !r.info.rubric && r.info.date);
  const headerDate = (headerDates.find((r) => !r.info.updated) ?? headerDates[0])?.info.date;
  if (headerDate) return headerDate;
  const ref = copyrightYear === undefined ? null : { year: copyrightYear };
  if (ref) {
    const dayMonth = findDateMentions(leadText, ref).find((m) => m.kind === "dayMonth" && m.date);
    if (dayMonth?.date) return dayMonth.date;
  }
  const full = findDateMentions(leadText, null).find(
    (m) => m.kind === "absolute" && m.date?.day !== undefined,
  );
  if (full?.date) return full.date;
  return ref;
}

export function parseArticle(raw: string, hints: ArticleHints = {}): ParsedArticle {
  const layout = layOut(toLines(normalizeText(typeof raw === "string" ? raw : "")));
  const { rows, lead, dateline, cutoff } = layout;
  const header = rows.slice(0, Math.max(lead, 0));

  const hintTitle = hints.title ? cleanTitle(hints.title) : "";
  const foundTitle = hintTitle || findTitle(header);
  const paragraphs = bodyParagraphs(layout, foundTitle ? lineKey(foundTitle) : null);
  const leadText = dateline?.rest ?? rows[lead]?.line.text ?? "";
  const title = foundTitle ?? shorten(firstSentence(leadText), DERIVED_TITLE_MAX);

  const authors: string[] = [];
  const editors: string[] = [];
  for (const row of rows.slice(0, cutoff)) {
    for (const c of row.info.credits ?? []) {
      if (c.role === "author") addUnique(authors, c.names);
      if (c.role === "editor") addUnique(editors, c.names);
    }
  }

  const first = (kind: string) =>
    rows.find((r) => r.info.kind === kind && r.info.publisher)?.info.publisher ?? null;
  const copyrightYear = rows.find((r) => r.info.kind === "copyright" && r.info.year)?.info.year;
  const publisher =
    (hints.publisher ? (canonicalPublisher(hints.publisher) ?? hints.publisher.trim()) : null) ||
    publisherFromUrl(hints.url) ||
    dateline?.publisher ||
    first("copyright") ||
    first("publisherMark") ||
    first("source");

  return {
    title,
    titleDerived: foundTitle === null && title.length > 0,
    publisher: publisher || null,
    publishedAt: publishedAt(layout, leadText, copyrightYear, hints.date),
    authors,
    editors,
    dateline: dateline?.place ?? null,
    body: paragraphs.join("\n\n"),
    url: hints.url?.trim() || null,
  };
}
