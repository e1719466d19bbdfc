import figureData from "../../data/figures.json" with { type: "json" };
import { findDateMentions } from "./dates.js";
import {
  lastMeasureNamed,
  type Measure,
  measureAfter,
  measureBefore,
  valuedThing,
} from "./figure-measures.js";
import { cumulativeSpan, periodOfSentenceBefore } from "./figure-span.js";
import { type FigureContext, type YearMention, yearFor, yearMentions } from "./figure-year.js";
import { PhraseMatcher } from "./lexicon.js";
import { findMoney, type MoneyAmount } from "./money.js";
import type { DateMention, FigureFact } from "./types.js";

/**
 * Money figures with what they measure and when: "Nilai perdagangan dan investasi ... mencapai
 * 3,2 miliar dolar AS (sekitar Rp53 triliun) pada tahun 2024" is trade and investment, US$3.2
 * billion, about Rp53 trillion, in 2024.
 */

const comparisons = new PhraseMatcher<true>(figureData.comparisons.map((term) => [term, true]));
// "US$ 60 per barel", "Rp14.000 per USD", "USD 5/kg": a price or an exchange rate, not a total.
const PER_UNIT = /^\s*(?:\)\s*)?(?:per|\/)\s*(\p{L}+)/iu;
const timeUnits = new Set(figureData.perUnit.timeUnits);
const anaphors = new PhraseMatcher<true>(figureData.anaphors.map((term) => [term, true]));
// "(sekitar Rp53 triliun)", "atau setara Rp 3,41 triliun": the same amount in another currency.
// Its words may come together: "500 juta dolar AS atau sekitar Rp 7 triliun", "or about".
const EQUIVALENT_GAP =
  /^\s*(?:\(\s*)?(?:(?:sekitar|sekira|atau|setara(?:\s+dengan)?|senilai|kira-kira|about|or|approximately|±|~)\s*)*$/iu;

/**
 * "Pada Juli 2019, impor ... 4,1 miliar dollar AS. Sementara pada Agustus nilainya turun jadi 3,7
 * miliar": a figure whose sentence names no year has the last year its paragraph named before it.
 */
function yearNamedBefore(
  before: string[] | undefined,
  year: number | null | undefined,
): { year: number; period: null } | null {
  if (!before || !year) return null;
  for (const sentence of [...before].reverse()) {
    const named = findDateMentions(sentence, { year })
      .filter((mention) => /\d{4}/.test(mention.raw) && mention.date)
      .at(-1);
    if (named?.date) return { year: named.date.year, period: null };
  }
  return null;
}

/** "Angka penurunannya", "nilai kenaikannya": the figure of what was just told. */
const OWN_FIGURE = /(?<![\p{L}])(?:angka|nilai|jumlah)\s+\p{L}+nya(?![\p{L}])/iu;

/**
 * "Realisasi investasi ... mencapai Rp200 triliun. Angka tersebut naik dari Rp175 triliun": an
 * amount after a word that refers back ("angka tersebut", "nilainya") measures what the last
 * figure of the sentence before measured.
 */
function referredBack(text: string, amount: MoneyAmount, context: FigureContext): Measure | null {
  const before = text.slice(0, amount.start);
  const sentenceBefore = context.previous?.at(-1);
  if (!sentenceBefore || !(anaphors.findAll(before).length || OWN_FIGURE.test(before))) return null;
  const last = extractFigures(sentenceBefore, []).at(-1);
  // A sentence before that names what was measured but gives no amount names its measure.
  return last ? { id: last.measure, label: last.label } : lastMeasureNamed(sentenceBefore);
}

// "dari USD14,16 miliar menjadi USD20,84 miliar": the two ends of a change.
const FROM_BEFORE = /(?<![\p{L}])dari\s+(?:sekitar\s+)?$/iu;
const TO_BETWEEN = /^\s*,?\s*(?:menjadi|jadi|ke)\s+(?:sekitar\s+)?$/iu;
const YEAR_TO_YEAR = /^\d{4}\s*(?:ke|hingga|sampai|-|–)\s*(?:tahun\s+)?$/iu;

/**
 * "pada 2017 ke 2018 mengalami pelebaran defisit, dari USD14,16 miliar menjadi USD20,84 miliar":
 * the change runs from the first year to the second, so its first amount is the first year's (the
 * second amount takes the nearest year before it, the second year, as any amount does).
 */
function fromYearOfChange(
  text: string,
  amount: MoneyAmount,
  next: MoneyAmount | undefined,
  years: YearMention[],
): Pick<FigureFact, "year" | "period"> | null {
  if (!next || !FROM_BEFORE.test(text.slice(0, amount.start))) return null;
  if (!TO_BETWEEN.test(text.slice(amount.end, next.start))) return null;
  const [first, second] = years.filter((mention) => mention.at < amount.start).slice(-2);
  if (!first?.year || !second?.year || first.year >= second.year) return null;
  return YEAR_TO_YEAR.test(text.slice(first.at, second.at))
    ? { year: first.year, period: null }
    : null;
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
    const unit = PER_UNIT.exec(text.slice(end))?.[1]?.toLowerCase();
    if (unit && !timeUnits.has(unit)) continue;
    const measure: Measure | null =
      measureBefore(text, amount) ??
      measureAfter(text, end) ??
      valuedThing(text, amount) ??
      compared ??
      referredBack(text, amount, context);
    if (!measure) continue;
    previous = { measure, end };
    const next = amounts[i + 1];
    const own =
      fromYearOfChange(text, amount, next, years) ??
      cumulativeSpan(text, amount.start) ??
      yearFor(text, amount.start, end, years);
    const { year, period } =
      own.year === null && own.period === null
        ? (periodOfSentenceBefore(context.previous?.at(-1), context.year) ??
          yearNamedBefore(context.previous, context.year) ??
          own)
        : own;
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
