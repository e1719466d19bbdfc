import model from "../../data/summary-weights.json" with { type: "json" };
import { LACUNA_FACTOR, selectDiverse } from "./summary.js";
import { processTerm } from "./terms.js";
import { hasLacuna, type Sentence, splitSentences, words } from "./text.js";

/**
 * Extractive summary of one article: each sentence gets the probability that it belongs in the
 * summary from a logistic model over sentence features (where it stands, how long it is, how
 * central it is to the article, whether it is a quotation or a "Baca juga" link, how much of the
 * headline it shares...). scripts/train-summarizer.ts learns the weights (data/summary-weights.json)
 * on the training half of IndoSum: logistic regression on its extractive labels, then coordinate
 * ascent on ROUGE-1 F1. The most probable sentences are picked with selectDiverse, so none
 * repeats a chosen one, and returned in article order. Without a title, the title feature is 0.
 */

export const FEATURES = [
  "position0",
  "position1",
  "position2",
  "position3",
  "position4",
  "inversePosition",
  "relativePosition",
  "firstParagraph",
  "inverseParagraph",
  "paragraphStart",
  "logLength",
  "short",
  "long",
  "centrality",
  "leadSimilarity",
  "digits",
  "capitalised",
  "quote",
  "quoteStart",
  "attribution",
  "question",
  "boilerplate",
  "titleOverlap",
  "inverseInParagraph",
  "centralityRank",
  "relativeLength",
  "connectiveStart",
  "unterminated",
  "earlyQuote",
  "positionByLength",
] as const;

export type FeatureName = (typeof FEATURES)[number];

export interface SummaryModel {
  bias: number;
  weights: Partial<Record<FeatureName, number>>;
}

const QUOTE = /["“”]/;
const ATTRIBUTION =
  /\b(ujar|kata|ucap|tutur|jelas|ungkap|imbuh|tambah|terang|sebut|papar|tegas)(nya)?\b/i;
const BOILERPLATE =
  /^(baca( juga)?|lihat( juga)?|simak( juga)?|tonton|saksikan|editor|penulis|reporter|sumber|foto|video)\b\s*:?/i;

const CONNECTIVE =
  /^(ia|dia|mereka|hal (ini|itu|tersebut)|namun|tetapi|tapi|sementara( itu)?|selain( itu)?|sebelumnya|kemudian|adapun|menurut(nya| dia)|oleh karena itu|karena itu|sebab|padahal)\b/i;

type Vector = Map<string, number>;

function termVector(tokens: string[]): Vector {
  const vector: Vector = new Map();
  for (const token of tokens) {
    const term = processTerm(token);
    if (term) vector.set(term, (vector.get(term) ?? 0) + 1);
  }
  return vector;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const count of vector.values()) sum += count * count;
  return Math.sqrt(sum);
}

function cosine(a: Vector, b: Vector, normA = norm(a), normB = norm(b)): number {
  if (!normA || !normB) return 0;
  let dot = 0;
  for (const [term, count] of a) dot += count * (b.get(term) ?? 0);
  return dot / (normA * normB);
}

/**
 * Cosine of a sentence with the rest of the article (the article minus the sentence), from
 * s·(A − s) = s·A − |s|² and |A − s|² = |A|² − 2 s·A + |s|², without building A − s.
 */
function centrality(sentence: Vector, article: Vector, articleNorm: number): number {
  const sentenceNorm = norm(sentence);
  let dot = 0;
  for (const [term, count] of sentence) dot += count * (article.get(term) ?? 0);
  const shared = dot - sentenceNorm ** 2;
  const restNorm = Math.sqrt(Math.max(articleNorm ** 2 - 2 * dot + sentenceNorm ** 2, 0));
  return sentenceNorm && restNorm ? shared / (sentenceNorm * restNorm) : 0;
}

