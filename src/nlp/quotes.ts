/**
 * Quotations in a sentence: what a speaker says, which dates and places inside it belong to, not
 * the act the writer tells.
 */

/** Offsets of the quoted spans of a sentence, straight or curly quotes. */
export function quotedSpans(text: string): [number, number][] {
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
