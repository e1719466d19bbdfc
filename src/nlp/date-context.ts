/**
 * Where a date mention sits in its sentence, which decides what it dates. A date inside a quote
 * is the speaker's, a date after "sejak" starts a duration, a date in a relative clause
 * ("serangan yang terjadi Sabtu lalu") dates that clause's verb, not the sentence's news; the
 * place written right before a date ("di Jakarta, Senin (16/9)") is where that dated act was.
 */

import { OFFICE_OR_CRAFT } from "./event-place.js";

/** "sejak 1 Agustus", "mulai 20 April", "hingga 1 Oktober": the edge of a duration. */
const DURATION_EDGE =
  /(?<![\p{L}])(?:sejak|semenjak|mulai|terhitung|hingga|sampai(?:\s+dengan)?|since|until)\s+(?:(?:tanggal|pada|hari)\s+)?$/iu;

export function edgeOfDuration(text: string, start: number): boolean {
  return DURATION_EDGE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * True when the date is in a relative clause: a "yang" before it with no comma or quote between,
 * unless the clause is the event's own: its "yang" follows the event word it describes
 * ("pertemuan yang digelar Senin") or holds one ("X, yang sedang melakukan lawatan pada 1 Mei").
 * The event words are given as the offsets where they end.
 */
export function inRelativeClause(text: string, start: number, headEnds: number[] = []): boolean {
  const before = text.slice(0, start);
  const yang = before.search(/(?<![\p{L}])yang(?![\p{L}])[^,;:"“”]*$/u);
  if (yang < 0) return false;
  return !headEnds.some(
    (end) => (end <= yang && /^\s*$/u.test(text.slice(end, yang))) || (end > yang && end <= start),
  );
}

const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
// "di Ankara, seperti dilansir Reuters, Senin (16/9)": the source's name sits between.
const ATTRIBUTION = String.raw`(?:\s*,?\s*(?:seperti|sebagaimana)\s+(?:di)?(?:lansir|kutip|laporkan|beritakan)[^()]{0,40}?)?`;
// "di kantornya, Jakarta Pusat, Jumat", "di pesawat Air Force One, Selasa".
const OFFICE = `(?:${OFFICE_OR_CRAFT})?`;
const PLACE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:di|in)\s+${OFFICE}(${PLACE_WORD}(?:\s+${PLACE_WORD}){0,3}(?:,\s*${PLACE_WORD}(?:\s+${PLACE_WORD}){0,2})?)${ATTRIBUTION}\s*,*\s*(?:pada\s+)?$`,
  "u",
);

/** "... di Paramaribo, Suriname, Senin (16/9/2019)": the place written right before a date. */
export function placeBefore(text: string, start: number): string | null {
  return PLACE_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1] ?? null;
}
