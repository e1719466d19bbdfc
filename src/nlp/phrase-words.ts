import { forEachWord, wordHash } from "./word-chars.js";

/**
 * The words of a text that begin a phrase of some phrase index (phrase-index.ts), read once for
 * all the indexes. A word that no index starts a phrase with (most words) is dropped when the
 * text is read, instead of being looked up again by each of the dozen indexes a sentence goes
 * through. Indexes are built once, when their module loads, and their first words stay here.
 */

/** One index's phrases that begin with a word; `owner` is the index's id. */
export interface Owned {
  readonly owner: number;
}

/** A word, as written, that begins a phrase of at least one index. */
export interface Starter {
  text: string;
  lower: string;
  /** Made of ASCII characters only. */
  ascii: boolean;
  /**
   * The entries of the indexes with phrases starting with this word, by the index's id (empty
   * for none): an index finds its own in one read, not by searching a list for every word.
   */
  byOwner: (Owned | undefined)[];
}

/** A text's starting words: where each stands (`at`) and which it is (`starters`), in order. */
export interface TextWords {
  at: number[];
  starters: Starter[];
}

/** First words: folded for the indexes that ignore case, exact for the others. */
const foldedStarters = new Map<string, Owned[]>();
const exactStarters = new Map<string, Owned[]>();
/** The first words made only of ASCII, hashed (word-chars.ts): most words are ruled out by these. */
const foldedHashes = new Set<number>();
const exactHashes = new Set<number>();

/**
 * The ASCII words met so far that passed the hashes, by their exact hash, each with what it
 * starts (nothing, for a hash shared by chance). Reading a word costs no slice, no lower-casing
 * and no lookups once its spelling has been met: news repeats its words. Few spellings pass.
 */
const known = new Map<number, Starter[]>();
const KNOWN_KEPT = 50_000;
let knownCount = 0;

/**
 * The words of the texts read lately: a sentence goes through a dozen indexes (countries,
 * capitals, leaders, cue words, event words …), and reading its words once serves them all.
 * The oldest text goes first, its key kept in a ring: finding it with Map.keys() walked over
 * every hole the deletions before had left in the map.
 */
const recentWords = new Map<string, TextWords>();
const RECENT_TEXTS = 256;
const recentKeys: string[] = [];
let readCount = 0;

export function wordsOf(text: string): TextWords {
  const cached = recentWords.get(text);
  if (cached) return cached;
  const words: TextWords = { at: [], starters: [] };
  forEachWord(text, (start, end, ascii, folded, exact) => {
    // Most words start no phrase: an ASCII one whose hashes no first word has is dropped here.
    if (ascii && !foldedHashes.has(folded) && !exactHashes.has(exact)) return;
    const starter = ascii
      ? knownAt(text, start, end, exact)
      : starterOf(text.slice(start, end), false);
    if (!starter.byOwner.length) return;
    words.at.push(start);
    words.starters.push(starter);
  });
  const slot = readCount++ % RECENT_TEXTS;
  if (recentWords.size >= RECENT_TEXTS) recentWords.delete(recentKeys[slot] as string);
  recentKeys[slot] = text;
  recentWords.set(text, words);
  return words;
}

function knownAt(text: string, start: number, end: number, hash: number): Starter {
  let spellings = known.get(hash);
  if (spellings)
    for (const starter of spellings)
      if (starter.text.length === end - start && text.startsWith(starter.text, start))
        return starter;
  const starter = starterOf(text.slice(start, end), true);
  if (knownCount >= KNOWN_KEPT) {
    known.clear();
    knownCount = 0;
    spellings = undefined;
  }
  knownCount++;
  if (spellings) spellings.push(starter);
  else known.set(hash, [starter]);
  return starter;
}

function starterOf(surface: string, ascii: boolean): Starter {
  const lower = surface.toLowerCase();
  const folded = foldedStarters.get(lower) ?? [];
  const exact = exactStarters.get(surface) ?? [];
  const byOwner: Owned[] = [];
  for (const entry of [...folded, ...exact]) byOwner[entry.owner] = entry;
  return { text: surface, lower, ascii, byOwner };
}

/**
 * A new index's first words, each with its entry. The texts read before were not read for them,
 * and the words met before may start its phrases: both are forgotten.
 */
export function addStarters(entries: Map<string, Owned>, caseSensitive: boolean): void {
  const starters = caseSensitive ? exactStarters : foldedStarters;
  const hashes = caseSensitive ? exactHashes : foldedHashes;
  for (const [word, entry] of entries) {
    const owned = starters.get(word);
    if (owned) owned.push(entry);
    else starters.set(word, [entry]);
    const hash = wordHash(word, !caseSensitive);
    if (hash !== null) hashes.add(hash);
  }
  recentWords.clear();
  readCount = 0;
  known.clear();
  knownCount = 0;
}
