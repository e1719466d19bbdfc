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