/** Feature vectors, in FEATURES order, for an article's sentences. */
export function sentenceFeatures(sentences: Sentence[], title?: string): number[][] {
  const tokens = sentences.map((sentence) => sentence.text.match(/[\p{L}\p{N}]+/gu) ?? []);
  const vectors = tokens.map(termVector);
  const article: Vector = new Map();
  for (const vector of vectors) {
    for (const [term, count] of vector) article.set(term, (article.get(term) ?? 0) + count);
  }
  const titleTerms = new Set(termVector(title ? words(title) : []).keys());
  const last = Math.max(sentences.length - 1, 1);
  const articleNorm = norm(article);
  const centralities = vectors.map((vector) => centrality(vector, article, articleNorm));
  const ranked = [...centralities].sort((a, b) => b - a);
  const longest = tokens.reduce((max, t) => Math.max(max, t.length), 1);
  const firstInParagraph: number[] = [];
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    firstInParagraph.push(
      !previous || previous.paragraph !== sentence.paragraph ? i : firstInParagraph[i - 1]!,
    );
  });
  return sentences.map((sentence, i) => {
    const sentenceTokens = tokens[i]!;
    const vector = vectors[i]!;
    const length = sentenceTokens.length;
    const capitalised = sentenceTokens.slice(1).filter((token) => /^\p{Lu}/u.test(token)).length;
    const previous = sentences[i - 1];
    let titleShared = 0;
    for (const term of titleTerms) if (vector.has(term)) titleShared++;
    const values: Record<FeatureName, number> = {
      position0: i === 0 ? 1 : 0,
      position1: i === 1 ? 1 : 0,
      position2: i === 2 ? 1 : 0,
      position3: i === 3 ? 1 : 0,
      position4: i === 4 ? 1 : 0,
      inversePosition: 1 / (1 + i),
      relativePosition: i / last,
      firstParagraph: sentence.paragraph === 0 ? 1 : 0,
      inverseParagraph: 1 / (1 + sentence.paragraph),
      paragraphStart: !previous || previous.paragraph !== sentence.paragraph ? 1 : 0,
      logLength: Math.log1p(length),
      short: length < 8 ? 1 : 0,
      long: length > 40 ? 1 : 0,
      centrality: centralities[i]!,
      leadSimilarity: i === 0 ? 0 : cosine(vector, vectors[0]!),
      digits: /\p{N}/u.test(sentence.text) ? 1 : 0,
      capitalised: length > 1 ? capitalised / (length - 1) : 0,
      quote: QUOTE.test(sentence.text) ? 1 : 0,
      quoteStart: /^["“‘']/.test(sentence.text) ? 1 : 0,
      attribution: ATTRIBUTION.test(sentence.text) ? 1 : 0,
      question: sentence.text.includes("?") ? 1 : 0,
      boilerplate: BOILERPLATE.test(sentence.text) ? 1 : 0,
      titleOverlap: titleTerms.size ? titleShared / titleTerms.size : 0,
      inverseInParagraph: 1 / (1 + i - firstInParagraph[i]!),
      centralityRank: 1 / (1 + ranked.indexOf(centralities[i]!)),
      relativeLength: length / longest,
      connectiveStart: CONNECTIVE.test(sentence.text) ? 1 : 0,
      unterminated: /[.!?]["”’')\]]*$/.test(sentence.text) ? 0 : 1,
      earlyQuote: i < 3 && QUOTE.test(sentence.text) ? 1 : 0,
      positionByLength: Math.log1p(sentences.length) / (1 + i),
    };
    return FEATURES.map((name) => values[name]);
  });
}

/** Probability that each sentence belongs in the summary, under a model. */
export function scoreFeatures(features: number[][], summaryModel: SummaryModel): number[] {
  return features.map((row) => {
    let z = summaryModel.bias;
    FEATURES.forEach((name, k) => {
      z += (summaryModel.weights[name] ?? 0) * row[k]!;
    });
    return 1 / (1 + Math.exp(-z));
  });
}

export interface ArticleSummaryOptions {
  /** How many sentences, 3 unless told. */
  sentences?: number;
  /** The headline, when known: sentences that share its words score higher. */
  title?: string;
  /** The model, data/summary-weights.json unless told (for training and tests). */
  model?: SummaryModel;
}

/** The sentences that best summarise an article body (paragraphs separated by blank lines). */
export function summariseArticle(body: string, options: ArticleSummaryOptions = {}): string[] {
  const count = options.sentences ?? 3;
  const sentences = splitSentences(body);
  if (count <= 0 || !sentences.length) return [];
  const scores = scoreFeatures(
    sentenceFeatures(sentences, options.title),
    options.model ?? (model as SummaryModel),
  );
  const candidates = sentences.map((sentence, i) => ({
    index: sentence.index,
    text: sentence.text,
    // Ties (identical features) go to the earlier sentence: the sort in selectDiverse is stable.
    // A sentence with words missing (links stripped from the page) comes after whole ones.
    score: hasLacuna(sentence.text) ? scores[i]! * LACUNA_FACTOR : scores[i]!,
  }));
  return selectDiverse(candidates, count)
    .sort((a, b) => a.index - b.index)
    .map((sentence) => sentence.text);
}
