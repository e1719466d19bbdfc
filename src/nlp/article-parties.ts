import { findCountryMentions } from "./countries.js";
import { marketNews, offTopicContext } from "./lexicon.js";
import { leaderCountry, leaderCountryBySurname, leaderFullName } from "./metonyms.js";
import { findPeople, homeCountry } from "./people.js";
import { analyseSentence } from "./sentence-parties.js";
import { splitSentences } from "./text.js";
import { candidatePairs } from "./tie-features.js";
import { leadSubjects } from "./tie-lead.js";
import { threeWayMeeting } from "./tie-multilateral.js";
import { attackVictims } from "./tie-victims.js";
import type { TieEvidence } from "./ties.js";
import type { ParsedArticle } from "./types.js";

/**
 * An article read for the tie rule: its sentences with the countries acting in each, and its
 * headline's. analyze.ts builds the facts on it; scripts/train-ties.ts reads the same evidence.
 */

/** What the tie rule reads of an article: its sentences' parties, the headline's, and the evidence. */
export function readParties(article: ParsedArticle) {
  const sentences = splitSentences(article.body);
  const people = findPeople(`${article.title}\n\n${article.body}`);
  const year = article.publishedAt?.year ?? null;
  // "Presiden Joko Widodo": an office without a country is known by who held it that year, also
  // when the data spells the name otherwise ("Mohamad Javad Zarif": by the surname it lists).
  // A cabinet title of the news' own country without a country is that country's (people.ts).
  for (const person of people)
    person.country ??=
      leaderCountry(person.name, year) ??
      leaderCountryBySurname(person.name, year) ??
      homeCountry(person.role);
  const parties = sentences.map((sentence) => analyseSentence(sentence, people, year));
  const titleCountries = new Set(findCountryMentions(article.title).map((mention) => mention.code));
  // A headline derived from the lead repeats the lead: it is no extra evidence.
  // A sport headline ("Timnas Indonesia imbang lawan Myanmar") ties no states either.
  const sportHeadline = !article.titleDerived && offTopicContext.findAll(article.title).length > 0;
  const titleIsEvidence = !article.titleDerived && !sportHeadline;
  // The headline read like a sentence (sentence-parties.ts): "Putin" counts, "dibanding Malaysia"
  // does not, and names side by side ("Panggil Diplomat Afghanistan dan India") do not face each other.
  const title = analyseSentence(
    { index: -1, paragraph: -1, text: article.title },
    people,
    year,
    true,
  );
  // The victim of an attack the headline names ("Tanggapi Serangan ke Pabrik Minyak Saudi,
  // Pentagon Buat Daftar Target Iran") is what its parties react to, not one of them.
  const victims = attackVictims(title, year);
  const acting = new Set([...title.parties].filter((code) => !victims.has(code)));
  // A headline with three or more parties is a speaker quoted on two others ("Pompeo: ... Saudi
  // ... Iran") or a list: there only the countries it names outright count.
  const titleParties =
    acting.size > 2 ? new Set([...titleCountries].filter((code) => acting.has(code))) : acting;
  const titleEvidence = titleIsEvidence ? titleParties : new Set<string>();
  const evidence: TieEvidence = {
    candidates: candidatePairs(parties, titleEvidence, title, year),
    sentences: parties,
    headline: !article.titleDerived && article.title.trim().length > 0,
    marketReport: !article.titleDerived && marketNews.findAll(article.title).length > 0,
    // "5 Ganda Putra Terakhir Indonesia yang Juara China Open": a sport story. Its opening alone
    // does not make one: a sport headline is a clearer sign than sport in the first sentences,
    // which cost a true tie on the held-out set when tried (2026-12-02).
    sportStory: sportHeadline,
    leadSubjects: leadSubjects(parties[0], year),
    threeWay: threeWayMeeting(parties),
  };
  // Shown in full once the mentions are found where the text wrote the name, cut or not.
  for (const person of people)
    person.name = leaderFullName(person.name, person.country, year) ?? person.name;
  return { sentences, parties, titleCountries, evidence };
}

/** The candidate pairs and their evidence, as the tie rule sees them (scripts/train-ties.ts). */
export function tieEvidence(article: ParsedArticle): TieEvidence {
  return readParties(article).evidence;
}
