import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countIndexTerms, indexTerms, processTerm } from "../nlp/terms.js";
import { ArticleIndex } from "./article-index.js";

function indexOf(...bodies: string[]): ArticleIndex {
  const index = new ArticleIndex();
  for (const [i, body] of bodies.entries()) {
    index.add({ id: i + 1, title: `Artikel ${i + 1}`, body, countries: "" });
  }
  return index;
}

describe("Indonesian term processing", () => {
  it("stems inflected words to their base", () => {
    expect(processTerm("perdagangan")).toBe("dagang");
    expect(processTerm("memperkuat")).toBe("kuat");
  });

  it("drops function words and keeps numbers and country codes", () => {
    expect(processTerm("yang")).toBeNull();
    expect(processTerm("2024")).toBe("2024");
    expect(processTerm("RU")).toBe("ru");
  });

  it("counts a text's index terms without stemming them, as many as it has", () => {
    const words = fc.constantFrom("yang", "RU", "2024", "perdagangan", "di", "AS", "kopi", "ab");
    const texts = fc.oneof(
      fc.string(),
      fc.array(words).map((list) => list.join(" ")),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(countIndexTerms(text)).toBe(indexTerms(text).length);
      }),
    );
  });
});

describe("searching articles", () => {
  it("finds an article by another form of the same word", () => {
    const index = indexOf("Kedua negara berdagang minyak sawit.", "Tim sepak bola menang.");
    expect(index.search("perdagangan").map((hit) => hit.id)).toEqual([1]);
  });

  it("tolerates a typo in a long word", () => {
    const index = indexOf("Kerja sama semikonduktor diperluas.");
    expect(index.search("semikondukter").map((hit) => hit.id)).toEqual([1]);
  });

  it("falls back to any word when no article has them all", () => {
    const index = indexOf("Investasi nikel naik.", "Ekspor kopi turun.");
    expect(
      index
        .search("nikel kopi")
        .map((hit) => hit.id)
        .sort(),
    ).toEqual([1, 2]);
  });

  it("ranks a long article below a short one with the same opening, as FTS5 does", () => {
    // Both openings are cut at the same place: only the length of what follows differs.
    const opening = `Ekspor nikel naik. ${"Rapat dewan membahas anggaran daerah. ".repeat(45)}`;
    const longer = `${opening}${"Cuaca cerah sepanjang pekan di pesisir utara. ".repeat(60)}`;
    // The longer one is newer: were the two scored alike, it would come first.
    const index = indexOf(opening, longer);
    expect(index.search("nikel").map((hit) => hit.id)).toEqual([1, 2]);
  });

  it("replaces an article indexed again instead of failing", () => {
    const index = indexOf("gandum");
    index.add({ id: 1, title: "Vaksin", body: "pengiriman vaksin", countries: "" });
    expect(index.size).toBe(1);
    expect(index.search("vaksin").map((hit) => hit.id)).toEqual([1]);
    expect(index.search("gandum")).toEqual([]);
  });
});

describe("champions: scoring only a common word's best articles", () => {
  const WORDS = ["sawit", "nikel", "kopi", "gandum", "beras", "minyak", "batubara", "timah"];
  // Every article has the same number of words (four distinct ones, told 1 to 4 times, 10 in all),
  // so that a champion's weight does not drift as the average length moves (the length BM25
  // divides by counts every word): the ranking must then be exactly the exhaustive one.
  const article = fc.record({
    words: fc.shuffledSubarray(WORDS, { minLength: 4, maxLength: 4 }),
    repeats: fc.shuffledSubarray([1, 2, 3, 4], { minLength: 4, maxLength: 4 }),
    // One country each, so that the countries field's length does not move either.
    country: fc.constantFrom("indonesia", "malaysia", "sawit"),
  });
  const body = ({ words, repeats }: { words: string[]; repeats: number[]; country: string }) =>
    words.flatMap((word, i) => Array<string>(repeats[i] ?? 1).fill(word)).join(" ");

  it("ranks and counts exactly as scoring every match does", () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 40 }),
        fc.subarray([...WORDS, "indonesia", "malaysia"], { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 6 }),
        (articles, query, limit) => {
          const index = new ArticleIndex({ champions: { threshold: 3, size: 2 } });
          for (const [i, words] of articles.entries())
            index.add({ id: i + 1, title: "", body: body(words), countries: words.country });
          const words = query.join(" ");
          expect(index.rank(words, limit)).toEqual(index.rank(words, limit, { exhaustive: true }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds an article whose common word is not among its best uses, through a rare word", () => {
    const index = new ArticleIndex({ champions: { threshold: 3, size: 2 } });
    for (let id = 1; id <= 10; id++)
      index.add({ id, title: "", body: "perdagangan perdagangan perdagangan kopi", countries: "" });
    index.add({ id: 11, title: "", body: "perdagangan nikel", countries: "" });
    expect(index.search("perdagangan nikel").map((hit) => hit.id)).toEqual([11]);
    expect(index.rank("perdagangan", 3).total).toBe(11);
  });
});

describe("champions: articles indexed again", () => {
  const WORDS = ["sawit", "nikel", "kopi", "gandum", "beras"];
  it("count once, so that the ranking stays the exhaustive one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.shuffledSubarray(WORDS, { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.constantFrom(...WORDS),
        (articles, again, query) => {
          const index = new ArticleIndex({ champions: { threshold: 3, size: 2 } });
          const add = (i: number) =>
            index.add({ id: i + 1, title: "", body: articles[i]!.join(" "), countries: "" });
          for (const i of articles.keys()) add(i);
          for (const n of again) add(n % articles.length);
          // MiniSearch drops a replaced article's old entries during the first search that meets
          // them, which scores with the stale count: one search first, as any later user's is.
          index.rank(query, 2, { exhaustive: true });
          const exact = index.rank(query, 2, { exhaustive: true });
          expect(index.rank(query, 2)).toEqual(exact);
        },
      ),
      { numRuns: 300 },
    );
  });
});
