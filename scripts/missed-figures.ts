/**
 * Money-like sentences about a tied pair that the analysis gives no figure for, on unlabelled
 * news: where the figure extractor loses recall. Usage: tsx scripts/missed-figures.ts [n] [out]
 * reads the first n articles of each corpus file; COUNTRY=1 keeps only sentences naming a country.
 * Each missed line starts with E (a figure is read but the sentence is not one of a pair's), M
 * (money with no measure) or - (no money read by money.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { analyzeArticle } from "../src/nlp/analyze.js";
import { parseArticle } from "../src/nlp/article-parser.js";
import { findCountryMentions } from "../src/nlp/countries.js";
import { extractFigures } from "../src/nlp/figures.js";
import { findMoney } from "../src/nlp/money.js";
import { splitSentences } from "../src/nlp/text.js";

const perFile = Number(process.argv[2] ?? 1000);
const out = process.argv[3] ?? "/tmp/missed-figures.txt";
const MONEY_LIKE =
  /(?:US\s?\$|USD|\$|Rp\.?\s?\d|rupiah|dolar|dollar|euro|yuan|ringgit|yen|won\b|poundsterling|riyal)[^.]{0,40}?\d|\d[\d.,]*\s*(?:miliar|milyar|triliun|juta|billion|million|trillion)\b/iu;

interface Row {
  url: string;
  title: string;
  date: string;
  publisher: string;
  text: string;
}
const rows: Row[] = [];
for (const file of ["../shared/corpus/click-id.jsonl", "../shared/corpus/indosum-dev.jsonl"]) {
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  rows.push(...lines.slice(0, perFile).map((line) => JSON.parse(line) as Row));
}
let articles = 0;
let candidates = 0;
let found = 0;
let figuresTotal = 0;
const missed: string[] = [];
for (const row of rows) {
  const parsed = parseArticle(row.text, {
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    date: row.date,
  });
  const analysis = analyzeArticle(parsed);
  if (!analysis.ties.length) continue;
  articles++;
  const figureSentences = new Set<string>();
  for (const tie of analysis.ties)
    for (const { fact } of tie.facts)
      if (fact.kind === "figure") {
        figureSentences.add(fact.sentence);
        figuresTotal++;
      }
  for (const sentence of splitSentences(parsed.body)) {
    if (!MONEY_LIKE.test(sentence.text)) continue;
    if (process.env.COUNTRY && findCountryMentions(sentence.text).length === 0) continue;
    candidates++;
    if (figureSentences.has(sentence.text)) {
      found++;
      continue;
    }
    // E: the extractor reads a figure but the sentence is not one of a pair's; M: money with no
    // measure; -: no money read at all.
    const kind = extractFigures(sentence.text, []).length
      ? "E"
      : findMoney(sentence.text).length
        ? "M"
        : "-";
    missed.push(`${kind}\t${row.url}\t${sentence.text.replace(/\s+/g, " ")}`);
  }
}
const count = (kind: string) => missed.filter((line) => line.startsWith(kind)).length;
writeFileSync(out, `${missed.join("\n")}\n`);
console.log(
  `${rows.length} read, ${articles} with ties, ${candidates} money-like sentences${process.env.COUNTRY ? " naming a country" : ""}, ${found} with a figure, ${missed.length} missed (E ${count("E")}, M ${count("M")}, - ${count("-")}), ${figuresTotal} figures`,
);
