/**
 * Where an event took place: a capitalised name after "di"/"ke" ("di Istana Bogor", "ke
 * Moskow"). A city or a venue says more than a country ("tiba di Moskow dalam kunjungan resmi
 * ke Rusia" happened in Moskow), so a country name is the answer only when nothing finer is.
 */
import { findCountryMentions } from "./countries.js";
import { quotedSpans } from "./quotes.js";

const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’-]*`;
/**
 * Words before a place's name that are not part of it: "di kantornya, Jakarta Pusat" (an office or
 * residence, then the city it is in); "di pesawat Air Force One", "di atas kapal USS Ronald Reagan"
 * (aboard a named craft). Shared with the place written before a date (date-context.ts).
 */
export const OFFICE_OR_CRAFT = String.raw`(?:kantor|kediaman|rumah(?:\s+dinas)?|markas)(?:nya)?\s*,\s*|(?:atas\s+)?(?:pesawat|kapal)\s+`;
// "di ibu kota Addis Ababa", "ke kota Utrecht": the common noun for a city comes before its name.
// "di luar Gedung Putih", "di depan Istana Merdeka": just outside a landmark is still there.
// "ke pangkalan udara Al Shayrat": a base, like a city, is named after its common noun.
const CITY_NOUN = String.raw`(?:(?:ibu\s*)?kota\s+|(?:luar|depan)\s+|pangkalan(?:\s+(?:udara|militer|laut|angkatan\s+(?:laut|udara)))?\s+|${OFFICE_OR_CRAFT})?`;
// "di Perutusan Tetap Republik Indonesia (PTRI) Jenewa": a venue's acronym, then its city.
const ACRONYM_THEN_CITY = String.raw`(?:\s*\(\p{Lu}[\p{Lu}\p{N}]+\)(?:\s+${PLACE_WORD}){0,2})?`;
// "di kompleks DPR", "di gedung Kemenlu", "di hotel Mulia": a venue's common noun in lower case
// belongs to its name, which alone may not say what it is.
const VENUE_NOUN = String.raw`(?:(?:gedung|hotel|kantor|kompleks|istana|bandara|pelabuhan|markas\s+besar)\s+)?`;
// English "to" is a place only after a journey ("a visit to Moscow"): "supply drones to Russia",
// "rose to US$98.8 billion" are not where anything happened.
const TRIP_TO = String.raw`(?:visit|trip|travel(?:led|ed)?|flew|journey|arrived|returned|came|went)\s+to`;
const PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Dd]i|[Kk]e|in|${TRIP_TO})\s+${CITY_NOUN}(${VENUE_NOUN}${PLACE_WORD}(?:\s+${PLACE_WORD}){0,3}${ACRONYM_THEN_CITY}(?:,\s*${PLACE_WORD}(?:\s+${PLACE_WORD})?)?)`,
  "gu",
);
// "ke California, Trump mengatakan": after a comma, a name that a lower-case verb follows is the
// clause's subject, not the region of the place before it.
const SUBJECT_AFTER_COMMA = /,\s*[^,]+$/u;
// Capitalised words that follow "di"/"ke" without being a place. "Istana" alone is "the palace"
// as an institution; "Istana Bogor" is a place; so "di Kerajaan" (the Kingdom) and a venue's
// common noun alone. "di Twitter(nya)": a platform is where one writes. "di Sektor transportasi":
// a field of work, capitalised by mistake.
// "di Tanah Air": the homeland, said of the news' own country, is no event's venue.
const NOT_A_PLACE =
  /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|Presiden|Perdana|Menteri|Duta|Raja|Ratu|Kanselir|Sekretaris|Wakil|Kedutaan|Tanah\s+Air|(?:Istana|Kerajaan|Auditorium|Plaza)(?!\s+\p{Lu})|Sektor|Bidang|The|(?:Twitter|Facebook|Instagram|YouTube|Youtube|TikTok|WhatsApp)(?:nya)?)\b/u;
