/** Up to this many matches are worth listing, to score them all in a second pass. */
const LISTED_MATCHES = 5000;

/**
 * Counts the articles that have every term while MiniSearch walks each term's articles in turn,
 * without keeping a result for them: an article is counted when its mark reaches the last term.
 * The first few thousand are listed too.
 */
export class MatchTally {
  total = 0;
  /** The matching articles, or null when there are too many to list. */
  matches: number[] | null = [];
  private readonly marks: Uint16Array;
  private readonly order: Map<string, number>;
  /** MiniSearch walks one term's articles at a time: its position is looked up once per term. */
  private term = "";
  private at = -1;

  constructor(terms: string[], largestId: number) {
    this.marks = new Uint16Array(largestId + 1);
    this.order = new Map(terms.map((term, i) => [term, i]));
  }

  saw(id: number, term: string): void {
    if (term !== this.term) {
      this.term = term;
      this.at = this.order.get(term) ?? -1;
    }
    const at = this.at;
    if (at < 0 || this.marks[id] !== at) return;
    this.marks[id] = at + 1;
    if (at + 1 < this.order.size) return;
    this.total++;
    if (this.matches && this.matches.length < LISTED_MATCHES) this.matches.push(id);
    else this.matches = null;
  }
}
