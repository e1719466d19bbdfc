import { escapeRegExp } from "./text.js";
import { forEachWord, wordHash } from "./word-chars.js";

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

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * The first words of every index's phrases, each with the ids of the indexes that have phrases
 * starting with it: folded for the indexes that ignore case, exact for the others. A word of a
 * text that no index starts a phrase with (most words) is dropped once, when the text is read,
 * instead of being looked up again by each of the dozen indexes a sentence goes through.
 * Indexes are built once, when their module loads, and their first words stay here for good.
 */
const foldedStarters = new Map<string, number[]>();
const exactStarters = new Map<string, number[]>();
/** The first words made only of ASCII, hashed (word-chars.ts): most words are ruled out by these. */
const foldedHashes = new Set<number>();
const exactHashes = new Set<number>();
let indexCount = 0;

/** A word of a text that begins a phrase of at least one index. */
interface Word {
  index: number;
  text: string;
  lower: string;
  /** Made of ASCII characters only. */
  ascii: boolean;
  /** The ids of the indexes with phrases starting with this word. */
  indexes: number[];
}

/**
 * The words of the texts matched lately: a sentence goes through a dozen indexes (countries,
 * capitals, leaders, cue words, event words …), and reading its words once serves them all.
 */
const recentWords = new Map<string, Word[]>();
const RECENT_TEXTS = 256;

function wordsOf(text: string): Word[] {
  const cached = recentWords.get(text);
  if (cached) return cached;
  const words: Word[] = [];
  forEachWord(text, (start, end, ascii, folded, exact) => {
    // Most words start no phrase: an ASCII one whose hashes no first word has is dropped here.
    if (ascii && !foldedHashes.has(folded) && !exactHashes.has(exact)) return;
    const word = starterAt(text, start, end, ascii);
    if (word) words.push(word);
  });
  if (recentWords.size >= RECENT_TEXTS)
    recentWords.delete(recentWords.keys().next().value as string);
  recentWords.set(text, words);
  return words;
}

function starterAt(text: string, start: number, end: number, ascii: boolean): Word | null {
  const surface = text.slice(start, end);
  const lower = surface.toLowerCase();
  const folded = foldedStarters.get(lower);
  const exact = exactStarters.get(surface);
  if (!folded && !exact) return null;
  const indexes = folded && exact ? [...folded, ...exact] : (folded ?? exact)!;
  return { index: start, text: surface, lower, ascii, indexes };
}

/** A new index starts phrases with words the texts read before were not kept for. */
function addStarters(id: number, words: Iterable<string>, caseSensitive: boolean): void {
  const starters = caseSensitive ? exactStarters : foldedStarters;
  const hashes = caseSensitive ? exactHashes : foldedHashes;
  for (const word of words) {
    const ids = starters.get(word);
    if (ids) ids.push(id);
    else starters.set(word, [id]);
    const hash = wordHash(word, !caseSensitive);
    if (hash !== null) hashes.add(hash);
  }
  recentWords.clear();
}

interface Entry {
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

  constructor(
    phrases: Iterable<string>,
    private readonly options: PhraseIndexOptions = {},
  ) {
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
        this.entries.set(key, { sources: [source], plain });
      }
    }
    addStarters(this.id, this.entries.keys(), options.caseSensitive === true);
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
    const caseSensitive = this.options.caseSensitive === true;
    for (const word of wordsOf(text)) {
      if (word.index < after || !word.indexes.includes(this.id)) continue;
      const entry = this.entries.get(caseSensitive ? word.text : word.lower);
      if (!entry) continue;
      const surface = this.matchAt(entry, text, word);
      if (surface === null) continue;
      after = word.index + surface.length;
      hits.push({ start: word.index, end: after, surface });
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
  private matchAt(entry: Entry, text: string, word: Word): string | null {
    let surface = entry.plain && word.ascii ? word.text : null;
    if (surface === null) {
      entry.loose ??= new RegExp(`(?:${entry.sources.join("|")})`, this.flags);
      entry.loose.lastIndex = word.index;
      surface = entry.loose.exec(text)?.[0] ?? null;
      if (surface === null) return null;
    }
    this.runsOn.lastIndex = word.index + surface.length;
    if (!this.runsOn.test(text)) return surface;
    entry.strict ??= new RegExp(`(?:${entry.sources.join("|")})${this.end}`, this.flags);
    entry.strict.lastIndex = word.index;
    return entry.strict.exec(text)?.[0] ?? null;
  }
}
