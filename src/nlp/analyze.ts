import { agreementIn } from "./agreements.js";
import { readParties } from "./article-parties.js";
import { findStoryDate } from "./date-lead.js";
import { findDateMentions } from "./dates.js";
import { placeUnplacedEvents } from "./event-place-fill.js";
import { dateUndatedEvents } from "./event-restated.js";
import { othersMeeting, statementAtMeeting } from "./event-sides.js";
import { extractEvent } from "./events.js";
import { settleFigures } from "./figure-settle.js";
import { type FigureContext, referenceYear } from "./figure-year.js";
import { extractFigures } from "./figures.js";
import { sectorExclusions, sectorTerms } from "./lexicon.js";
import { namedPeople } from "./people.js";
import type { SentenceParties } from "./sentence-parties.js";
import { summarise } from "./summary.js";
import { type ScoredPair, sentencesAbout, TIE_THRESHOLD, tiesOf } from "./ties.js";
import { pairTone } from "./tone.js";
import type {
  ArticleAnalysis,
  DateMention,
  EventFact,
  Fact,
  PairAnalysis,
  ParsedArticle,
} from "./types.js";

/**
 * Bump when the understanding changes: stored articles analysed by an older version are analysed
 * again from their stored text at the next start.
 */
export const ANALYZER_VERSION = 28;

