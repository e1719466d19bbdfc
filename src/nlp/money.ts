import { NUMBER_WORDS_PATTERN, parseNumberWords } from "./figure-number-words.js";

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
  billion: 1e9,
  bn: 1e9,
  triliun: 1e12,
  trillion: 1e12,
};

// Symbols written before the number.
const PREFIX: [RegExp, string][] = [
  [/^(?:US\s?\$|USD\$?|U\.S\.\s?\$)$/i, "USD"],
  [/^(?:A\$|AUD)$/i, "AUD"],
  [/^(?:S\$|SGD)$/i, "SGD"],
  [/^(?:HK\$|HKD)$/i, "HKD"],
  [/^(?:NZ\$|NZD)$/i, "NZD"],
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
  [/^(?:dolar|dollars?)\b/i, "USD"],
  [/^(?:rupiah|IDR)\b/i, "IDR"],
  [/^(?:ringgit|MYR)\b/i, "MYR"],
  [/^(?:euro|EUR)\b/i, "EUR"],
  [/^(?:poundsterling|pound\s+sterling|pounds?|GBP)\b/i, "GBP"],
  [/^(?:yen|JPY)\b/i, "JPY"],
  [/^(?:yuan|renminbi|RMB|CNY)\b/i, "CNY"],
  [/^(?:won|KRW)\b/i, "KRW"],
  [/^(?:rubel|ruble|rubles|RUB)\b/i, "RUB"],
  [/^(?:rupee|rupees|INR)\b/i, "INR"],
  [/^(?:riyal|SAR)\b/i, "SAR"],
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
  else if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const SCALE_WORDS = Object.keys(SCALE).join("|");
// "tiga miliar dolar AS", "dua puluh lima juta": a number in words counts only before a scale word.
const NUMBER = String.raw`\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|${NUMBER_WORDS_PATTERN}(?=\s+(?:${SCALE_WORDS})\b)`;
const PREFIX_TOKEN = String.raw`US\s?\$|USD\$|U\.S\.\s?\$|A\$|S\$|HK\$|NZ\$|\$|Rp\.?|IDR|USD|AUD|SGD|RM|MYR|€|EUR|£|GBP|¥|JPY|RMB|CNY|₩|KRW`;
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${PREFIX_TOKEN})\s?)?(${NUMBER})(?:(?:\s*|-)(${SCALE_WORDS})\b)?`,
  "giu",
);

function currencyFromPrefix(token: string): string | null {
  return PREFIX.find(([pattern]) => pattern.test(token))?.[1] ?? null;
}

/**
 * An amount has a digit or, written in words, a scale word: a text with neither (most sentences)
 * skips AMOUNT, which tries its lookbehind and every number word at each position.
 */
const MAY_HOLD_AMOUNT = new RegExp(String.raw`\d|${SCALE_WORDS}`, "iu");

/** Every money amount in the text, in order. A number with no currency is not money. */
export function findMoney(text: string): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  if (!MAY_HOLD_AMOUNT.test(text)) return found;
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, prefix, number, scaleWord] = match;
    let currency = prefix ? currencyFromPrefix(prefix) : null;
    let end = match.index + whole.length;
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
    const scale = scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1;
    const englishScale = /^(?:thousand|million|billion|trillion|mn|bn)$/i.test(scaleWord ?? "");
    const value = /^\d/.test(number!)
      ? parseNumber(number!, englishScale)
      : parseNumberWords(number!);
    if (value === null) continue;
    const start = match.index;
    // 4.1 × 1e9 is 4099999999.9999995 in binary floating point: keep the digits the text gave.
    const exact = Number((value * scale).toPrecision(12));
    found.push({ start, end, raw: text.slice(start, end), value: exact, currency });
  }
  return found;
}
