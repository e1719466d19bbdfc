import { addStarters, type Owned, type Starter, wordsOf } from "./phrase-words.js";
import { escapeRegExp } from "./text.js";

/**
 * Finds many phrases (thousands of names, cue words) in a text as whole words, with the meaning
 * of one big alternation `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])` scanned left
 * to right, but fast: such a regex tries every alternative at every position of every text, which
 * was half of the ingest time. Here the text's words are read once, and only the phrases that
 * begin with a word are tried where that word stands (one small sticky regex per first word).
 * The words are read by phrase-words.ts, once for all the indexes.
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

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
let indexCount = 0;

interface Entry extends Owned {
  /** The phrases starting with this word, longest first, as regex sources. */
  sources: string[];
  /** The only phrase is this word alone, in ASCII letters and digits. */
  plain: boolean;
  /** The phrases, compiled on first use: most first words never occur in a given run. */
  loose?: RegExp;
  /** The same with the check that no letter follows, compiled only where `loose` is not enough. */
  strict?: RegExp;
}

export class PhraseIndex {
  private readonly id = indexCount++;
  /** First word (folded) → the phrases that start with it. */
  private readonly entries = new Map<string, Entry>();
  private readonly flags: string;
  private readonly end: string;
  /** A character that would carry a match on into a word: `end` without the lookahead. */
  private readonly runsOn: RegExp;

  constructor(phrases: Iterable<string>, options: PhraseIndexOptions = {}) {
    this.flags = options.caseSensitive ? "uy" : "iuy";
    const notAfter = `[\\p{L}\\p{N}${options.notAfter ?? ""}]`;
    this.end = `(?!${notAfter})`;
    this.runsOn = new RegExp(notAfter, this.flags);
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
      const key = options.caseSensitive ? first : first.toLowerCase();
      const entry = this.entries.get(key);
      if (entry) {
        entry.sources.push(source);
        entry.plain = false;
      } else {
        const plain =
          PLAIN_WORD.test(source) &&
          (options.caseSensitive ? source : source.toLowerCase()) === key;
        this.entries.set(key, { owner: this.id, sources: [source], plain });
      }
    }
    addStarters(this.entries, options.caseSensitive === true);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Every match, left to right, never overlapping; at one place the longest phrase wins.
   * An array, not a generator: every caller reads them all, and a generator costs more.
   */
  matches(text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    let after = 0;
    const { at, starters } = wordsOf(text);
    for (let i = 0; i < at.length; i++) {
      const start = at[i] as number;
      if (start < after) continue;
      const entry = (starters[i] as Starter).byOwner[this.id] as Entry | undefined;
      if (!entry) continue;
      const surface = this.matchAt(entry, text, start, starters[i] as Starter);
      if (surface === null) continue;
      after = start + surface.length;
      hits.push({ start, end: after, surface });
    }
    return hits;
  }

  /**
   * The phrase of the entry that matches where the word stands and ends where a word does, as
   * the alternation with its lookahead finds it. Compiling that lookahead (every letter and
   * digit, case-folded) cost more than a millisecond for each of the thousands of entries a run
   * meets; so the phrases are first tried without it and the end checked on its own. Each phrase
   * can match only one way (its separators must take every space before the next word), so when
   * the first phrase that matches ends where a word does, it is the answer; otherwise the full
   * pattern decides. A plain entry needs no pattern at all for an ASCII word: the word was found
   * as its first word, and ASCII letters fold the same way for toLowerCase and for the "i" flag.
   */
  private matchAt(entry: Entry, text: string, index: number, word: Starter): string | null {
    let surface = entry.plain && word.ascii ? word.text : null;
    if (surface === null) {
      entry.loose ??= new RegExp(`(?:${entry.sources.join("|")})`, this.flags);
      entry.loose.lastIndex = index;
      surface = entry.loose.exec(text)?.[0] ?? null;
      if (surface === null) return null;
    }
    this.runsOn.lastIndex = index + surface.length;
    if (!this.runsOn.test(text)) return surface;
    entry.strict ??= new RegExp(`(?:${entry.sources.join("|")})${this.end}`, this.flags);
    entry.strict.lastIndex = index;
    return entry.strict.exec(text)?.[0] ?? null;
  }
}
