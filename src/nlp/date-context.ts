/**
 * Where a date mention sits in its sentence, which decides what it dates. A date inside a quote
 * is the speaker's, a date after "sejak" starts a duration, a date in a relative clause
 * ("serangan yang terjadi Sabtu lalu") dates that clause's verb, not the sentence's news; the
 * place written right before a date ("di Jakarta, Senin (16/9)") is where that dated act was.
 */

import { OFFICE_OR_CRAFT } from "./event-place.js";

/** Offsets of the quoted spans of a sentence, straight or curly quotes. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“" && open === null) open = i;
    else if (ch === "”" && open !== null) {
      spans.push([open, i]);
      open = null;
    } else if (ch === "”" && open === null && spans.length === 0) {
      // The sentence begins inside a quote opened in an earlier sentence.
      spans.push([0, i]);
    } else if (ch === '"') {
      // `Saya belum tahu," kata X`: a straight quote right after punctuation closes a quote
      // opened in an earlier sentence (the splitter cut it at "?" or ".").
      if (open === null && spans.length === 0 && closesEarlierQuote(text, i)) spans.push([0, i]);
      else if (open === null) open = i;
      else {
        spans.push([open, i]);
        open = null;
      }
    }
  }
  if (open !== null) spans.push([open, text.length]);
  return spans;
}

/**
 * A straight quote that ends a quote opened in an earlier sentence: right after punctuation
 * (`tahu," kata X`), or, in text tokenised with spaces around quotes (`tambah , " kata X`), after
 * punctuation and a space when a lower-case word follows. A quote that opens after a comma
 * (`berkata, "Kami ...`) begins with a capital, so it still opens.
 */
function closesEarlierQuote(text: string, at: number): boolean {
  if (/[,.?!]/.test(text[at - 1] ?? "")) return true;
  return (
    /[,.?!]\s+$/.test(text.slice(Math.max(0, at - 4), at)) && /^\s*\p{Ll}/u.test(text.slice(at + 1))
  );
}

export function insideQuote(text: string, at: number): boolean {
  return quotedSpans(text).some(([start, end]) => at > start && at < end);
}

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
