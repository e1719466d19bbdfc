import { findCountryMentions } from "./countries.js";
import { findStoryDate } from "./date-lead.js";
import { findDateMentions } from "./dates.js";
import { placeUnplacedEvents } from "./event-place-fill.js";
import { dateUndatedEvents } from "./event-restated.js";
import { extractEvent } from "./events.js";
import {
  figuresOfLoneCountry,
  figuresOfTheirClause,
  settleRestatedFigures,
  yearOfAddedFigures,
} from "./figure-pairs.js";
import { type FigureContext, referenceYear } from "./figure-year.js";
import { extractFigures } from "./figures.js";
import { offTopicContext, sectorExclusions, sectorTerms } from "./lexicon.js";
import { leaderCountry } from "./metonyms.js";
import { findPeople, homeCountry } from "./people.js";
import { analyseSentence, type SentenceParties } from "./sentence-parties.js";
import { summarise } from "./summary.js";
import { splitSentences, truncateWords } from "./text.js";
import { candidatePairs } from "./tie-features.js";
import {
  RULE,
  type ScoredPair,
  scorePairs,
  sentencesAbout,
  TIE_THRESHOLD,
  type TieEvidence,
  ties,
} from "./ties.js";
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
export const ANALYZER_VERSION = 10;

const AGREEMENT =
  /(?<![\p{L}])(?:sepakat untuk|bersepakat untuk|menyepakati|menandatangani|penandatanganan|meneken|agreed to|signed)\s+([^.;:"”]+)/iu;
// "... yang mencakup bidang pertanian, bea cukai, ...": a list that goes on past its commas.
const LIST_START =
  /(?<![\p{L}])(?:mencakup|meliputi|termasuk|antara lain|bidang|including)(?![\p{L}])/iu;
const AGREEMENT_MAX = 160;

function agreementIn(text: string): string | null {
  const clause = AGREEMENT.exec(text)?.[1]?.trim();
  if (!clause) return null;
  const firstComma = clause.indexOf(",");
  const object =
    firstComma < 0 || LIST_START.test(clause.slice(0, firstComma))
      ? clause
      : clause.slice(0, firstComma);
  return object.split(/\s+/).length >= 2 ? truncateWords(object.trim(), AGREEMENT_MAX) : null;
}

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
  const people = [
    ...new Map(opening.people.map(({ person }) => [person.name, { ...person }])).values(),
  ];
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
    /** Each sentence's previous one in its paragraph, for the figures it refers back to. */
    previous: Map<number, string>;
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
    const event = extractEvent(parties, {
      dates: sentenceDates,
      leadDate: context.leadDate,
      leadPlace: context.leadPlace,
      publishedAt: context.article.publishedAt,
      dateline: context.article.dateline,
      occasion,
    });
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

/** What the tie rule reads of an article: its sentences' parties and the headline's. */
function readParties(article: ParsedArticle) {
  const sentences = splitSentences(article.body);
  const people = findPeople(`${article.title}\n\n${article.body}`);
  const year = article.publishedAt?.year ?? null;
  // "Presiden Joko Widodo": an office without a country is known by who held it that year.
  // A cabinet title of the news' own country without a country is that country's (people.ts).
  for (const person of people)
    person.country ??= leaderCountry(person.name, year) ?? homeCountry(person.role);
  const parties = sentences.map((sentence) => analyseSentence(sentence, people, year));
  const titleCountries = new Set(findCountryMentions(article.title).map((mention) => mention.code));
  // A headline derived from the lead repeats the lead: it is no extra evidence.
  // A sport headline ("Timnas Indonesia imbang lawan Myanmar") ties no states either.
  const titleIsEvidence =
    !article.titleDerived && offTopicContext.findAll(article.title).length === 0;
  // The headline read like a sentence (sentence-parties.ts): "Putin" counts, "dibanding Malaysia"
  // does not, and names side by side ("Panggil Diplomat Afghanistan dan India") do not face each other.
  const title = analyseSentence(
    { index: -1, paragraph: -1, text: article.title },
    people,
    year,
    true,
  );
  // A headline with three or more parties is a speaker quoted on two others ("Pompeo: ... Saudi
  // ... Iran") or a list: there only the countries it names outright count.
  const titleParties =
    title.parties.size > 2
      ? new Set([...titleCountries].filter((code) => title.parties.has(code)))
      : title.parties;
  return {
    sentences,
    year,
    parties,
    headline: !article.titleDerived && article.title.trim().length > 0,
    titleCountries,
    titleEvidence: titleIsEvidence ? titleParties : new Set<string>(),
    titleGroups: title.groups,
  };
}

/** The candidate pairs and their evidence, as the tie rule sees them (scripts/train-ties.ts). */
export function tieEvidence(article: ParsedArticle): TieEvidence {
  const read = readParties(article);
  return {
    candidates: candidatePairs(read.parties, read.titleEvidence, read.titleGroups, read.year),
    sentences: read.parties,
    headline: read.headline,
  };
}

/** Everything the bot knows about an article: its countries, its ties, and the facts of each tie. */
export function analyzeArticle(article: ParsedArticle): ArticleAnalysis {
  const { sentences, year, parties, titleCountries, titleEvidence, titleGroups, headline } =
    readParties(article);
  const dates = new Map<number, DateMention[]>(
    sentences.map((sentence) => [
      sentence.index,
      findDateMentions(sentence.text, article.publishedAt),
    ]),
  );
  // The story's date (date-lead.ts): the news date its opening gives, else the day it was published.
  const lead = findStoryDate(sentences, dates, article.publishedAt);
  const previous = new Map<number, string>();
  sentences.forEach((sentence, i) => {
    const before = sentences[i - 1];
    if (before && before.paragraph === sentence.paragraph)
      previous.set(sentence.index, before.text);
  });

  const mentionCounts = new Map<string, number>();
  for (const sentence of parties) {
    for (const code of sentence.parties)
      mentionCounts.set(code, (mentionCounts.get(code) ?? 0) + 1);
  }
  for (const code of titleCountries) mentionCounts.set(code, (mentionCounts.get(code) ?? 0) + 1);

  const scored = scorePairs(parties, titleEvidence, titleGroups, year, headline);
  const tied = ties(scored, RULE, headline);
  // The year "tahun lalu" counts from, even on an undated page.
  const figures = { year: referenceYear(article.publishedAt, [...dates.values()].flat()) };
  const about = tied.map((scored, rank) => sentencesAbout(scored.pair, parties, rank === 0));
  const analyses = tied.map((scored, rank) =>
    pairFacts(scored, about[rank]!, dates, {
      leadDate: lead.date,
      leadPlace: lead.place,
      article,
      figures,
      previous,
      texts: sentences.map((sentence) => sentence.text),
    }),
  );
  // A figure told of a country alone goes to its only tie (figure-pairs.ts).
  figuresOfLoneCountry(
    analyses,
    parties.map(({ sentence, parties: codes }) => ({ index: sentence.index, parties: codes })),
    (analysis, index) =>
      about[analyses.indexOf(analysis)]!.some(({ sentence }) => sentence.index === index),
    (index) =>
      extractFigures(parties[index]!.sentence.text, dates.get(index) ?? [], {
        ...figures,
        previous: previous.get(index),
      }),
  );
  // An amount told again where one party is named is the figure of the pair that both are named with.
  settleRestatedFigures(analyses, (index) => parties[index]?.parties ?? new Set());
  yearOfAddedFigures(analyses);
  figuresOfTheirClause(
    analyses,
    (text) => new Set(findCountryMentions(text).map((mention) => mention.code)),
  );
  return {
    countries: [...mentionCounts.entries()].map(([code, mentions]) => ({
      code,
      mentions,
      inTitle: titleCountries.has(code),
    })),
    ties: analyses,
  };
}
