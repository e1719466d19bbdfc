/**
 * What the champion lists need to know of each document as it is indexed: its terms' frequencies
 * and its fields' lengths, counted the way MiniSearch counts them (a field's length is its number
 * of distinct words), turned into each term's bm25 weight without the inverse document frequency.
 */

export const FIELDS = ["text", "countries"] as const;
export type Field = (typeof FIELDS)[number];
/** A country named in the analysis counts twice a word of the text. */
export const FIELD_BOOST: Record<Field, number> = { text: 1, countries: 2 };
/** SQLite FTS5's bm25 parameters, so that the two rank alike. */
export const BM25 = { k: 1.2, b: 0.75, d: 0 } as const;

/** MiniSearch's bm25 inverse document frequency: a term in `frequency` of `documents`. */
export function inverseDocumentFrequency(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
}

interface FieldCount {
  length: number;
  frequencies: Map<string, number>;
}

/** One document's words, counted while MiniSearch reads them. */
export class TermCollector {
  private readonly fields = new Map<Field, FieldCount>();

  length(field: string, length: number): void {
    this.fieldCount(field).length = length;
  }

  term(field: string, term: string): void {
    const { frequencies } = this.fieldCount(field);
    frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }

  /** Each term's weight in each field, given the fields' average lengths (this one's included). */
  weights(lengths: FieldLengths): Map<Field, Map<string, number>> {
    const weights = new Map<Field, Map<string, number>>();
    for (const [field, { length, frequencies }] of this.fields) {
      const average = lengths.average(field) || 1;
      const norm = BM25.k * (1 - BM25.b + (BM25.b * length) / average);
      const fieldWeights = new Map<string, number>();
      for (const [term, frequency] of frequencies)
        fieldWeights.set(
          term,
          (FIELD_BOOST[field] * frequency * (BM25.k + 1)) / (frequency + norm),
        );
      weights.set(field, fieldWeights);
    }
    return weights;
  }

  /** Adds this document's field lengths to the running averages. */
  addLengthsTo(lengths: FieldLengths): void {
    for (const [field, { length }] of this.fields) lengths.add(field, length);
  }

  private fieldCount(field: string): FieldCount {
    const known = field as Field;
    let count = this.fields.get(known);
    if (!count) {
      count = { length: 0, frequencies: new Map() };
      this.fields.set(known, count);
    }
    return count;
  }
}

/** The running average length of each field, as MiniSearch keeps it. */
export class FieldLengths {
  private readonly totals = new Map<Field, { sum: number; documents: number }>();

  add(field: Field, length: number): void {
    const total = this.totals.get(field) ?? { sum: 0, documents: 0 };
    total.sum += length;
    total.documents += 1;
    this.totals.set(field, total);
  }

  average(field: Field): number {
    const total = this.totals.get(field);
    return total?.documents ? total.sum / total.documents : 0;
  }
}

/**
 * The terms, followed by placeholders that are not terms, so that MiniSearch, which takes a field's
 * length to be its number of distinct tokens, takes it to be `length`: FTS5 counts every term, of
 * the whole body, and so ranks long articles lower. Placeholders start with a NUL, which no token
 * has, and `isPlaceholder` tells them apart so that they are never indexed.
 */
export function withLength(terms: string[], length: number): string[] {
  const missing = length - new Set(terms).size;
  while (PLACEHOLDERS.length < missing) PLACEHOLDERS.push(`\u0000${PLACEHOLDERS.length}`);
  return missing > 0 ? terms.concat(PLACEHOLDERS.slice(0, missing)) : terms;
}

/** Shared by every document: the same strings, made once. */
const PLACEHOLDERS: string[] = [];

export function isPlaceholder(token: string): boolean {
  return token.charCodeAt(0) === 0;
}
