import { escapeRegExp } from "./text.js";

/**
 * Finds many phrases (thousands of names, cue words) in a text as whole words, with the meaning
 * of one big alternation `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])` scanned left
 * to right, but fast: such a regex tries every alternative at every position of every text, which
 * was half of the ingest time. Here the text's words are read once, and only the phrases that
 * begin with a word are tried where that word stands (one small sticky regex per first word).
 */

export interface PhraseIndexOptions {
  /** Match letter case exactly (acronyms: "AS" is the United States, "as" is a word). */
  caseSensitive?: boolean;
  /** What may separate a phrase's words in the text, as regex source. Default: spaces or hyphens. */
  separator?: string;
  /** Characters (a regex class body) that may not follow a match, besides letters and digits. */
  notAfter?: string;
}

export interface PhraseHit {
  start: number;
  end: number;
  surface: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

export class PhraseIndex {
  /** First word (folded) → the phrases starting with it, longest first, as regex sources. */
  private readonly sources = new Map<string, string[]>();
  private readonly patterns = new Map<string, RegExp>();
  private readonly flags: string;
  private readonly end: string;

  constructor(
    phrases: Iterable<string>,
    private readonly options: PhraseIndexOptions = {},
  ) {
    this.flags = options.caseSensitive ? "uy" : "iuy";
    this.end = `(?![\\p{L}\\p{N}${options.notAfter ?? ""}])`;
    const separator = options.separator ?? "[\\s-]+";
    const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
    for (const phrase of sorted) {
      const first = FIRST_WORD.exec(phrase)?.[0];
      if (!first)
        throw new Error(`phrase-index: "${phrase}" does not begin with a letter or digit`);
      const source = phrase
        .split(/[\s\-–]+/)
        .filter(Boolean)
        .map(escapeRegExp)
        .join(separator);
      const key = this.fold(first);
      const list = this.sources.get(key);
      if (list) list.push(source);
      else this.sources.set(key, [source]);
    }
  }

  get size(): number {
    return this.sources.size;
  }

  /** Every match, left to right, never overlapping; at one place the longest phrase wins. */
  *matches(text: string): Generator<PhraseHit> {
    let after = 0;
    for (const word of text.matchAll(WORD)) {
      if (word.index < after) continue;
      const pattern = this.patternFor(this.fold(word[0]));
      if (!pattern) continue;
      pattern.lastIndex = word.index;
      const match = pattern.exec(text);
      if (!match) continue;
      after = word.index + match[0].length;
      yield { start: word.index, end: after, surface: match[0] };
    }
  }

  private fold(word: string): string {
    return this.options.caseSensitive ? word : word.toLowerCase();
  }

  /** Compiled on first use: most first words never occur in a given run. */
  private patternFor(key: string): RegExp | null {
    const cached = this.patterns.get(key);
    if (cached) return cached;
    const sources = this.sources.get(key);
    if (!sources) return null;
    const pattern = new RegExp(`(?:${sources.join("|")})${this.end}`, this.flags);
    this.patterns.set(key, pattern);
    return pattern;
  }
}
