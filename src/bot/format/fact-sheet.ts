import type { StoredArticle } from "../../db/article-store.js";
import { countryName } from "../../nlp/countries.js";
import { labelIsVerb, measureLabel } from "../../nlp/figure-measures.js";
import { sectorLabel } from "../../nlp/lexicon.js";
import { hasLacuna, truncateWords } from "../../nlp/text.js";
import type { EventFact, FigureFact } from "../../nlp/types.js";
import type { Cited, FactSheet, Story } from "../../services/fact-sheet.js";
import { ID, type Translator } from "../i18n.js";
import {
  bold,
  fitBlocks,
  type Html,
  html,
  italic,
  join,
  link,
  MESSAGE_LIMIT,
  visibleLength,
} from "./html.js";
import {
  eventTypeLabel,
  formatDateRange,
  formatIsoDate,
  formatMoney,
  formatPerson,
  formatPlace,
  listWords,
  toneLabel,
  toneWord,
} from "./values.js";

/**
 * The /relations fact sheet: every fact carries the number of its source, and the sources listed
 * at the end are exactly the ones cited. When the sheet would be too long for one message, fewer
 * items of each kind are shown, least essential first, until it fits.
 */

export interface SheetLinks {
  botUsername: string;
}

interface Limits {
  events: number;
  figures: number;
  sectors: number;
  agreements: number;
  summary: number;
}

// Sectors come most-told first; past six, they are words a sentence touched more than sectors
// the pair works in.
const GENEROUS: Limits = { events: 4, figures: 5, sectors: 6, agreements: 3, summary: 3 };
/** For a busy group: the latest event and key figure; the rest is a button away. */
const COMPACT: Limits = { events: 1, figures: 1, sectors: 0, agreements: 0, summary: 0 };
const SENTENCE_MAX = 280;
const TITLE_MAX = 110;

/** Gives each cited article a number, in order of first citation. */
class Citations {
  readonly order: number[] = [];

  cite(storyIds: number[]): Html {
    const numbers = storyIds.slice(0, 3).map((id) => {
      if (!this.order.includes(id)) this.order.push(id);
      return this.order.indexOf(id) + 1;
    });
    return html`[${numbers.join(", ")}]`;
  }
}

/** "14 Mei 2025 · Moskow — Pertemuan: Anwar Ibrahim (PM Malaysia) dan Vladimir Putin (...)". */
export function describeEvent(fact: EventFact, tr: Translator = ID()): Html {
  const when = fact.date ? formatDateRange(fact.date, fact.until, tr.lang) : null;
  const head = [when, fact.place && formatPlace(fact.place, tr)].filter(Boolean).join(" · ");
  const who = listWords(
    fact.people.slice(0, 3).map((person) => formatPerson(person, tr)),
    tr,
  );
  const label = eventTypeLabel(fact.type, tr);
  const what = fact.planned ? tr.t("event-planned", { event: label }) : label;
  const said = quotesSentence(fact) ? excerpt(fact.sentence) : null;
  return html`${head ? html`${bold(head)} — ` : ""}${what}${who ? `: ${who}` : ""}${
    said ? `${who ? " —" : ":"} “${said}”` : ""
  }`;
}

/**
 * "Diberitakan" or "Pertemuan" alone says little: an event with nobody named quotes its sentence,
 * and so does a statement or a report, whose news is what was said ("Pernyataan: Mahathir
 * Mohamad (PM Malaysia) — “...”"). Not a sentence with words missing.
 */
function quotesSentence(fact: EventFact): boolean {
  const vague = fact.type === "statement" || fact.type === "report";
  return (vague || fact.people.length === 0) && !hasLacuna(fact.sentence);
}