// "di Berlin, Senin", "di Vietnam Februari lalu": a day or a month ends the place.
const WEEKDAY_OR_MONTH_TAIL =
  /(?:,\s*|\s+)(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b.*$/u;

// "perjalanan dari New Mexico ke California": a route's destination, where the traveller was going.
const ROUTE_START = new RegExp(
  String.raw`(?<![\p{L}])dari\s+${PLACE_WORD}(?:\s+${PLACE_WORD}){0,3}\s+$`,
  "u",
);

/**
 * "di Berlin, Kanselir Jerman Angela Merkel menolak ...": what follows the comma is the clause's
 * subject, named with a title, not the region of the place before it.
 */
function withoutTail(place: string): string {
  const comma = place.indexOf(",");
  return comma > 0 && NOT_A_PLACE.test(place.slice(comma + 1).trimStart())
    ? place.slice(0, comma)
    : place;
}

/** True when the place is only a country's name ("Rusia", "Amerika Serikat"). */
export function onlyACountry(place: string): boolean {
  return findCountryMentions(place).some((m) => m.start === 0 && m.end === place.length);
}

/** Every place a text names after "di"/"ke", in order, with where it starts. */
export function placesIn(text: string): { at: number; place: string; route: boolean }[] {
  return (
    [...text.matchAll(PLACE)]
      // "in US$": a currency's letters, read up to its sign, are no place.
      .filter((match) => text.charAt(match.index + match[0].length) !== "$")
      .map((match) => {
        const clauseFollows = /^\s+\p{Ll}/u.test(text.slice(match.index + match[0].length));
        const place = clauseFollows ? match[1]!.replace(SUBJECT_AFTER_COMMA, "") : match[1]!;
        const route = /^ke\s/iu.test(match[0]) && ROUTE_START.test(text.slice(0, match.index));
        return {
          at: match.index,
          place: withoutTail(place.replace(WEEKDAY_OR_MONTH_TAIL, "")),
          route,
        };
      })
      .filter((candidate) => !NOT_A_PLACE.test(candidate.place))
  );
}

/**
 * "'... lembah di Jammu & Kashmir ...,' kata Qureshi dalam sidang": a place inside a quote is the
 * speaker's words, not where the event told outside it was; unless the event word is in the same
 * quote ("'Pompeo akan tiba di Jeddah untuk bertemu ...,' kata Departemen Luar Negeri").
 */
function quotedApart(quotes: [number, number][], at: number, eventAt: number): boolean {
  const quote = quotes.find(([start, end]) => at > start && at < end);
  return quote !== undefined && !(eventAt > quote[0] && eventAt <= quote[1]);
}

/**
 * The place nearest after the event word, else the last one; a finer place over a country.
 * `people` are the names the sentence gives to persons: "di depan Putin", "di hadapan Jokowi" say
 * whom something was done before, not where.
 */
export function findPlace(
  text: string,
  after: number,
  people: string[] = [],
  until = text.length,
): string | null {
  const found = placesIn(text);
  // Quotes are read only when there is a place to judge (most sentences name none).
  const quotes = found.length && /["\u201c\u201d]/u.test(text) ? quotedSpans(text) : [];
  const candidates = found.filter(
    (candidate) =>
      candidate.at < until &&
      !quotedApart(quotes, candidate.at, after) &&
      !people.some((name) => ` ${name} `.includes(` ${candidate.place} `)),
  );
  // A route's destination is the place only when the sentence names no other city or venue.
  const cities = candidates.filter((candidate) => !onlyACountry(candidate.place));
  const stops = cities.filter((candidate) => !candidate.route);
  const finer = stops.length ? stops : cities;
  const pool = finer.length ? finer : candidates;
  const following = pool.find((candidate) => candidate.at >= after);
  return (following ?? pool.at(-1))?.place ?? null;
}

const SAYING =
  /^(?:mengatakan|menyatakan|menegaskan|memperingatkan|menyampaikan|mengumumkan|said|says|stated|warned|announced)$/iu;
/** What may follow a verb of saying before what is said: where, to whom, when. */
const SETTING_AFTER_SAYING =
  /^\s*(?:[,(]|(?:di|dalam|kepada|saat|ketika|pada|usai|seusai|sebelum|setelah|dihadapan|in|at|to|during|on|after|before)(?![\p{L}]))/iu;
const THAT = /(?<![\p{L}])(?:bahwa|that)(?![\p{L}])/iu;

/**
 * Where what a statement says begins: "Qureshi mengatakan pendudukan India di Kashmir ...", "...
 * di hadapan forum, bahwa pendudukan ... di Kashmir": a place inside what was said is what the
 * words are about, not where they were said. After "bahwa", or right after a verb of saying that
 * no setting ("di", "kepada", a comma) follows.
 */
export function saidFrom(text: string, trigger: { end: number; surface: string }): number {
  const after = text.slice(trigger.end);
  const that = THAT.exec(after);
  const content =
    SAYING.test(trigger.surface) && !SETTING_AFTER_SAYING.test(after) ? 0 : (that?.index ?? -1);
  return content < 0 ? text.length : trigger.end + content;
}
