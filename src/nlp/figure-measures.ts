/**
 * What a money figure measures: the measure named before the amount in its clause, right after
 * it ("US$ 300 juta bantuan militer"), or the thing it values ("kontrak senilai US$ 1 miliar"),
 * with the article's own words for it as the label.
 */
import figureData from "../../data/figures.json" with { type: "json" };
import { PhraseMatcher } from "./lexicon.js";
import type { MoneyAmount } from "./money.js";
import { capitalize } from "./text.js";

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

const valuedAt = new PhraseMatcher<true>(figureData.valuedAt.map((term) => [term, true]));
const notDeals = new Set(figureData.notDeals);
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

export function labelFrom(text: string, start: number, amountStart: number): string {
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
    // A quote or a clause ends at the word: 'Kesepakatan" senilai' labels "Kesepakatan".
    kept.push(word.replace(/[,;:"”’')]+$/u, ""));
    if (/[,;:"”’')]$/u.test(word)) break;
  }
  const label = kept.join(" ");
  return capitalize(label);
}

/** What a figure measures: its id in data/figures.json and the article's words for it. */
export interface Measure {
  id: string;
  label: string;
}

const CONTRAST = /,\s*(?:sedangkan|sementara|namun|tetapi|whereas|while|but)(?![\p{L}])/giu;

export function measureBefore(text: string, amount: MoneyAmount): Measure | null {
  const windowStart = Math.max(0, amount.start - MEASURE_REACH);
  const before = text.slice(windowStart, amount.start);
  // Only the clause the amount is in: a full stop or semicolon starts another.
  const sentenceStart = Math.max(before.lastIndexOf(";"), before.search(/\.\s[^.]*$/) + 1, 0);
  // A contrast names its own measure ("US$ 2,5 miliar, sedangkan investasi Rusia hanya US$ 20
  // juta"); one that names none keeps the clause's ("..., sedangkan Rusia hanya US$ 20 juta").
  const contrast = [...before.slice(sentenceStart).matchAll(CONTRAST)].at(-1);
  const starts = contrast ? [sentenceStart + contrast.index + 1, sentenceStart] : [sentenceStart];
  for (const clauseStart of starts) {
    const first = measures.findAll(before.slice(clauseStart))[0];
    if (!first) continue;
    // "Nilai perdagangan dan investasi": the phrase that names the measure, in the article's words.
    const offset = windowStart + clauseStart;
    return { id: first.value, label: labelFrom(text, offset + first.start, amount.start) };
  }
  return null;
}

/**
 * "... penurunan impor dari China merupakan yang terbesar. \"Angka penurunannya mencapai 358,7
 * juta dollar AS\"": the last measure a sentence names, for an amount after it that refers back.
 */
export function lastMeasureNamed(text: string): Measure | null {
  const last = measures.findAll(text).at(-1);
  return last ? { id: last.value, label: labelFrom(text, last.start, text.length) } : null;
}

/**
 * "US$ 300 juta bantuan militer", "$1.85 million in aid", "USD 6 miliar aset Iran": a measure
 * right after the amount (through a joiner such as "in", "of", "dalam bentuk") names it.
 */
export function measureAfter(text: string, end: number): Measure | null {
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
export function valuedThing(text: string, amount: MoneyAmount): Measure | null {
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
  return { id: "deal", label: capitalize(label) };
}

const MEASURE_LABELS = new Map(figureData.measures.map((measure) => [measure.id, measure.label]));

/** A measure's own name ("Investasi", "Investment"), for where the article's words will not do. */
export function measureLabel(id: string, lang: "id" | "en"): string | null {
  return MEASURE_LABELS.get(id)?.[lang] ?? null;
}

/**
 * "Menginvestasikan", "Memotong sumbangannya", "Dijual": the article's words start with a verb
 * (an active me-/ber- form, or a passive di- form), which names no measure.
 */
const VERB_FIRST =
  /^(?:Me(?:m|n|ng|ny)?\p{Ll}{3,}|Ber\p{Ll}{3,}|Di\p{Ll}{2,}(?:kan|i)|Di(?:jual|beli|bayar|sita))(?![\p{L}])/u;
const NOUNS_LIKE_VERBS = new Set([
  "Menteri",
  "Mereka",
  "Merek",
  "Mesin",
  "Metode",
  "Berita",
  "Beras",
  "Distribusi",
]);

export function labelIsVerb(label: string): boolean {
  const first = label.split(" ")[0]!;
  return VERB_FIRST.test(first) && !NOUNS_LIKE_VERBS.has(first);
}
