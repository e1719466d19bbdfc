import type { CountryCode } from "./countries.js";
import { pairKey, pairOf } from "./pairs.js";
import type { SentenceParties } from "./sentence-parties.js";
import { coActorPairs } from "./tie-coactors.js";
import { type Candidate, FEATURES, type Features } from "./tie-features.js";
import type { ThreeWayMeeting } from "./tie-multilateral.js";
import type { Pair } from "./types.js";

export { pairKey, pairOf };

/**
 * Which pairs of countries an article is about, and how strongly, from the evidence per pair that
 * tie-features.ts measures. The hand rule: a relation word weighs more than a bare co-mention,
 * the lead more than the rest, both in the headline is strong evidence on its own.
 */
export const TIE_THRESHOLD = 4.5;
/**
 * The article's leading pair needs less: one lead sentence where both act with a relation word
 * is what a short news item about them is. Thresholds chosen on test/fixtures/eval (README).
 */
export const LEADING_PAIR_THRESHOLD = 3;

const WEIGHT = { bothCountriesSentence: 2, directedAct: 2.5 } as const;

/**
 * Learned weights (scripts/train-ties.ts): a pair is tied when bias + Σ weight × feature reaches
 * the threshold; its score is put on the hand rule's scale (TIE_THRESHOLD at the threshold).
 */
export interface TieModel {
  bias: number;
  weights: Features;
  threshold: number;
}

/** "hand" or learned weights: both read the same features. */
export type TieRule = "hand" | TieModel;

/**
 * The rule in use. scripts/train-ties.ts learned weights for the same features and compared them
 * with this rule by cross-validation (2026-12-01): no clear gain (+0.01 F1 over folds of articles,
 * -0.014 leaving one labelled set out). With the five random samples added (2026-12-02, 388
 * articles) the learned weights lose: F1 0.821 against 0.852 leaving one set out, 0.832 against
 * 0.852 over folds of articles; with all 13 tuning sets (548 articles, fourth session of that day)
 * 0.824 and 0.831 against 0.854. So the hand rule stays.
 */
export const RULE: TieRule = "hand";

export interface ScoredPair {
  pair: Pair;
  score: number;
  /** The evidence the score was computed from. */
  features?: Features;
}

function handScores(candidates: Candidate[]): ScoredPair[] {
  return candidates.map(({ pair, features, evidence, groupLead }) => {
    const score = evidence + features.bothCountries * WEIGHT.bothCountriesSentence;
    // One doing something to the other is news of their relation wherever it is told; but what
    // the article leads with stays its leading pair: acts lift a pair to a tie, never above.
    const lifted = Math.min(score + features.directed * WEIGHT.directedAct, TIE_THRESHOLD);
    // Several countries acting together on one in the lead: each pair is a leading pair.
    const group = groupLead && score >= LEADING_PAIR_THRESHOLD ? TIE_THRESHOLD : 0;
    return { pair, score: Math.max(score, lifted, group), features };
  });
}

function learnedScores(candidates: Candidate[], model: TieModel): ScoredPair[] {
  return candidates.map(({ pair, features }) => {
    let z = model.bias;
    for (const name of FEATURES) z += model.weights[name] * features[name];
    return { pair, score: TIE_THRESHOLD + z - model.threshold, features };
  });
}

/**
 * Best first; on equal scores the pair the article leads with comes first, since an act lifts
 * another pair to the leading pair's score, never past it ("Menlu Yordania mengutuk rencana
 * Netanyahu" in a story on Israel and Palestine).
 */
const byScoreLeadFirst = (lead: Pair | undefined) => (a: ScoredPair, b: ScoredPair) =>
  b.score - a.score ||
  Number(b.pair === lead) - Number(a.pair === lead) ||
  pairKey(a.pair).localeCompare(pairKey(b.pair));

