import { findCountryMentions } from "./countries.js";
import {
  figuresOfLoneCountry,
  figuresOfTheirClause,
  settleRestatedFigures,
  yearOfAddedFigures,
} from "./figure-pairs.js";
import type { FigureContext } from "./figure-year.js";
import { extractFigures } from "./figures.js";
import type { SentenceParties } from "./sentence-parties.js";
import type { DateMention, PairAnalysis } from "./types.js";

/** What the article-wide figure rules read besides the ties' own facts. */
export interface FigureSettling {
  /** Per tie, in the same order, the sentences that speak of its pair. */
  about: SentenceParties[][];
  /** Every sentence of the article with its parties. */
  parties: SentenceParties[];
  dates: Map<number, DateMention[]>;
  figures: FigureContext;
  /** Each sentence's predecessor in its paragraph. */
  previous: Map<number, string[]>;
}

/**
 * The figure rules that look across ties (figure-pairs.ts), once every tie has its facts: a
 * figure told of one country alone goes to its only tie; an amount told again where one party
 * is named is the pair's it is named with; an undated figure adding to a dated one takes its
 * year; a figure several pairs read stays with those its own clause names.
 */
export function settleFigures(analyses: PairAnalysis[], context: FigureSettling): void {
  const { about, parties, dates, figures, previous } = context;
  figuresOfLoneCountry(
    analyses,
    parties.map(({ sentence, parties: codes }) => ({ index: sentence.index, parties: codes })),
    (analysis, index) =>
      about[analyses.indexOf(analysis)]!.some(({ sentence }) => sentence.index === index),
    (index) =>
      extractFigures(parties[index]!.sentence.text, dates.get(index) ?? [], {
        ...figures,
        previous: previous.get(index),
      }),
  );
  settleRestatedFigures(analyses, (index) => parties[index]?.parties ?? new Set());
  yearOfAddedFigures(analyses);
  figuresOfTheirClause(
    analyses,
    (text) => new Set(findCountryMentions(text).map((mention) => mention.code)),
  );
}
