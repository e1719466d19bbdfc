import figureData from "../../data/figures.json" with { type: "json" };
import { type FigureContext, yearFor, yearMentions } from "./figure-year.js";
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
const comparisons = new PhraseMatcher<true>(figureData.comparisons.map((term) => [term, true]));
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

/** What a figure measures: its id in data/figures.json and the article's words for it. */
interface Measure {
  id: string;
  label: string;
}

function measureBefore(text: string, amount: MoneyAmount): Measure | null {
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

/**
 * The figures of one sentence. `context` gives the article's "now" for the years the sentence
 * names relative to it ("tahun lalu" on an undated page, "tahun sebelumnya").
 */
export function extractFigures(
  text: string,
  dates: DateMention[],
  context: FigureContext = {},
): FigureFact[] {
  const amounts = findMoney(text);
  const figures: FigureFact[] = [];
  const years = yearMentions(text, dates, context);
  let previous: { measure: Measure; end: number } | null = null;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i]!;
    let end = amount.end;
    const equivalents = [];
    for (let next = amounts[i + 1]; next && EQUIVALENT_GAP.test(text.slice(end, next.start)); ) {
      equivalents.push({ value: next.value, currency: next.currency });
      end = next.end;
      i++;
      next = amounts[i + 1];
    }
    // "... mencapai US$3 miliar, dibandingkan periode yang sama pada 2016 yang mencapai US$2,6
    // miliar": an amount compared with the one before measures the same thing.
    const compared: Measure | null =
      previous && comparisons.findAll(text.slice(previous.end, amount.start)).length > 0
        ? previous.measure
        : null;
    const measure: Measure | null = measureBefore(text, amount) ?? compared;
    if (!measure) continue;
    previous = { measure, end };
    const { year, period } = yearFor(text, amount.start, end, years);
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
