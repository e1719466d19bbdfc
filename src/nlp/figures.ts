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

// "Total pengadaannya", "penjualannya": an Indonesian word with the possessive "-nya" names the
// same measure as the word alone.
const measures = new PhraseMatcher<string>(
  figureData.measures.flatMap((measure) =>
    measure.terms.flatMap((term): [string, string][] =>
      /^\p{L}+$/u.test(term) && !term.endsWith("nya")
        ? [
            [term, measure.id],
            [`${term}nya`, measure.id],
          ]
        : [[term, measure.id]],
    ),
  ),
);
const labelStops = new Set(figureData.labelStops);
const comparisons = new PhraseMatcher<true>(figureData.comparisons.map((term) => [term, true]));
const valuedAt = new PhraseMatcher<true>(figureData.valuedAt.map((term) => [term, true]));
const notDeals = new Set(figureData.notDeals);
// "US$ 60 per barel", "Rp14.000 per USD", "USD 5/kg": a price or an exchange rate, not a total.
const PER_UNIT = /^\s*(?:\)\s*)?(?:per|\/)\s*(\p{L}+)/iu;
const timeUnits = new Set(figureData.perUnit.timeUnits);
const anaphors = new PhraseMatcher<true>(figureData.anaphors.map((term) => [term, true]));
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/\s+/g, "\\s+"))
    .join("|");
// "US$ 300 juta bantuan militer", "$2 billion in aid": the measure written right after the amount,
// or after the same amount in another currency ("US$ 60 juta (Rp 843 miliar) dalam bantuan").
const AFTER_JOINER = new RegExp(
  String.raw`^\)?[^\S\n]*(?:(?:${alternation(figureData.measureAfter.joiners)})[^\S\n]+)?`,
  "iu",
);
/** How many words before "senilai" name the thing valued. */
const VALUED_WORDS = 3;
/** How far after an amount a measure written after it may start. */
const AFTER_REACH = 40;
/** How far before an amount its measure may be named. */
const MEASURE_REACH = 160;
const LABEL_WORDS = 6;
// "(sekitar Rp53 triliun)", "atau setara Rp 3,41 triliun": the same amount in another currency.
// Its words may come together: "500 juta dolar AS atau sekitar Rp 7 triliun", "or about".
const EQUIVALENT_GAP =
  /^\s*(?:\(\s*)?(?:(?:sekitar|sekira|atau|setara(?:\s+dengan)?|senilai|kira-kira|about|or|approximately|±|~)\s*)*$/iu;

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
 * "US$ 300 juta bantuan militer", "$1.85 million in aid", "USD 6 miliar aset Iran": a measure
 * right after the amount (through a joiner such as "in", "of", "dalam bentuk") names it.
 */
function measureAfter(text: string, end: number): Measure | null {
  const rest = text.slice(end, end + AFTER_REACH);
  const gap = AFTER_JOINER.exec(rest)![0];
  const first = measures.findAll(rest.slice(gap.length))[0];
  if (!first) return null;
  // "$50 million in new development assistance": after a joiner, a word or two may describe the
  // measure; right after the amount it must come first.
  const between = rest.slice(gap.length, gap.length + first.start);
  const joined = /\p{L}/u.test(gap);
  if (first.start !== 0 && !(joined && DESCRIBING_WORDS.test(between))) return null;
  const start = end + gap.length + first.start;
  return { id: first.value, label: labelFrom(text, start, start + first.surface.length) };
}

/** One or two plain words, as "new" or "additional" before "aid". */
const DESCRIBING_WORDS = /^(?:\p{L}+[^\S\n]+){1,2}$/u;

/**
 * "Kesepakatan senilai USD 6,5 miliar", "a deal worth $2 billion", "kapal senilai US$ 1 juta":
 * an amount given as the value of the thing just before it measures that thing as a deal, unless
 * the thing is a project's cost, a budget or a price (notDeals).
 */
function valuedThing(text: string, amount: MoneyAmount): Measure | null {
  const before = text.slice(Math.max(0, amount.start - MEASURE_REACH), amount.start);
  const cue = valuedAt.findAll(before).at(-1);
  if (!cue || before.slice(cue.end).trim() !== "") return null;
  // The thing valued: the words just before the cue, back to a number, a stop word or a comma.
  const thing: string[] = [];
  for (const word of before.slice(0, cue.start).trimEnd().split(/\s+/).reverse()) {
    const bare = word.replace(/[^\p{L}\p{N}-]/gu, "").toLowerCase();
    if (!bare || /\d/.test(bare) || labelStops.has(bare) || /[,;:.)]$/.test(word)) break;
    if (notDeals.has(bare)) return null;
    thing.unshift(word);
    if (thing.length >= VALUED_WORDS) break;
  }
  if (!thing.length) return null;
  const label = thing.join(" ");
  return { id: "deal", label: label.charAt(0).toUpperCase() + label.slice(1) };
}

/**
 * "Realisasi investasi ... mencapai Rp200 triliun. Angka tersebut naik dari Rp175 triliun": an
 * amount after a word that refers back ("angka tersebut", "nilainya") measures what the last
 * figure of the sentence before measured.
 */
function referredBack(text: string, amount: MoneyAmount, context: FigureContext): Measure | null {
  if (!context.previous || !anaphors.findAll(text.slice(0, amount.start)).length) return null;
  const last = extractFigures(context.previous, []).at(-1);
  return last ? { id: last.measure, label: last.label } : null;
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
