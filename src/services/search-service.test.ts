import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleStore } from "../db/article-store.js";
import { openDatabase } from "../db/database.js";
import { SearchStore } from "../db/search-store.js";
import { StoryStore } from "../db/story-store.js";
import { IngestService } from "../ingest/ingest-service.js";
import { StoryLinker } from "../ingest/story-linker.js";
import { ArticleIndex } from "../search/article-index.js";
import {
  firstMatch,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  PAGE_SIZE,
  SearchService,
  snippet,
} from "./search-service.js";

/** Half of a surrogate pair on its own: not valid UTF-8, so Telegram would refuse the message. */
const LONE_SURROGATE = /\p{Cs}/u;

function serviceWith(...texts: string[]): { service: SearchService; ids: number[] } {
  const db = openDatabase(":memory:");
  const store = new ArticleStore(db);
  const index = new ArticleIndex();
  const ingest = new IngestService(store, index, new StoryLinker(new StoryStore(db)));
  const ids = texts.map((text) => ingest.ingestOne(text, {}, null).id);
  return { service: new SearchService(index, store, new SearchStore(db)), ids };
}

const article = (n: number, words: string) =>
  `Berita nomor ${n} tentang ${words}\n\nParagraf pembuka berita ${n} yang membahas ${words} secara singkat.`;

describe("searching", () => {
  it("answers empty words with usage", () => {
    const { service } = serviceWith(article(1, "sawit"));
    expect(service.search("   ").kind).toBe("usage");
  });

  it("names the words back when nothing matches", () => {
    const { service } = serviceWith(article(1, "sawit"));
    expect(service.search("  kapal   selam ")).toEqual({ kind: "none", query: "kapal selam" });
  });

  it("pages the hits five at a time, numbered across pages, with the same id for the same words", () => {
    const { service } = serviceWith(...Array.from({ length: 12 }, (_, i) => article(i, "nikel")));
    const first = service.search("nikel");
    if (first.kind !== "results") throw new Error(first.kind);
    expect(first).toMatchObject({ total: 12, page: 1, pages: 3 });
    expect(first.hits.map((hit) => hit.rank)).toEqual([1, 2, 3, 4, 5]);
    const third = service.page(first.queryId, 3);
    if (third?.kind !== "results") throw new Error(String(third?.kind));
    expect(third.hits.map((hit) => hit.rank)).toEqual([11, 12]);
    expect(third.hits.length + 2 * PAGE_SIZE).toBe(12);
    const again = service.search("nikel");
    expect(again.kind === "results" && again.queryId).toBe(first.queryId);
  });

  it("clamps a page beyond the last to the last, and knows nothing of an unknown id", () => {
    const { service } = serviceWith(article(1, "nikel"), article(2, "nikel"));
    const first = service.search("nikel");
    if (first.kind !== "results") throw new Error(first.kind);
    expect(service.page(first.queryId, 99)).toMatchObject({ page: 1, pages: 1 });
    expect(service.page(first.queryId + 1, 1)).toBeNull();
  });

  it("gives each hit its title and a snippet around the word that matched", () => {
    const long = `Judul tentang pelabuhan\n\n${"Kalimat pengisi tanpa kata kunci. ".repeat(20)}Di akhir ada perdagangan rempah dengan Maluku.`;
    const { service, ids } = serviceWith(long);
    const answer = service.search("dagang");
    if (answer.kind !== "results") throw new Error(answer.kind);
    expect(answer.hits[0]).toMatchObject({ id: ids[0], title: "Judul tentang pelabuhan" });
    expect(answer.hits[0]!.snippet).toContain("perdagangan rempah");
    expect(answer.hits[0]!.snippet.startsWith("…")).toBe(true);
  });

  it("reads a stored article with its summary, and nothing for an id it does not have", () => {
    const { service, ids } = serviceWith(article(1, "sawit"));
    expect(service.article(ids[0]!)?.article.title).toBe("Berita nomor 1 tentang sawit");
    expect(service.article(ids[0]!)?.summary.length).toBeGreaterThan(0);
    expect(service.article(99_999_999)).toBeNull();
    expect(service.article(-1)).toBeNull();
    expect(service.article(Number.NaN)).toBeNull();
  });
});

describe("query text", () => {
  it("is one line of at most 200 characters, an emoji never cut in half", () => {
    expect(normaliseQuery(" a\n\tb  ")).toBe("a b");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const query = normaliseQuery(text);
        expect(Array.from(query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(query).not.toMatch(/[\n\t]|\s{2}|^\s|\s$/);
        expect(query).not.toMatch(LONE_SURROGATE);
      }),
    );
  });
});

describe("snippets", () => {
  const body = `${"Awal berita yang panjang sekali. ".repeat(10)}Lalu Presiden Vladimir Putin menerima tamunya di Kremlin. ${"Penutup berita. ".repeat(10)}`;

  it("find the first word matching as the index does: stems, prefixes, a typo", () => {
    expect(firstMatch("Kedua negara berdagang minyak.", "perdagangan")).toBe(13);
    expect(firstMatch("Investasi semikonduktor naik.", "semikondukter")).toBe(10);
    expect(firstMatch("Investasi semikonduktor naik.", "semi")).toBe(10);
    expect(firstMatch("Tidak ada yang cocok.", "sawit")).toBeNull();
    expect(firstMatch("Tidak ada yang cocok.", "yang dan")).toBeNull();
  });

  it("show the matching word in context, on one line, with … where text was left out", () => {
    const text = snippet(body, "putin");
    expect(text).toContain("Vladimir Putin");
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(160);
  });

  it("show the opening when no word of the body matched (the title or a country name did)", () => {
    expect(snippet(body, "Rusia").startsWith("Awal berita")).toBe(true);
    expect(snippet("Pendek saja.\n\nDua paragraf.", "x")).toBe("Pendek saja. Dua paragraf.");
  });

  it("are never longer than asked and never cut an emoji in half, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 600 }),
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 10, max: 200 }),
        (text, query, length) => {
          const result = snippet(text, query, length);
          expect(result.length).toBeLessThanOrEqual(length);
          expect(result).not.toMatch(/\n/);
          expect(result).not.toMatch(LONE_SURROGATE);
        },
      ),
    );
  });
});
