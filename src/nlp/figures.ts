import figureData from "../../data/figures.json" with { type: "json" };
import { PhraseMatcher } from "./lexicon.js";
import { findMoney, type MoneyAmount } from "./money.js";
import type { DateMention, FigureFact } from "./types.js";

/**
 * Money figures with what they measure and when: "Nilai perdagangan dan investasi ... mencapai
 * 3,2 miliar dolar AS (sekitar Rp53 triliun) pada tahun 2024" is trade and investment, US$3.2
 * billion, about Rp53 trillion, in 2024.
 */

const measures = new PhraseMatcher<string>(
  figureData.measures.flatMap((measure) =>
    measure.terms.map((term): [string, string] => [term, measure.id]),
  ),
);
const labelStops = new Set(figureData.labelStops);
/** How far before an amount its measure may be named. */
const MEASURE_REACH = 160;
const LABEL_WORDS = 6;
// "(sekitar Rp53 triliun)", "atau setara Rp 3,41 triliun": the same amount in another currency.
const EQUIVALENT_GAP =
  /^\s*(?:\(\s*)?(?:sekitar|atau|setara(?:\s+dengan)?|senilai|kira-kira|about|or|approximately|±|~)?\s*$/iu;

function labelFrom(text: string, start: number, amountStart: number): string {
  const words = text.slice(start, amountStart).split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[^\p{L}\p{N}-]/gu, "").toLowerCase();
    // A number starts another amount: "Defisit 1,47 miliar dollar" is no label.
    if (
      !bare ||
      /\d/.test(bare) ||
      (kept.length > 0 && labelStops.has(bare)) ||
      kept.length >= LABEL_WORDS
    )
      break;
    kept.push(word.replace(/[,;:]$/, ""));
    if (/[,;:]$/.test(word)) break;
  }
  const label = kept.join(" ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function measureBefore(text: string, amount: MoneyAmount): { id: string; label: string } | null {
  const windowStart = Math.max(0, amount.start - MEASURE_REACH);
  const before = text.slice(windowStart, amount.start);
  // Only the clause the amount is in: a full stop or semicolon starts another.
  const clauseStart = Math.max(before.lastIndexOf(";"), before.search(/\.\s[^.]*$/) + 1);
  const clause = before.slice(Math.max(0, clauseStart));
  const found = measures.findAll(clause);
  const first = found[0];
  if (!first) return null;
  // "Nilai perdagangan dan investasi": the phrase that names the measure, in the article's words.
  const offset = windowStart + Math.max(0, clauseStart);
  return { id: first.value, label: labelFrom(text, offset + first.start, amount.start) };
}

// In a sentence with money, a bare year is a year: "di 2018 mencapai USD34,4 miliar".
const BARE_YEAR = /(?<![\p{L}\p{N}.,])(?:19[5-9]\d|20[0-4]\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

interface YearMention {
  at: number;
  year: number | null;
  period: string | null;
}

function yearMentions(text: string, dates: DateMention[]): YearMention[] {
  const found: YearMention[] = [];
  for (const mention of dates) {
    if (mention.kind === "weekday") continue;
    if (mention.until && mention.date)
      found.push({ at: mention.start, year: mention.until.year, period: mention.raw });
    else if (mention.date) found.push({ at: mention.start, year: mention.date.year, period: null });
    // "Tahun lalu" when the publication date is unknown: the article's own words, in lower case.
    else if (mention.kind === "relative")
      found.push({ at: mention.start, year: null, period: mention.raw.toLowerCase() });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const inside = dates.some(
      (mention) => match.index >= mention.start && match.index < mention.end,
    );
    if (!inside) found.push({ at: match.index, year: Number(match[0]), period: null });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The year an amount refers to: the nearest one named before it in the sentence, else after it. */
function yearFor(amount: MoneyAmount, years: YearMention[]): Pick<FigureFact, "year" | "period"> {
  const before = years.filter((mention) => mention.at < amount.start).at(-1);
  const chosen = before ?? years.find((mention) => mention.at >= amount.end);
  return { year: chosen?.year ?? null, period: chosen?.period ?? null };
}

export function extractFigures(text: string, dates: DateMention[]): FigureFact[] {
  const amounts = findMoney(text);
  const figures: FigureFact[] = [];
  const years = yearMentions(text, dates);
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i]!;
    const measure = measureBefore(text, amount);
    const equivalents = [];
    for (
      let next = amounts[i + 1];
      next && EQUIVALENT_GAP.test(text.slice(amount.end, next.start));
    ) {
      equivalents.push({ value: next.value, currency: next.currency });
      i++;
      next = amounts[i + 1];
    }
    if (!measure) continue;
    const { year, period } = yearFor(amount, years);
    figures.push({
      kind: "figure",
      measure: measure.id,
      label: measure.label,
      amount: { value: amount.value, currency: amount.currency },
      equivalents,
      year,
      period,
      sentence: text,
    });
  }
  return figures;
}