/** Scores the candidates (the leading one first, as candidatePairs gives them), best first. */
export function rankCandidates(evidence: TieEvidence, rule: TieRule = RULE): ScoredPair[] {
  const { candidates, sentences } = evidence;
  const ranked = rule === "hand" ? handScores(candidates) : learnedScores(candidates, rule);
  // Co-actors of a tied country share its tie (tie-coactors.ts): they reach the threshold.
  const tiedKeys = new Set(ties(ranked, rule, evidence).map((entry) => pairKey(entry.pair)));
  const isTied = (a: CountryCode, b: CountryCode) => tiedKeys.has(pairKey(pairOf(a, b)));
  const byKey = new Map(ranked.map((entry) => [pairKey(entry.pair), entry]));
  for (const [a, b] of coActorPairs(sentences, isTied)) {
    const entry = byKey.get(pairKey(pairOf(a, b)));
    if (entry) entry.score = Math.max(entry.score, TIE_THRESHOLD);
  }
  ranked.sort(byScoreLeadFirst(candidates[0]?.pair));
  // What the article leads with stays its main pair when tied, as under the hand rule, where an
  // act lifts a pair to a tie but not above: the main pair is given the sentences on "both".
  const leading = ranked.findIndex((entry) => entry.pair === candidates[0]?.pair);
  if (rule !== "hand" && leading > 0 && ranked[leading]!.score >= TIE_THRESHOLD)
    ranked.unshift(...ranked.splice(leading, 1));
  return ranked;
}

/** What the tie rule reads of an article (article-parties.ts): candidates and sentences. */
export interface TieEvidence {
  candidates: Candidate[];
  sentences: SentenceParties[];
  /** The article has a headline of its own (not one made from its lead). */
  headline: boolean;
  /** Its own headline reports a market ("Rupiah menguat", "IHSG dibuka melemah"). */
  marketReport?: boolean;
  /** Its own headline tells a match, a tournament or an athlete. */
  sportStory?: boolean;
  /** The countries its first sentence is about (tie-lead.ts). */
  leadSubjects?: Set<CountryCode>;
  /** The meeting of three it tells (tie-multilateral.ts), if it tells one. */
  threeWay?: ThreeWayMeeting;
}

/** An article's ties, strongest first, under the rule in use (or learned weights). */
export function tiesOf(evidence: TieEvidence, rule: TieRule = RULE): ScoredPair[] {
  const tied = ties(rankCandidates(evidence, rule), rule, evidence);
  // In a market report the countries move prices ("redanya perang dagang AS-China mendorong
  // rupiah"), in a sport story their teams meet: a pair is its news only where one is told acting
  // on the other ("Malaysia memprotes perlakuan terhadap suporternya").
  const sideStory = evidence.marketReport || evidence.sportStory;
  // Two who met with a third ("ketiga pemimpin") are tied only where one acts on the other or
  // the two also met on their own.
  const { members, bilateral } = evidence.threeWay ?? {};
  const metInThree = ({ pair }: ScoredPair) =>
    pair.every((code) => members?.has(code)) && !bilateral?.has(pairKey(pair));
  return tied.filter((entry) => entry.features?.directed || !(sideStory || metInThree(entry)));
}

/**
 * The pairs whose evidence reaches the threshold: the article's ties. The leading pair needs less,
 * save in an article whose own headline leaves it out when no sentence shows one acting on the
 * other or speaks of "kedua negara" and its first sentence is not about one of them: such a pair
 * is what the news passes on its way ("akibat perang dagang antara AS dan China" in a story on
 * Indonesian banks), not what it is about. Nor does a pair that only the headline names together
 * lead: the body never tells their relation.
 */
function ties(
  scored: ScoredPair[],
  rule: TieRule,
  { headline, leadSubjects }: Pick<TieEvidence, "headline" | "leadSubjects">,
): ScoredPair[] {
  const leads = (entry: ScoredPair) => {
    const told = entry.features;
    const subject = entry.pair.some((code) => leadSubjects?.has(code));
    const passedBy =
      headline && told && !told.title && !told.directed && !told.bothCountries && !subject;
    const headlineOnly = told && !told.relation && !told.bare && !told.bothCountries;
    return rule === "hand" && entry.score >= LEADING_PAIR_THRESHOLD && !passedBy && !headlineOnly;
  };
  return scored.filter(
    (entry, rank) => entry.score >= TIE_THRESHOLD || (rank === 0 && leads(entry)),
  );
}

/**
 * The sentences that speak about a pair: those where both act, and, for the article's main pair,
 * also those where no third country acts ("kedua negara", "Nilai perdagangan ... mencapai ...").
 */
export function sentencesAbout(
  pair: Pair,
  sentences: SentenceParties[],
  isMainPair: boolean,
): SentenceParties[] {
  return sentences.filter(({ parties }) => {
    if (parties.has(pair[0]) && parties.has(pair[1])) return true;
    return isMainPair && [...parties].every((code) => code === pair[0] || code === pair[1]);
  });
}
