import { readFileSync } from "node:fs";
import { analyzeArticle } from "../nlp/analyze.js";
import { parseArticle } from "../nlp/article-parser.js";
import { toIsoDate } from "../nlp/dates.js";
import { daysBefore } from "../nlp/event-background.js";
import { pairKey } from "../nlp/ties.js";
import { type Tone, toneOf } from "../nlp/tone.js";
import type {
  ArticleAnalysis,
  EventFact,
  FigureFact,
  Pair,
  ParsedArticle,
  PartialDate,
} from "../nlp/types.js";

/**
 * Scores the understanding against the hand-labelled set in test/fixtures/eval/: ties (precision,
 * recall, F1 over article × pair), the main event's date and place, figures (amount, currency and
 * year all right), and tone. Every mistake is listed, so that a change can be judged by its errors.
 */

export interface EvalArticle {
  id: string;
  url: string | null;
  publisher: string | null;
  date: string | null;
  title: string | null;
  text: string;
}

export interface EvalLabel {
  id: string;
  ties: [string, string][];
  event: { pair: [string, string]; type: string; date: string | null; place: string | null } | null;
  figures: { pair: [string, string]; value: number; currency: string; year: number | null }[];
  tone: Record<string, Tone>;
  story: string | null;
}

export interface Score {
  correct: number;
  total: number;
}

export interface UnderstandingReport {
  articles: number;
  ties: { truePositives: number; falsePositives: number; falseNegatives: number };
  eventDates: Score;
  eventPlaces: Score;
  figures: Score & { predicted: number };
  tone: Score;
  /** Tone over the labelled pairs the analyser ties: the tone rules alone, without missed ties. */
  toneOfFound: Score;
  mistakes: string[];
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function parseEvalArticle(article: EvalArticle): ParsedArticle {
  return parseArticle(article.text, {
    url: article.url,
    title: article.title,
    publisher: article.publisher,
    date: article.date,
  });
}

const key = (pair: readonly string[]) => pairKey([pair[0]!, pair[1]!] as Pair);

function factsOf<K extends "event" | "figure">(analysis: ArticleAnalysis, pair: string, kind: K) {
  const tie = analysis.ties.find((candidate) => pairKey(candidate.pair) === pair);
  return (tie?.facts ?? [])
    .map((entry) => entry.fact)
    .filter((fact): fact is K extends "event" ? EventFact : FigureFact => fact.kind === kind);
}

/**
 * The event a reader would call the article's main one: the first one held, a statement last; in
 * an article that tells only of a plan ("Menlu Uruguay akan sambangi Indonesia"), the plan. An
 * event the story recalls from weeks before ("dua bulan setelah kunjungan Erdogan") is not its
 * news while it tells one of its own days.
 */
function mainEvent(
  analysis: ArticleAnalysis,
  pair: string,
  published: PartialDate | null,
): EventFact | null {
  const events = factsOf(analysis, pair, "event");
  const held = events.filter((event) => !event.planned);
  const recent = held.filter(
    (event) => !event.date || !published?.day || daysBefore(event.date, published) <= NEWS_DAYS,
  );
  const vague = (event: EventFact) => event.type === "statement" || event.type === "report";
  return (
    recent.find((event) => !vague(event)) ??
    recent[0] ??
    held.find((event) => !vague(event)) ??
    held[0] ??
    events[0] ??
    null
  );
}

/** How many days before its publication a story's own news may be. */
const NEWS_DAYS = 7;

function sameFigure(ours: FigureFact, gold: EvalLabel["figures"][number]): boolean {
  const close = Math.abs(ours.amount.value - gold.value) <= Math.abs(gold.value) * 0.005;
  return close && ours.amount.currency === gold.currency && ours.year === gold.year;
}

export function evaluateUnderstanding(
  articles: EvalArticle[],
  labels: EvalLabel[],
): UnderstandingReport {
  const byId = new Map(labels.map((label) => [label.id, label]));
  const report: UnderstandingReport = {
    articles: 0,
    ties: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    eventDates: { correct: 0, total: 0 },
    eventPlaces: { correct: 0, total: 0 },
    figures: { correct: 0, total: 0, predicted: 0 },
    tone: { correct: 0, total: 0 },
    toneOfFound: { correct: 0, total: 0 },
    mistakes: [],
  };
  const miss = (id: string, what: string) => report.mistakes.push(`${id}: ${what}`);
  for (const article of articles) {
    const label = byId.get(article.id);
    if (!label) continue;
    report.articles++;
    const parsed = parseEvalArticle(article);
    const analysis = analyzeArticle(parsed);
    const predicted = new Set(analysis.ties.map((tie) => pairKey(tie.pair)));
    const gold = new Set(label.ties.map(key));
    for (const pair of predicted) {
      if (gold.has(pair)) {
        report.ties.truePositives++;
      } else {
        report.ties.falsePositives++;
        miss(article.id, `tie ${pair} is not in the labels`);
      }
    }
    for (const pair of gold) {
      if (predicted.has(pair)) continue;
      report.ties.falseNegatives++;
      miss(article.id, `missed the tie ${pair}`);
    }
    if (label.event) {
      const ours = mainEvent(analysis, key(label.event.pair), parsed.publishedAt);
      if (label.event.date) {
        report.eventDates.total++;
        const date = ours?.date ? toIsoDate(ours.date) : null;
        if (date === label.event.date) report.eventDates.correct++;
        else miss(article.id, `event date ${date} instead of ${label.event.date}`);
      }
      if (label.event.place) {
        report.eventPlaces.total++;
        if (ours?.place?.toLowerCase().includes(label.event.place.toLowerCase()))
          report.eventPlaces.correct++;
        else miss(article.id, `event place ${ours?.place ?? null} instead of ${label.event.place}`);
      }
    }
    for (const pair of predicted)
      report.figures.predicted += factsOf(analysis, pair, "figure").length;
    for (const figure of label.figures) {
      report.figures.total++;
      if (factsOf(analysis, key(figure.pair), "figure").some((ours) => sameFigure(ours, figure))) {
        report.figures.correct++;
      } else
        miss(article.id, `missed the figure ${figure.value} ${figure.currency} (${figure.year})`);
    }
    for (const [pair, tone] of Object.entries(label.tone)) {
      report.tone.total++;
      const tie = analysis.ties.find((candidate) => pairKey(candidate.pair) === pair);
      const ours = tie ? toneOf(tie.cooperation, tie.conflict) : null;
      if (tie) report.toneOfFound.total++;
      if (tie && ours === tone) report.toneOfFound.correct++;
      if (ours === tone) report.tone.correct++;
      else miss(article.id, `tone of ${pair}: ${ours} instead of ${tone}`);
    }
  }
  return report;
}
