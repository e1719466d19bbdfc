/**
 * Whose an event is: the pair's, or one of others that a sentence about the pair tells. Read once
 * the event is given to a pair (analyze.ts); whether it is between states at all is
 * event-counterpart.ts's.
 */
import { findCountryMentions } from "./countries.js";
import { MET_TYPES } from "./events.js";
import { internationalBodiesIn } from "./lexicon.js";
import { capitalAtStart } from "./metonyms.js";
import type { EventFact, Pair } from "./types.js";

/**
 * "Berbicara pasca pertemuan dengan Raja Yordania Abdullah II di Berlin, Merkel mengatakan rencana
 * [Israel] akan merusak upaya damai Israel-Palestina": a meeting whose named people are all of
 * countries outside the pair (here Israel and Palestine) is theirs, not the pair's. So is one
 * between one of the pair and a third country with nobody of the other: "Presiden AS Donald Trump
 * dan Presiden Korsel Moon Jae-in lewat panggilan telepon ... menghadapi Korut" is a US-South
 * Korea call about North Korea, not a call between the US and North Korea. And so is one whose
 * named people are all of one country.
 */
export function othersMeeting(event: EventFact, pair: Pair): boolean {
  if (!MET_TYPES.has(event.type)) return false;
  if (event.type === "visit" && visitsElsewhere(event.sentence, pair)) return true;
  const countries = event.people.flatMap((person) => person.country ?? []);
  const sides = new Set(countries.filter((code) => pair.includes(code)));
  if (sides.size === 2) return false;
  // "Sekjen PBB Antonio Guterres": an international body's people are others too.
  const others =
    countries.some((code) => !pair.includes(code)) ||
    event.people.some(
      (person) => !person.country && internationalBodiesIn(person.role ?? "").length > 0,
    );
  // "Basuki bertemu dengan BJ Habibie": people all of one side met among themselves.
  const amongThemselves = countries.length >= 2 && countries.length === event.people.length;
  return others || amongThemselves;
}

const VISIT_TO =
  /(?<![\p{L}])(?:berkunjung|kunjungan(?:nya)?|mengunjungi|lawatan(?:nya)?|melawat|visit(?:ed|s|ing)?)\s+(?:(?:resmi|kenegaraan|kerja)\s+)?(?:ke\s+|to\s+)?(?:Kerajaan\s+)?/giu;

/**
 * "Pompeo, yang berkunjung ke Kerajaan Arab Saudi, menyebut serangan itu ...", "kata Rouhani saat
 * berkunjung ke Ankara": where every visit the sentence tells goes to a country (or a capital)
 * outside the pair, it is not the pair's visit.
 */
function visitsElsewhere(sentence: string, pair: Pair): boolean {
  // Each visit's destination: a country, or null for an international body.
  const destinations = [...sentence.matchAll(VISIT_TO)].flatMap((visit) => {
    const end = visit.index + visit[0].length;
    const after = sentence.slice(end, end + 40);
    // "pejabat asing yang hendak berkunjung ke PBB": a visit to an international body.
    if (internationalBodiesIn(after)[0]?.index === 0) return [null];
    const country = findCountryMentions(after)[0];
    if (country?.start === 0) return [country.code];
    // "kata Rouhani saat berkunjung ke Ankara": a capital is its country.
    return capitalAtStart(after) ?? [];
  });
  return (
    destinations.length > 0 && destinations.every((code) => code === null || !pair.includes(code))
  );
}

/**
 * "Berbicara pasca pertemuan dengan Raja Abdullah II di Berlin, Merkel mengatakan ...": what one
 * of the pair says at a meeting with others is said there. Only the pair's people speak for it.
 */
export function statementAtMeeting(
  meeting: EventFact,
  said: EventFact | null,
  pair: Pair,
): EventFact | null {
  if (said?.type !== "statement") return null;
  const speakers = said.people.filter((person) => person.country && pair.includes(person.country));
  return speakers.length ? { ...said, place: said.place ?? meeting.place, people: speakers } : null;
}
