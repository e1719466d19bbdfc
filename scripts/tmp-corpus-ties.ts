import { readFileSync, writeFileSync } from "node:fs";
import { analyzeArticle } from "../src/nlp/analyze.js";
import { parseArticle } from "../src/nlp/article-parser.js";
const out: string[] = [];
const lines = readFileSync("../shared/corpus/click-id.jsonl", "utf8").split("\n").filter(Boolean);
for (const line of lines.slice(0, Number(process.argv[3] ?? 6000))) {
  const a = JSON.parse(line);
  const an = analyzeArticle(parseArticle(a.text, { url: a.url, title: a.title, publisher: a.publisher, date: a.date }));
  out.push(`${a.id}\t${an.ties.map((t) => t.pair.join("-")).join(",")}`);
}
writeFileSync(process.argv[2]!, out.join("\n"));
