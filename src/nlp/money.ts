import { NUMBER_WORDS_PATTERN, parseNumberWords } from "./figure-number-words.js";
import { rememberRecent } from "./recent.js";

/**
 * Money amounts as the news writes them: "3,2 miliar dolar AS", "US$174,2 juta", "Rp53 triliun",
 * "US$ 18,4 miliar", "658 juta USD", "A$26 billion", "Rp 3,41 triliun".
 */

export interface MoneyAmount {
  start: number;
  end: number;
  raw: string;
  /** The amount in whole units of the currency (3.2e9 for "3,2 miliar"). */
  value: number;
  /** ISO 4217 code. */
  currency: string;
}

const SCALE: Record<string, number> = {
  ribu: 1e3,
  rb: 1e3,
  thousand: 1e3,
  juta: 1e6,
  jt: 1e6,
  million: 1e6,
  mn: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  milliar: 1e9,
  milyard: 1e9,
  billion: 1e9,
  bilion: 1e9,
  bn: 1e9,
  triliun: 1e12,
  trilyun: 1e12,
  trillion: 1e12,
  trilion: 1e12,
};

// Symbols written before the number.
const PREFIX: [RegExp, string][] = [
  [/^(?:US\s?\$|USD\$?|U\.S\.\s?\$|USA\s?\$|AS\s?\$)$/i, "USD"],
  [/^(?:A\$|AUD)$/i, "AUD"],
  [/^(?:S\$|SGD)$/i, "SGD"],
  [/^(?:HK\$|HKD)$/i, "HKD"],
  [/^(?:NZ\$|NZD)$/i, "NZD"],
  [/^(?:C\$|CA\$|CAD)$/i, "CAD"],
  [/^(?:NT\$|TWD)$/i, "TWD"],
  [/^(?:฿|THB)$/i, "THB"],
  [/^(?:₱|PHP)$/, "PHP"],
  [/^(?:₹|INR)$/i, "INR"],
  [/^(?:₽|RUB)$/i, "RUB"],
  [/^(?:CHF|SAR|AED|VND)$/i, ""],
  [/^\$$/, "USD"],
  [/^(?:Rp\.?|IDR)$/i, "IDR"],
  [/^(?:RM|MYR)$/i, "MYR"],
  [/^(?:€|EUR)$/i, "EUR"],
  [/^(?:£|GBP)$/i, "GBP"],
  [/^(?:¥|JPY)$/i, "JPY"],
  [/^(?:RMB|CNY)$/i, "CNY"],
  [/^(?:₩|KRW)$/i, "KRW"],
];