function sectorsIn(sentences: SentenceParties[]): string[] {
  const counts = new Map<string, number>();
  for (const { sentence } of sentences) {
    const excluded = sectorExclusions.findAll(sentence.text);
    for (const match of sectorTerms.findAll(sentence.text)) {
      if (excluded.some((span) => match.start >= span.start && match.start < span.end)) continue;
      counts.set(match.value, (counts.get(match.value) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
}

/** Sentences of the opening where a story's news is told. */
const OPENING_SENTENCES = 3;

/**
 * When no meeting, call or measure was found for the pair, the story itself is the event: what
 * its opening says the two did, on the story's date. Only for pairs the article is mainly about.
 */
function storyReport(
  scored: ScoredPair,
  about: SentenceParties[],
  storyDate: DateMention | null,
  dateline: string | null,
): PairAnalysis["facts"][number] | null {
  if (!storyDate?.date || scored.score < TIE_THRESHOLD) return null;
  const opening = about.find(
    ({ sentence, parties }) =>
      sentence.index < OPENING_SENTENCES &&
      parties.has(scored.pair[0]) &&
      parties.has(scored.pair[1]),
  );
  if (!opening) return null;
  const people = namedPeople(opening.people);
  const fact: EventFact = {
    kind: "event",
    type: "report",
    date: storyDate.date,
    planned: false,
    place: dateline,
    people,
    sentence: opening.sentence.text,
  };
  return { sentenceIndex: opening.sentence.index, fact };
}

function pairFacts(
  scored: ScoredPair,
  about: SentenceParties[],
  dates: Map<number, DateMention[]>,
  context: {
    leadDate: DateMention | null;
    leadPlace: string | null;
    article: ParsedArticle;
    figures: FigureContext;
    /** The sentences before each one in its paragraph, for the figures it refers back to. */
    previous: Map<number, string[]>;
    /** Every sentence's text, by index, for the places events give nearby. */
    texts: string[];
  },
): PairAnalysis {
  const facts: PairAnalysis["facts"] = [];
  // Only what the pair do to each other sets their tone (tone.ts), not a third party's quarrel.
  const { cooperation, conflict } = pairTone(
    about,
    scored.pair,
    context.article.publishedAt?.year ?? null,
  );
  let occasion: EventFact | null = null;
  for (const parties of about) {
    const index = parties.sentence.index;
    const sentenceDates = dates.get(index) ?? [];
    const eventContext = {
      dates: sentenceDates,
      leadDate: context.leadDate,
      leadPlace: context.leadPlace,
      publishedAt: context.article.publishedAt,
      dateline: context.article.dateline,
      occasion,
    };
    let event = extractEvent(parties, eventContext);
    if (event && othersMeeting(event, scored.pair))
      event = statementAtMeeting(
        event,
        extractEvent(parties, { ...eventContext, said: true }),
        scored.pair,
      );
    if (event) {
      facts.push({ sentenceIndex: index, fact: event });
      if (!occasion && !event.planned && event.type !== "statement") occasion = event;
    }
    const previous = context.previous.get(index);
    const figureContext = { ...context.figures, previous };
    for (const figure of extractFigures(parties.sentence.text, sentenceDates, figureContext)) {
      facts.push({ sentenceIndex: index, fact: figure });
    }
    const agreement = agreementIn(parties.sentence.text);
    if (agreement)
      facts.push({
        sentenceIndex: index,
        fact: { kind: "agreement", text: agreement, sentence: parties.sentence.text },
      });
  }
  // An undated meeting held during the story's dated visit, else the story's date (event-restated.ts).
  dateUndatedEvents(facts, context.leadDate);
  const report = occasion
    ? null
    : storyReport(scored, about, context.leadDate, context.leadPlace ?? context.article.dateline);
  // The story's own report goes where its sentence is: before what later sentences recall.
  if (report) {
    const after = facts.findIndex((entry) => entry.sentenceIndex > report.sentenceIndex);
    facts.splice(after < 0 ? facts.length : after, 0, report);
  }
  // Where the event's sentence does not say, the sentences near it may (event-place-fill.ts).
  placeUnplacedEvents(
    facts,
    (index) => {
      const text = context.texts[index];
      return text === undefined ? undefined : { text, dates: dates.get(index) ?? [] };
    },
    about.map(({ sentence }) => sentence.text),
    context.article.dateline,
  );
  const sectors = sectorsIn(about);
  if (sectors.length)
    facts.push({ sentenceIndex: about[0]?.sentence.index ?? 0, fact: { kind: "sector", sectors } });
  for (const picked of summarise(about, scored.pair)) {
    const fact: Fact = {
      kind: "summary",
      sentence: picked.text,
      score: Math.round(picked.score * 100) / 100,
    };
    facts.push({ sentenceIndex: picked.index, fact });
  }
  return { pair: scored.pair, score: scored.score, cooperation, conflict, facts };
}

/** Everything the bot knows about an article: its countries, its ties, and the facts of each tie. */
export function analyzeArticle(article: ParsedArticle): ArticleAnalysis {
  const { sentences, parties, titleCountries, evidence } = readParties(article);
  const dates = new Map<number, DateMention[]>(
    sentences.map((sentence) => [
      sentence.index,
      findDateMentions(sentence.text, article.publishedAt),
    ]),
  );
  // The story's date (date-lead.ts): the news date its opening gives, else the day it was published.
  const lead = findStoryDate(sentences, dates, article.publishedAt);
  // The sentences before each one in its paragraph, nearest last: what "angka tersebut" refers
  // back to, and where a figure without a year of its own finds one.
  const previous = new Map<number, string[]>();
  let paragraphStart = 0;
  sentences.forEach((sentence, i) => {
    if (sentences[i - 1]?.paragraph !== sentence.paragraph) paragraphStart = i;
    else
      previous.set(
        sentence.index,
        sentences.slice(paragraphStart, i).map((s) => s.text),
      );
  });

  const mentionCounts = new Map<string, number>();
  for (const sentence of parties) {
    for (const code of sentence.parties)
      mentionCounts.set(code, (mentionCounts.get(code) ?? 0) + 1);
  }
  for (const code of titleCountries) mentionCounts.set(code, (mentionCounts.get(code) ?? 0) + 1);

  const tied = tiesOf(evidence);
  // The year "tahun lalu" counts from, even on an undated page.
  const figures = { year: referenceYear(article.publishedAt, [...dates.values()].flat()) };
  const about = tied.map((scored, rank) => sentencesAbout(scored.pair, parties, rank === 0));
  const texts = sentences.map((sentence) => sentence.text);
  const analyses = tied.map((scored, rank) =>
    pairFacts(scored, about[rank]!, dates, {
      leadDate: lead.date,
      leadPlace: lead.place,
      article,
      figures,
      previous,
      texts,
    }),
  );
  settleFigures(analyses, { about, parties, dates, figures, previous });
  return {
    countries: [...mentionCounts.entries()].map(([code, mentions]) => ({
      code,
      mentions,
      inTitle: titleCountries.has(code),
    })),
    ties: analyses,
  };
}
