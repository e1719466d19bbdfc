/**
 * A date written right after an incident ("serangan ke kilang minyak Aramco Sabtu dini hari
 * (14/9)", "atas meninggalnya mantan presiden pada Rabu") dates the incident: the attack or the
 * death the news reacts to, not the statement, condolence or visit the sentence tells of it. The
 * incident's noun phrase runs on to the date unless a quote, a colon or semicolon, a reporting
 * word ("kata", "dilansir") or an event word comes between: "serangan itu mengejutkan, kata Menlu
 * pada Senin" dates the saying.
 */
import eventData from "../../data/events.json" with { type: "json" };
import { QUOTE_VERBS } from "./event-attribution.js";
import { PhraseMatcher } from "./lexicon.js";

const incidents = new PhraseMatcher<true>(
  eventData.incidents.map((word): [string, true] => [word, true]),
);

/** How far before its date an incident's noun may stand: a noun phrase, not a clause. */
const REACH = 70;

// Words that start a new clause of telling, or what the incident is called ("menyebut serangan
// itu sebagai tindakan perang pada Rabu"): the date after them is the telling's.
const BREAK = new RegExp(
  String.raw`["“”;:]|(?<![\p{L}])(?:${QUOTE_VERBS}|(?:menurut|dilansir|dikutip|dilaporkan|diberitakan|said|told)(?:nya)?|sebagai)(?![\p{L}])`,
  "iu",
);

/**
 * True when the date at `start` follows an incident's noun in the same phrase. `heads` are where
 * the sentence's event words end: an event word between the noun and the date takes the date.
 */
export function datesAnIncident(text: string, start: number, heads: number[] = []): boolean {
  const from = Math.max(0, start - REACH);
  return incidents.findAll(text).some((word) => {
    if (word.end > start || word.start < from) return false;
    if (BREAK.test(text.slice(word.end, start))) return false;
    return !heads.some((end) => end > word.end && end <= start);
  });
}