// Currency words written after the number (and its scale word).
const SUFFIX: [RegExp, string][] = [
  [/^(?:dolar|dollar)\s+(?:AS|Amerika(?:\s+Serikat)?|US)\b|^USD\b|^US\s+dollars?\b/i, "USD"],
  [/^(?:dolar|dollar)\s+Australia\b|^AUD\b|^Australian\s+dollars?\b/i, "AUD"],
  [/^(?:dolar|dollar)\s+Singapura\b|^SGD\b|^Singapore\s+dollars?\b/i, "SGD"],
  [/^(?:dolar|dollar)\s+Hong\s+Kong\b|^HKD\b/i, "HKD"],
  // A dollar of another country is not the US dollar: "dolar Kanada", "Canadian dollars".
  [/^(?:dolar|dollar)\s+Kanada\b|^CAD\b|^Canadian\s+dollars?\b/i, "CAD"],
  [/^(?:dolar|dollar)\s+Taiwan\b|^TWD\b|^Taiwan(?:ese)?\s+dollars?\b/i, "TWD"],
  [/^(?:dolar|dollar)\s+Selandia\s+Baru\b|^NZD\b|^New\s+Zealand\s+dollars?\b/i, "NZD"],
  [/^(?:dolar|dollar)\s+Brunei\b|^BND\b/i, "BND"],
  [/^(?:dolar|dollars?)\b/i, "USD"],
  [/^(?:rupiah|IDR)\b/i, "IDR"],
  [/^(?:ringgit|MYR)\b/i, "MYR"],
  [/^(?:euros?|EUR)\b/i, "EUR"],
  [/^(?:poundsterling|pound\s+sterling|pounds?|GBP)\b/i, "GBP"],
  [/^(?:yen|JPY)\b/i, "JPY"],
  [/^(?:yuan|renminbi|RMB|CNY)\b/i, "CNY"],
  [/^(?:won|KRW)\b/i, "KRW"],
  [/^(?:rubel|ruble|rubles|RUB)\b/i, "RUB"],
  [/^(?:rupee|rupees|INR)\b/i, "INR"],
  [/^(?:riyal|SAR)\b/i, "SAR"],
  [/^(?:baht|THB)\b/i, "THB"],
  [/^(?:peso\s+Meksiko|Mexican\s+pesos?|MXN)\b/i, "MXN"],
  [/^(?:pesos?|PHP)\b/i, "PHP"],
  [/^(?:dong\s+Vietnam|VND)\b/i, "VND"],
  [/^(?:lira|TRY)\b/i, "TRY"],
  [/^(?:dirham|AED)\b/i, "AED"],
  [/^(?:franc\s+Swiss|Swiss\s+francs?|CHF)\b/i, "CHF"],
  [/^(?:kyat|MMK)\b/i, "MMK"],
  [/^(?:rial\s+Iran|Iranian\s+rials?|IRR)\b/i, "IRR"],
];

/**
 * "3,2" and "174,2" are Indonesian decimals; "1.500" is an Indonesian thousand; "3.2" before an
 * English scale word is an English decimal. The scale word decides the ambiguous "3.2".
 */
export function parseNumber(raw: string, englishScale: boolean): number | null {
  let text = raw.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) text = text.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) && englishScale)
    text = text.replace(/,/g, "");
  // "1,850,000" and "2,500.50" are English however written: an Indonesian decimal has one comma.
  else if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3}(?:,\d{3})+\.\d+$/.test(text))
    text = text.replace(/,/g, "");
  else if (/^\d+,\d+$/.test(text)) text = text.replace(",", ".");
  // "US$ 28,473,1 miliar": separators no convention gives (groups of three, then a shorter one),
  // as a page garbles "28.473,1 juta" into billions; the first comma is the decimal one.
  else if (/^\d{1,3}(?:,\d{3})+,\d{1,2}$/.test(text))
    text = text.replace(",", ".").replace(/,/g, "");
  else if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const SCALE_WORDS = Object.keys(SCALE).join("|");