/** Characters of a vague event's sentence shown in its line. */
const EXCERPT_CHARS = 110;
const excerpt = (sentence: string) => truncateWords(sentence.replace(/[“”"]/g, ""), EXCERPT_CHARS);

/**
 * "Nilai perdagangan (2024): US$3,2 miliar (≈ Rp53 triliun)". The article's words name the
 * figure in Indonesian; in English, or where those words start with a verb ("Menginvestasikan"),
 * the measure's own name does.
 */
export function describeFigure(fact: FigureFact, tr: Translator = ID()): Html {
  const when = fact.period ?? (fact.year ? String(fact.year) : null);
  const equivalents = fact.equivalents.map((money) => `≈ ${formatMoney(money, tr)}`).join(", ");
  const own = tr.lang === "en" || labelIsVerb(fact.label);
  const label = (own && measureLabel(fact.measure, tr.lang)) || fact.label;
  return html`${label}${when ? ` (${when})` : ""}: ${bold(formatMoney(fact.amount, tr))}${
    equivalents ? ` (${equivalents})` : ""
  }`;
}

function eventLine(cited: Cited<EventFact>, citations: Citations, tr: Translator): Html {
  return html`• ${describeEvent(cited.fact, tr)} ${citations.cite(cited.storyIds)}`;
}

function figureLine(cited: Cited<FigureFact>, citations: Citations, tr: Translator): Html {
  return html`• ${describeFigure(cited.fact, tr)} ${citations.cite(cited.storyIds)}`;
}

function section(title: string, lines: Html[]): Html | null {
  return lines.length ? html`${bold(title)}\n${join(lines, "\n")}` : null;
}

function articleUrl(article: StoredArticle, links: SheetLinks): string {
  return article.url ?? `https://t.me/${links.botUsername}?start=a_${article.id}`;
}

/** "[1] Pantau, 14 Mei 2025 — Title"; a story told by several outlets links each of them. */
export function sourceLine(
  number: number,
  story: Story,
  links: SheetLinks,
  tr: Translator = ID(),
): Html | null {
  const [first, ...others] = story.articles;
  if (!first) return null;
  const date = formatIsoDate(first.publishedAt, tr.lang);
  const meta = [first.publisher ?? tr.t("source-unknown"), date].filter(Boolean).join(", ");
  const line = html`[${number}] ${meta} — ${link(articleUrl(first, links), truncateWords(first.title, TITLE_MAX))}`;
  // One link per other outlet: three pieces from one newsroom are one more source, not three.
  const outlets = new Map<string, StoredArticle>();
  for (const article of others) {
    const outlet = article.publisher ?? `#${article.id}`;
    if (outlet !== first.publisher && !outlets.has(outlet)) outlets.set(outlet, article);
  }
  if (!outlets.size) return line;
  const alsoBy = [...outlets].map(([outlet, article]) => link(articleUrl(article, links), outlet));
  return tr.h("source-also", { line, outlets: join(alsoBy, ", ") });
}

function toneLine(sheet: FactSheet, tr: Translator): Html {
  const overall = bold(toneLabel(sheet.cooperation, sheet.conflict, tr));
  const stories = sheet.stories.size;
  const counts =
    stories === sheet.articleCount
      ? tr.t("count-articles", { articles: stories })
      : tr.t("count-stories-articles", { stories, articles: sheet.articleCount });
  const line = tr.h("sheet-tone", { tone: overall, counts });
  if (sheet.toneByYear.length < 2) return line;
  const trend = sheet.toneByYear
    .map((year) => `${year.year} ${toneWord(year.tone, tr)}`)
    .join(" → ");
  return html`${line}\n${tr.h("sheet-trend", { trend })}`;
}

function render(sheet: FactSheet, links: SheetLinks, limits: Limits, tr: Translator): Html {
  const citations = new Citations();
  const [a, b] = sheet.countries;
  const names = `${countryName(a, tr.lang)} – ${countryName(b, tr.lang)}`;
  const header = html`🌐 ${bold(names)}\n${toneLine(sheet, tr)}`;
  const events = sheet.events
    .slice(0, limits.events)
    .map((event) => eventLine(event, citations, tr));
  const figures = sheet.figures
    .slice(0, limits.figures)
    .map((figure) => figureLine(figure, citations, tr));
  const sectors = sheet.sectors.slice(0, limits.sectors);
  const sectorLine = sectors.length
    ? [
        html`${sectors.map((sector) => sectorLabel(sector.fact, tr.lang)).join(", ")} ${citations.cite([...new Set(sectors.flatMap((s) => s.storyIds))])}`,
      ]
    : [];
  const agreements = sheet.agreements
    .slice(0, limits.agreements)
    .map(
      (agreement) =>
        html`• ${truncateWords(agreement.fact.text, SENTENCE_MAX)} ${citations.cite(agreement.storyIds)}`,
    );
  // A sentence an event line already quotes is not summarised again.
  const quoted = new Set(
    sheet.events
      .slice(0, limits.events)
      .filter((event) => quotesSentence(event.fact))
      .map((event) => event.fact.sentence),
  );
  const summary = sheet.summary
    .filter((sentence) => !quoted.has(sentence.fact))
    .slice(0, limits.summary)
    .map(
      (sentence) =>
        html`• ${italic(truncateWords(sentence.fact, SENTENCE_MAX))} ${citations.cite(sentence.storyIds)}`,
    );
  const sources = citations.order.flatMap((id, position) => {
    const story = sheet.stories.get(id);
    return (story && sourceLine(position + 1, story, links, tr)) || [];
  });
  const blocks = [
    header,
    section(tr.t("section-events"), events),
    section(tr.t("section-figures"), figures),
    section(tr.t("section-sectors"), sectorLine),
    section(tr.t("section-agreements"), agreements),
    section(tr.t("section-summary"), summary),
    section(tr.t("section-sources"), sources),
  ].filter((block): block is Html => block !== null);
  return join(blocks, "\n\n");
}

/** Ways to shorten a sheet, tried in order until it fits. */
function* shorterLimits(start: Limits): Generator<Limits> {
  let limits = { ...start };
  yield limits;
  const steps: (keyof Limits)[] = [
    "summary",
    "agreements",
    "sectors",
    "figures",
    "events",
    "summary",
    "figures",
    "events",
  ];
  for (const key of steps) {
    limits = { ...limits, [key]: Math.max(key === "events" ? 1 : 0, Math.floor(limits[key] / 2)) };
    yield limits;
  }
}

/** Whether the sheet has more than its compact form shows. */
export function hasMoreThanCompact(sheet: FactSheet): boolean {
  return (
    sheet.events.length > COMPACT.events ||
    sheet.figures.length > COMPACT.figures ||
    sheet.sectors.length + sheet.agreements.length + sheet.summary.length > 0
  );
}

export function formatFactSheet(
  sheet: FactSheet,
  links: SheetLinks,
  compact = false,
  tr: Translator = ID(),
): Html {
  let last: Html | null = null;
  for (const limits of shorterLimits(compact ? COMPACT : GENEROUS)) {
    last = render(sheet, links, limits, tr);
    if (visibleLength(last) <= MESSAGE_LIMIT) return last;
  }
  // Only reachable with absurdly long single facts: keep whole blocks and say so.
  const blocks = last ? [last] : [];
  return fitBlocks(blocks, html`${italic(tr.t("sheet-shortened"))}`);
}
