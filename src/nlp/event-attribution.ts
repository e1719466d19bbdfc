/**
 * Indonesian news attributes a quote by a short verb right after it closes: `"...," kata Menlu`,
 * `"...," tegas Maliki, Rabu (18/9)`, `"...," ujarnya`. Such a verb reports a statement as surely as
 * "mengatakan" does, but the same words are common words elsewhere ("kata" is "word", "tegas" is
 * "firm", "jelas" is "clear"), so they count only in that place: after a quote's closing mark.
 */
import type { PhraseMatch } from "./lexicon.js";

/** The short verbs that attribute a quote; date-incident.ts reads them as a new clause of telling. */
export const QUOTE_VERBS =
  "(?:kata|ujar|ucap|tutur|tegas|jelas|terang|ungkap|tambah|imbuh|lanjut|papar|pungkas|tulis|sebut)(?:nya)?";

const ATTRIBUTION = new RegExp(String.raw`[,.!?]\s*["”]\s*(${QUOTE_VERBS})(?![\p{L}])`, "giu");

/** The quote-attributing verbs of a text, as statement triggers. */
export function attributionVerbs(text: string): PhraseMatch<"statement">[] {
  return [...text.matchAll(ATTRIBUTION)].map((match) => {
    const surface = match[1]!;
    const start = match.index + match[0].length - surface.length;
    return { value: "statement", start, end: start + surface.length, surface };
  });
}
