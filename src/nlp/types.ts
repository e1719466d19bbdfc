/**
 * Shared shapes of the understanding layer. Everything in `nlp/` is pure: text in, facts out.
 */

/** A calendar date known to the day, the month or only the year. `month` is 1–12. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** A date expression found in a text, resolved against a reference date when it needed one. */
export interface DateMention {
  /** Offsets of the expression in the searched text: text.slice(start, end) === raw. */
  start: number;
  end: number;
  raw: string;
  /** The resolved date (the first day of a range), or null when it could not be resolved. */
  date: PartialDate | null;
  /** The last day of a range such as "1 hingga 4 Mei 2025" or "13-14 September 2019". */
  until?: PartialDate;
  /**
   * absolute: "14 Mei 2025", "7/4/2021"; dayMonth: "Selasa (17/6)" (year from the reference);
   * weekday: "Jumat" alone; month: "Februari", "Oktober 2025"; year: "pada tahun 2024";
   * relative: "kemarin", "pekan lalu", "tahun lalu".
   */
  kind: "absolute" | "dayMonth" | "weekday" | "month" | "year" | "relative";
}

/** What a structured source (a JSONL line, a feed item) says about an article besides its text. */
export interface ArticleHints {
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
  date?: string | null;
}

/** One news article as read from a page, boilerplate cut. */
export interface ParsedArticle {
  /** The headline as published, or one derived from the lead when the page has none. */
  title: string;
  titleDerived: boolean;
  /** Canonical display name ("ANTARA", "BeritaSatu", "Pantau"), or null when unknown. */
  publisher: string | null;
  publishedAt: PartialDate | null;
  authors: string[];
  editors: string[];
  /** The place in the dateline ("Kuala Lumpur (ANTARA) -" gives "Kuala Lumpur"). */
  dateline: string | null;
  /** Paragraphs separated by a blank line; no dateline prefix, no boilerplate. */
  body: string;
  url: string | null;
}

/** ISO 3166-1 alpha-2 codes of two countries, in alphabetical order. */
export type Pair = readonly [string, string];

export interface PersonRef {
  name: string;
  role: string | null;
  country: string | null;
}

export interface EventFact {
  kind: "event";
  /** "report": the story itself, when its opening names no more precise kind of event. */
  type:
    | "meeting"
    | "visit"
    | "call"
    | "signing"
    | "sanction"
    | "expulsion"
    | "protest"
    | "statement"
    | "report";
  date: PartialDate | null;
  until?: PartialDate;
  /** Announced or invited, not yet held. */
  planned: boolean;
  place: string | null;
  people: PersonRef[];
  sentence: string;
}

export interface Money {
  value: number;
  currency: string;
}

export interface FigureFact {
  kind: "figure";
  /** trade, investment, aid, export, import, deficit, surplus, target, other */
  measure: string;
  /** The words of the article naming what is measured ("Nilai perdagangan dan investasi"). */
  label: string;
  amount: Money;
  /** The same amount in another currency, as the article gives it ("sekitar Rp53 triliun"). */
  equivalents: Money[];
  year: number | null;
  /** A period the article names instead of a year ("Januari-Maret 2022", "tahun lalu"). */
  period: string | null;
  sentence: string;
}

export interface SectorFact {
  kind: "sector";
  /** Sector ids from data/sectors.json, most mentioned first. */
  sectors: string[];
}

export interface AgreementFact {
  kind: "agreement";
  text: string;
  sentence: string;
}

export interface SummaryFact {
  kind: "summary";
  sentence: string;
  score: number;
}

export type Fact = EventFact | FigureFact | SectorFact | AgreementFact | SummaryFact;

/** What one article says about one pair of countries it ties together. */
export interface PairAnalysis {
  pair: Pair;
  /** How strongly the article is about this pair (sum of the evidence weights). */
  score: number;
  /** Counts of cooperation and conflict cues in the pair's sentences. */
  cooperation: number;
  conflict: number;
  /** Facts with the index of the sentence they come from, for ordering and citing. */
  facts: { sentenceIndex: number; fact: Fact }[];
}

export interface ArticleAnalysis {
  countries: { code: string; mentions: number; inTitle: boolean }[];
  /** Only the pairs the article actually ties, strongest first. */
  ties: PairAnalysis[];
}
