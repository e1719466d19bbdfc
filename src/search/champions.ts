import { BM25, FIELD_BOOST, FIELDS, type Field, inverseDocumentFrequency } from "./term-weights.js";

/**
 * Champion lists (Manning, Raghavan and Schütze, "Introduction to Information Retrieval", §7.1.3):
 * for each term common enough that scoring every document containing it is slow, the documents in
 * which it weighs most. A query made only of such terms is scored exactly, but only on the union of
 * its terms' champions; the best matches of a common word are the documents that use it most, in
 * the shortest text, or in the headline, and those are what a champion list keeps.
 *
 * A term's weight in a document is its bm25 term-frequency part (the score without the inverse
 * document frequency, which is the same for every document of one term), summed over the fields
 * with their boosts: ordering a term's documents by it orders them by their score for that term.
 */

export interface ChampionOptions {
  /** How many documents a term must be in before it keeps champions (below, scoring is cheap). */
  threshold: number;
  /** How many champions a term keeps. */
  size: number;
}

export const DEFAULT_CHAMPIONS: ChampionOptions = { threshold: 1000, size: 1000 };

/** The `size` heaviest documents seen, as a min-heap on weight: the root is the one to drop. */
class ChampionList {
  private readonly ids: Int32Array;
  private readonly weights: Float64Array;
  private count = 0;

  constructor(size: number) {
    this.ids = new Int32Array(size);
    this.weights = new Float64Array(size);
  }

  offer(id: number, weight: number): void {
    if (this.count < this.ids.length) {
      this.ids[this.count] = id;
      this.weights[this.count] = weight;
      this.siftUp(this.count++);
    } else if (weight > (this.weights[0] as number)) {
      this.ids[0] = id;
      this.weights[0] = weight;
      this.siftDown(0);
    }
  }

  /**
   * A document indexed again: its weight is raised if it is in the list (never lowered, which
   * could lower the floor below a document once left out), else it is offered.
   */
  reoffer(id: number, weight: number): void {
    const at = this.ids.subarray(0, this.count).indexOf(id);
    if (at < 0) {
      this.offer(id, weight);
      return;
    }
    if (weight <= (this.weights[at] as number)) return;
    this.weights[at] = weight;
    this.siftDown(at);
  }

  /** No document outside the list weighs more than this (0 while the list has room). */
  get floor(): number {
    return this.count < this.ids.length ? 0 : (this.weights[0] as number);
  }

  addTo(ids: Set<number>): void {
    for (let i = 0; i < this.count; i++) ids.add(this.ids[i] as number);
  }

  private siftUp(at: number): void {
    let child = at;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if ((this.weights[parent] as number) <= (this.weights[child] as number)) return;
      this.swap(parent, child);
      child = parent;
    }
  }

  private siftDown(at: number): void {
    let parent = at;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let lightest = parent;
      if (left < this.count && (this.weights[left] as number) < (this.weights[lightest] as number))
        lightest = left;
      if (
        right < this.count &&
        (this.weights[right] as number) < (this.weights[lightest] as number)
      )
        lightest = right;
      if (lightest === parent) return;
      this.swap(parent, lightest);
      parent = lightest;
    }
  }

  private swap(a: number, b: number): void {
    const id = this.ids[a] as number;
    const weight = this.weights[a] as number;
    this.ids[a] = this.ids[b] as number;
    this.weights[a] = this.weights[b] as number;
    this.ids[b] = id;
    this.weights[b] = weight;
  }
}

interface FieldChampions {
  /** In how many documents each term is in this field. */
  frequencies: Map<string, number>;
  lists: Map<string, ChampionList>;
}

/** Champions field by field: a headline word and a country named by the analysis weigh apart. */
export class ChampionLists {
  private readonly fields = new Map<Field, FieldChampions>(
    FIELDS.map((field) => [field, { frequencies: new Map(), lists: new Map() }]),
  );
  /**
   * Documents indexed again: each counts its terms again (the ones it no longer has stay
   * counted too), so a term's count may exceed the true one by at most this much.
   */
  private reindexed = 0;
  constructor(private readonly options: ChampionOptions = DEFAULT_CHAMPIONS) {}

  /**
   * A document was indexed with these term weights, field by field. A term whose articles reach
   * the threshold in a field starts its list from `earlier`: the weights of the documents indexed
   * before, which only the index has. A document indexed again (`again`) may already be a
   * champion: its entry is raised rather than added twice.
   */
  observe(
    id: number,
    weights: Map<Field, Map<string, number>>,
    earlier: (term: string, field: Field) => Iterable<[id: number, weight: number]>,
    again = false,
  ): void {
    if (again) this.reindexed++;
    for (const [field, fieldWeights] of weights) {
      const { frequencies, lists } = this.fields.get(field)!;
      for (const [term, weight] of fieldWeights) {
        const frequency = (frequencies.get(term) ?? 0) + 1;
        frequencies.set(term, frequency);
        const list = lists.get(term);
        if (list && again) list.reoffer(id, weight);
        else if (list) list.offer(id, weight);
        else if (frequency >= this.options.threshold) {
          const started = new ChampionList(this.options.size);
          for (const [earlierId, earlierWeight] of earlier(term, field))
            if (earlierId !== id) started.offer(earlierId, earlierWeight);
          started.offer(id, weight);
          lists.set(term, started);
        }
      }
    }
  }

  /** Whether the term is common enough to have champions. */
  has(term: string): boolean {
    for (const { lists } of this.fields.values()) if (lists.has(term)) return true;
    return false;
  }

  /**
   * The most a document that is no term's champion can score for these terms, in MiniSearch's
   * bm25 (before its factor for the number of terms matched): in each field, a term's weight is
   * at most its list's floor (or, in a field where it has no list, the most bm25 gives),
   * times that field's inverse document frequency.
   */
  bound(terms: readonly string[], documents: number): number {
    let bound = 0;
    for (const term of terms) {
      let termBound = 0;
      let everyHolderListed = true;
      for (const [field, { frequencies, lists }] of this.fields) {
        const frequency = frequencies.get(term);
        if (!frequency) continue;
        // The fewest documents the term may be in: the larger idf bounds the true one.
        const idf = inverseDocumentFrequency(documents, Math.max(1, frequency - this.reindexed));
        const floor = lists.get(term)?.floor ?? FIELD_BOOST[field] * (BM25.k + 1);
        if (floor || !lists.has(term)) everyHolderListed = false;
        termBound += idf * floor;
      }
      // Every document with this term is a champion: any match has it, so none is left out.
      if (everyHolderListed) return 0;
      bound += termBound;
    }
    return bound;
  }

  /** The champions of all these terms together. */
  union(terms: readonly string[]): Set<number> {
    const ids = new Set<number>();
    for (const { lists } of this.fields.values())
      for (const term of terms) lists.get(term)?.addTo(ids);
    return ids;
  }
}
