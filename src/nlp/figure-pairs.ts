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
