import { describe, expect, it } from "vitest";
import { processTerm } from "../nlp/terms.js";
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

  it("replaces an article indexed again instead of failing", () => {
    const index = indexOf("gandum");
    index.add({ id: 1, title: "Vaksin", body: "pengiriman vaksin", countries: "" });
    expect(index.size).toBe(1);
    expect(index.search("vaksin").map((hit) => hit.id)).toEqual([1]);
    expect(index.search("gandum")).toEqual([]);
  });
});
