import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateSummaries } from "../eval/summary-eval.js";
import { FEATURES, sentenceFeatures, summariseArticle } from "./article-summary.js";
import { splitSentences, wordOverlap } from "./text.js";

const SAMPLE = "test/fixtures/indosum-sample.jsonl";
const articles = readFileSync(SAMPLE, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { text: string });

const BODY = [
  "Jakarta - Pemerintah Indonesia dan Jepang menandatangani perjanjian kerja sama perdagangan senilai Rp 12 triliun di Tokyo, Senin (3/4).",
  "Menteri Perdagangan mengatakan perjanjian itu membuka pasar Jepang bagi produk perikanan Indonesia. Ekspor udang diperkirakan naik dua kali lipat tahun depan.",
  "Baca juga: Harga Cabai Naik Jelang Lebaran",
  '"Kami berharap kerja sama ini berlanjut," ujar Duta Besar Jepang untuk Indonesia.',
  "Perjanjian serupa pernah ditandatangani dengan Korea Selatan pada 2019. Nilainya saat itu mencapai Rp 8 triliun.",
].join("\n\n");

describe("summariseArticle", () => {
  it("returns three sentences of the article, in article order", () => {
    for (const article of articles) {
      const all = splitSentences(article.text).map((sentence) => sentence.text);
      const summary = summariseArticle(article.text);
      expect(summary.length).toBe(Math.min(3, all.length));
      const positions = summary.map((sentence) => all.indexOf(sentence));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it("never picks two sentences that say the same thing", () => {
    const lead = splitSentences(BODY)[0]!.text;
    const repeated = `${lead}\n\n${lead}\n\n${BODY}\n\n${lead}`;
    const summary = summariseArticle(repeated, { sentences: 4 });
    expect(summary.filter((sentence) => sentence === lead)).toHaveLength(1);
    for (const article of articles) {
      const picked = summariseArticle(article.text, { sentences: 5 });
      for (const [i, a] of picked.entries()) {
        for (const b of picked.slice(i + 1)) expect(wordOverlap(a, b)).toBeLessThan(0.45);
      }
    }
  });

  it("leaves out a 'Baca juga' link", () => {
    const summary = summariseArticle(BODY);
    expect(summary).toHaveLength(3);
    expect(summary[0]).toMatch(/^Jakarta - Pemerintah/);
    expect(summary.some((sentence) => sentence.startsWith("Baca juga"))).toBe(false);
  });

  it("puts a sentence with words missing (links stripped from the page) after whole ones", () => {
    const body = [
      "Presiden AS Donald , bakal diberikan berbagai opsi militer sebagai tanggapan serangan terhadap pabrik , Arab ,., , bakal memaparkan daftar target.",
      "Menteri Pertahanan Mark Esper dan Kepala Staf Gabungan akan memaparkan pilihan itu kepada Presiden pada Jumat.",
      "Opsi itu termasuk serangan udara terhadap fasilitas minyak dan pangkalan Garda Revolusi.",
      "Gedung Putih belum memberikan keterangan resmi tentang rapat tersebut.",
    ].join("\n\n");
    const summary = summariseArticle(body, { sentences: 2 });
    expect(summary).toHaveLength(2);
    expect(summary.some((sentence) => sentence.includes("Donald ,"))).toBe(false);
  });

  it("returns nothing for an empty body and the one sentence of a one-sentence body", () => {
    expect(summariseArticle("")).toEqual([]);
    expect(summariseArticle("  \n\n  ")).toEqual([]);
    expect(summariseArticle(BODY, { sentences: 0 })).toEqual([]);
    const one = "Presiden Joko Widodo meresmikan jalan tol Trans Jawa di Semarang, Kamis (20/12).";
    expect(summariseArticle(one)).toEqual([one]);
  });

  it("handles a very long article", () => {
    // All forty sample articles as one body: some 200,000 characters.
    const body = articles.map((article) => article.text).join("\n\n");
    const all = splitSentences(body).map((sentence) => sentence.text);
    const summary = summariseArticle(body);
    expect(summary).toHaveLength(3);
    const positions = summary.map((sentence) => all.indexOf(sentence));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // A body of near-identical paragraphs has little to say: fewer sentences, none repeated.
    const repetitive = Array.from(
      { length: 400 },
      (_, i) => `Paragraf ${i + 1} membahas topik nomor ${i * 7} tentang ekonomi daerah.`,
    ).join("\n\n");
    expect(summariseArticle(repetitive)).toEqual([
      "Paragraf 1 membahas topik nomor 0 tentang ekonomi daerah.",
    ]);
  });

  it("honours the number of sentences asked for", () => {
    expect(summariseArticle(BODY, { sentences: 1 })).toHaveLength(1);
    expect(summariseArticle(BODY, { sentences: 5 })).toHaveLength(5);
  });

  it("is deterministic", () => {
    const first = articles.map((article) => summariseArticle(article.text));
    const second = [...articles].reverse().map((article) => summariseArticle(article.text));
    expect(second.reverse()).toEqual(first);
    expect(
      summariseArticle(BODY, { title: "Indonesia dan Jepang teken kerja sama dagang" }),
    ).toEqual(summariseArticle(BODY, { title: "Indonesia dan Jepang teken kerja sama dagang" }));
  });

  it("gives every sentence one finite value per feature", () => {
    const features = sentenceFeatures(splitSentences(BODY), "Kerja sama dagang");
    expect(features).toHaveLength(splitSentences(BODY).length);
    for (const row of features) {
      expect(row).toHaveLength(FEATURES.length);
      expect(row.every(Number.isFinite)).toBe(true);
    }
  });
});

describe("evaluateSummaries", () => {
  it("scores LEAD-3 and our summaries on the committed IndoSum sample", async () => {
    const result = await evaluateSummaries(SAMPLE, { split: "all" });
    expect(result.articles).toBe(articles.length);
    for (const scores of [result.lead3, result.ours]) {
      expect(Object.keys(scores).sort()).toEqual(["r1", "r2", "rl"]);
      for (const value of Object.values(scores)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });
});