// "tiga miliar dolar AS", "dua puluh lima juta": a number in words counts only before a scale word.
const NUMBER = String.raw`\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|${NUMBER_WORDS_PATTERN}(?=\s+(?:${SCALE_WORDS})\b)`;
const PREFIX_TOKEN = String.raw`US\s?\$|USD\$|U\.S\.\s?\$|USA\s?\$|AS\s?\$|A\$|S\$|HK\$|NZ\$|CA\$|C\$|NT\$|\$|฿|₱|₹|₽|CAD|TWD|THB|PHP|INR|RUB|CHF|SAR|AED|VND|Rp\.?|IDR|USD|AUD|SGD|RM|MYR|€|EUR|£|GBP|¥|JPY|RMB|CNY|₩|KRW`;
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${PREFIX_TOKEN})\s?)?(${NUMBER})(?:(?:\s?[-–]\s?|\s+(?:hingga|sampai|to)\s+)(?:(?:${PREFIX_TOKEN})\s?)?(?:${NUMBER})(?=\s*(?:${SCALE_WORDS})\b))?(?:(?:\s*|-)(${SCALE_WORDS})\b|\s?(m|t)(?![\p{L}\p{N}]))?`,
  "giu",
);

/**
 * Scales written as one letter after a currency sign: English "$500m" and "£2m" (million, lower
 * case, no space), Indonesian "Rp 1,5 M" (miliar) and "Rp 2 T" (triliun), upper case.
 */
function scaleLetter(letter: string, currency: string | null, whole: string): number | null {
  if (letter === "m" && currency && currency !== "IDR" && !/\sm$/.test(whole)) return 1e6;
  if (currency === "IDR" && letter === "M") return 1e9;
  if (currency === "IDR" && letter === "T") return 1e12;
  return null;
}

function currencyFromPrefix(token: string): string | null {
  const code = PREFIX.find(([pattern]) => pattern.test(token))?.[1];
  // An ISO code written as itself ("CHF 2 miliar") is its own currency.
  return code === "" ? token.toUpperCase() : (code ?? null);
}

/**
 * An amount has a digit or, written in words, a scale word: a text with neither (most sentences)
 * skips AMOUNT, which tries its lookbehind and every number word at each position.
 */
const MAY_HOLD_AMOUNT = new RegExp(String.raw`\d|${SCALE_WORDS}`, "iu");

/**
 * Every money amount in the text, in order. A number with no currency is not money. The figures
 * and the summary's score both read each sentence's amounts, and AMOUNT is costly: a text read
 * lately is not read again (so the amounts are shared, read-only).
 */
export const findMoney: (text: string) => readonly MoneyAmount[] = rememberRecent(readMoney);

function readMoney(text: string): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  if (!MAY_HOLD_AMOUNT.test(text)) return found;
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, prefix, number, scaleWord, letter] = match;
    let currency = prefix ? currencyFromPrefix(prefix) : null;
    const letterScale = letter ? scaleLetter(letter, currency, whole) : null;
    // A letter that is no scale ("Rp 5 m") is left out of the amount.
    const kept = letter && !letterScale ? whole.slice(0, -letter.length).trimEnd() : whole;
    let end = match.index + kept.length;
    if (!currency) {
      const after = /^\s*/.exec(text.slice(end))![0];
      const suffix = SUFFIX.map(([pattern, code]) => ({
        code,
        hit: pattern.exec(text.slice(end + after.length)),
      })).find((candidate) => candidate.hit);
      if (!suffix?.hit) continue;
      currency = suffix.code;
      end += after.length + suffix.hit[0].length;
    }
    const scale = letterScale ?? (scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1);
    const englishScale =
      /^(?:thousand|million|billion|trillion|mn|bn)$/i.test(scaleWord ?? "") || letter === "m";
    // "$500,000": with no scale word, three digits after a comma are thousands, not decimals.
    const thousands = !scaleWord && !letterScale && /^\d{1,3},\d{3}$/.test(number!);
    const value = /^\d/.test(number!)
      ? parseNumber(number!, englishScale || thousands)
      : parseNumberWords(number!);
    if (value === null) continue;
    const start = match.index;
    // 4.1 × 1e9 is 4099999999.9999995 in binary floating point: keep the digits the text gave.
    const exact = Number((value * scale).toPrecision(12));
    found.push({ start, end, raw: text.slice(start, end), value: exact, currency });
  }
  return joinRanges(text, found);
}

/**
 * "30-40 juta dolar AS" (read above with the scale of its upper end) and "Rp 5 juta-Rp20 juta"
 * are one range: one amount, its lower end, so that the range is not counted as two figures.
 */
function joinRanges(text: string, amounts: MoneyAmount[]): MoneyAmount[] {
  const joined: MoneyAmount[] = [];
  for (const amount of amounts) {
    const last = joined.at(-1);
    if (
      last &&
      last.currency === amount.currency &&
      /^\s?[-–]\s?$/.test(text.slice(last.end, amount.start))
    ) {
      last.end = amount.end;
      last.raw = text.slice(last.start, amount.end);
    } else joined.push(amount);
  }
  return joined;
}
