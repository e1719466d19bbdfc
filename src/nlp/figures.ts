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
    if (!bare || (kept.length > 0 && labelStops.has(bare)) || kept.length >= LABEL_WORDS) break;
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

function yearAndPeriod(dates: DateMention[]): Pick<FigureFact, "year" | "period"> {
  const range = dates.find((mention) => mention.until && mention.date);
  if (range) return { year: range.until?.year ?? null, period: range.raw };
  const dated = dates.find((mention) => mention.date && mention.kind !== "weekday");
  if (dated?.date) return { year: dated.date.year, period: null };
  // "Tahun lalu" when the publication date is unknown: the article's own words, in lower case.
  const unresolved = dates.find((mention) => !mention.date && mention.kind === "relative");
  return { year: null, period: unresolved ? unresolved.raw.toLowerCase() : null };
}

export function extractFigures(text: string, dates: DateMention[]): FigureFact[] {
  const amounts = findMoney(text);
  const figures: FigureFact[] = [];
  const { year, period } = yearAndPeriod(dates);
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
