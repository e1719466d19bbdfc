import type { CountryCode } from "./countries.js";
import { pairKey, pairsIn } from "./pairs.js";
import type { SentenceParties } from "./sentence-parties.js";
import { opposite } from "./tie-groups.js";

/**
 * A meeting of three: "ketiga pemimpin akan membahas ...", "the three leaders", "pertemuan
 * trilateral". The article then tells one meeting of three states, not three relations: a list of
 * those who met is not a set of ties (the bilateral meeting inside it would be told as such).
 */
const THREE_WAY =
  /(?<![\p{L}])(?:ketiga\s+(?:pemimpin|kepala\s+negara|presiden|menteri|menlu|perdana\s+menteri)|the\s+three\s+(?:leaders|presidents|ministers)|(?:pertemuan|KTT|konferensi|summit|meeting)\s+(?:trilateral|tiga\s+negara)|trilateral\s+(?:summit|meeting|talks))(?![\p{L}])/iu;

/** The sides of the meeting: three or more parties together in a sentence with a meeting word. */
const MIN_MEMBERS = 3;

export interface ThreeWayMeeting {
  /** The states that met together. */
  members: Set<CountryCode>;
  /**
   * Pairs of them told meeting on their own: "Rouhani juga akan mengadakan pertemuan bilateral
   * terpisah dengan Putin dan Erdogan" (Iran with each, not Russia with Turkey).
   */
  bilateral: Set<string>;
}

const BILATERAL = /(?<![\p{L}])(?:bilateral|empat\s+mata)(?![\p{L}])/iu;

/**
 * The states of an article's meeting of three, if it tells one: the parties of the first sentence
 * that names three or more with a meeting word, where the article speaks of a meeting of three.
 */
export function threeWayMeeting(sentences: SentenceParties[]): ThreeWayMeeting | undefined {
  if (!sentences.some(({ sentence }) => THREE_WAY.test(sentence.text))) return undefined;
  const meeting = sentences.find(
    ({ parties, cues }) =>
      parties.size >= MIN_MEMBERS && cues.some((cue) => cue.category === "CONSULT"),
  );
  if (!meeting) return undefined;
  const bilateral = new Set<string>();
  for (const { sentence, parties, groups = [] } of sentences) {
    if (!BILATERAL.test(sentence.text)) continue;
    for (const pair of pairsIn(parties))
      if (opposite(groups, pair[0], pair[1])) bilateral.add(pairKey(pair));
  }
  return { members: new Set(meeting.parties), bilateral };
}
