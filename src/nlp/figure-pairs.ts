import { findMoney } from "./money.js";
import { stretchAround } from "./text.js";
import type { FigureFact, PairAnalysis } from "./types.js";

/**
 * Which tie a money figure belongs to when the article tells it more than once. "... pemberian
 * sebesar 500 juta dolar AS dari Beijing kepada Kepulauan Solomon" names both parties; a later
 * "delegasi Kepulauan Solomon mencapai kesepakatan paket bantuan senilai 500 juta dollar AS pada
 * Agustus lalu" names one, and reached the article's main pair only because no third country acts
 * in it. The same amount is one figure: it stays with the pair whose sentence names both sides,
 * and takes the year that either telling gives.
 */

type Entry = PairAnalysis["facts"][number];
type FigureEntry = Entry & { fact: FigureFact };

const isFigure = (entry: Entry): entry is FigureEntry => entry.fact.kind === "figure";
const sameAmount = (a: FigureFact, b: FigureFact) =>
  a.amount.value === b.amount.value && a.amount.currency === b.amount.currency;

/** `partiesOf` gives the countries a sentence names as parties, by sentence index. */
export function settleRestatedFigures(
  analyses: PairAnalysis[],
  partiesOf: (sentenceIndex: number) => ReadonlySet<string>,
): void {
  const namesBoth = (entry: Entry, analysis: PairAnalysis) => {
    const parties = partiesOf(entry.sentenceIndex);
    return parties.has(analysis.pair[0]) && parties.has(analysis.pair[1]);
  };
  const told = analyses.flatMap((analysis) =>
    analysis.facts
      .filter(isFigure)
      .filter((entry) => namesBoth(entry, analysis))
      .map((entry) => ({ analysis, entry })),
  );
  for (const analysis of analyses) {
    analysis.facts = analysis.facts.filter((entry) => {
      if (!isFigure(entry) || namesBoth(entry, analysis)) return true;
      const home = told.find(
        (other) => other.analysis !== analysis && sameAmount(other.entry.fact, entry.fact),
      );
      if (!home) return true;
      if (home.entry.fact.year === null && entry.fact.year !== null)
        home.entry.fact = { ...home.entry.fact, year: entry.fact.year, period: entry.fact.period };
      return false;
    });
  }
  // Within one pair, the same amount told with a year and without is the dated figure told twice.
  for (const analysis of analyses) {
    const dated = analysis.facts.filter(isFigure).filter((entry) => entry.fact.year !== null);
    analysis.facts = analysis.facts.filter(
      (entry) =>
        !isFigure(entry) ||
        entry.fact.year !== null ||
        entry.fact.period !== null ||
        !dated.some((other) => sameAmount(other.fact, entry.fact)),
    );
  }
}

/**
 * "Selama ini, Taiwan menyalurkan dana donasi sekitar US$8 juta per tahun", in a story whose
 * only tie of Taiwan is with the Solomon Islands: a figure told of one country alone belongs to
 * that country's tie when it has exactly one. `figuresOf` reads a sentence's figures; sentences
 * already read for a pair (`read`) are skipped.
 */
export function figuresOfLoneCountry(
  analyses: PairAnalysis[],
  sentences: { index: number; parties: ReadonlySet<string> }[],
  read: (analysis: PairAnalysis, sentenceIndex: number) => boolean,
  figuresOf: (sentenceIndex: number) => FigureFact[],
): void {
  for (const { index, parties } of sentences) {
    if (parties.size !== 1) continue;
    const [country] = parties;
    const own = analyses.filter((analysis) => analysis.pair.includes(country!));
    const tie = own.length === 1 ? own[0]! : null;
    if (!tie || read(tie, index)) continue;
    const found = figuresOf(index).map((fact) => ({ sentenceIndex: index, fact }));
    if (!found.length) continue;
    const after = tie.facts.findIndex((entry) => entry.sentenceIndex > index);
    tie.facts.splice(after < 0 ? tie.facts.length : after, 0, ...found);
  }
}

// "Tahun lalu, ekspor ke China mencapai US$ 15 miliar. Selain itu, China juga asal impor terbesar
// yaitu US$ 30 miliar": a sentence that adds to the one before speaks of the same period.
const ADDING =
  /^\s*(?:selain itu|di samping itu|tak hanya itu|tidak hanya itu|demikian pula|begitu pula|begitu juga)(?![\p{L}])/iu;

/** An undated figure in a sentence that adds to the one before takes that sentence's one year. */
export function yearOfAddedFigures(analyses: PairAnalysis[]): void {
  for (const analysis of analyses) {
    const figures = analysis.facts.filter(isFigure);
    for (const entry of figures) {
      const { fact, sentenceIndex } = entry;
      if (fact.year !== null || fact.period !== null || !ADDING.test(fact.sentence)) continue;
      const before = figures.filter((other) => other.sentenceIndex === sentenceIndex - 1);
      const years = new Set(before.map((other) => other.fact.year));
      const [year] = years;
      if (years.size !== 1 || year === null || year === undefined) continue;
      entry.fact = { ...fact, year };
    }
  }
}

// Where a clause of a sentence ends: "; ", ", sementara", ", sedangkan", ", adapun", "., ".
const CLAUSE_END =
  /;|[.!?]\s*,|,\s*(?:sementara|sedangkan|adapun|while|whereas)(?![\p{L}])|\s(?:sementara itu|sedangkan)\s/giu;

/** The stretch of the sentence, between clause ends, that holds a position. */
function clauseAround(text: string, at: number): string {
  const { start, end } = stretchAround(text, at, CLAUSE_END);
  return text.slice(start, end);
}

/**
 * "Ekspor Indonesia ke China mencapai US$ 20 miliar, sementara ekspor ke Jepang US$ 15 miliar":
 * in a sentence naming three countries, an amount read for several pairs belongs to the pairs that
 * name most of themselves in its own clause ("ke Tonga": Tonga, the subject left unsaid).
 * `countriesIn` gives the codes a stretch of text names.
 */
export function figuresOfTheirClause(
  analyses: PairAnalysis[],
  countriesIn: (text: string) => ReadonlySet<string>,
): void {
  const keyOf = ({ sentenceIndex, fact }: FigureEntry) =>
    `${sentenceIndex}:${fact.amount.value}:${fact.amount.currency}`;
  const readBy = new Map<string, PairAnalysis[]>();
  for (const analysis of analyses)
    for (const entry of analysis.facts.filter(isFigure))
      readBy.set(keyOf(entry), [...(readBy.get(keyOf(entry)) ?? []), analysis]);
  for (const analysis of analyses) {
    analysis.facts = analysis.facts.filter((entry) => {
      if (!isFigure(entry)) return true;
      const { fact } = entry;
      const sharing = readBy.get(keyOf(entry));
      if (!sharing || sharing.length < 2) return true;
      const at = findMoney(fact.sentence).find(
        (money) => money.value === fact.amount.value && money.currency === fact.amount.currency,
      )?.start;
      if (at === undefined) return true;
      const named = countriesIn(clauseAround(fact.sentence, at));
      const inClause = (pair: PairAnalysis["pair"]) =>
        pair.filter((code) => named.has(code)).length;
      // It stays with the pairs that name the most of themselves in its clause.
      const most = Math.max(...sharing.map((other) => inClause(other.pair)));
      return inClause(analysis.pair) === most;
    });
  }
}
