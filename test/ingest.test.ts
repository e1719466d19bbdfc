import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANALYZER_VERSION } from "../src/nlp/analyze.js";
import { openTestApp, SEEDS_DIR, tempDatabasePath } from "./helpers/app.js";
import { tempDir } from "./helpers/temp.js";

describe("ingesting articles", () => {
  it("on an empty store the seeds are ingested on first open, and not again on the next", () => {
    const path = tempDatabasePath();
    const first = openTestApp(path);
    expect(first.store.count()).toBe(5);
    first.close();
    const second = openTestApp(path);
    expect(second.store.count()).toBe(5);
    expect(second.index.size).toBe(5);
    second.close();
  });

  it("stores the same article once, whatever the file is called", () => {
    const app = openTestApp();
    const report = app.ingest.ingestPaths([SEEDS_DIR]);
    expect(report).toMatchObject({ read: 5, stored: 0, duplicates: 5 });
    app.close();
  });

  it("stores an article once by its URL, whatever tracking parameters or fragment a route adds", () => {
    const app = openTestApp();
    const text = (n: number) =>
      `Indonesia dan Malaysia sepakat memperkuat kerja sama perbatasan, versi ${n}.\n\nKedua negara menandatangani nota kesepahaman di Jakarta.`;
    const first = app.ingest.ingestOne(
      text(1),
      { url: "https://News.example/dunia/123?utm_source=whatsapp#komentar" },
      "share link",
    );
    const again = app.ingest.ingestOne(text(2), { url: "https://news.example/dunia/123" }, "feed");
    expect(first.inserted).toBe(true);
    expect(again).toMatchObject({ id: first.id, inserted: false });
    expect(app.store.get(first.id)?.url).toBe("https://news.example/dunia/123");
    app.close();
  });

  it("reports an empty or unreadable file by name and ingests the rest of the batch", () => {
    const dir = tempDir("hubungan-batch-");
    writeFileSync(join(dir, "a-empty.txt"), "   \n");
    writeFileSync(
      join(dir, "b-good.txt"),
      "Jakarta (ANTARA) - Indonesia dan Jepang sepakat memperkuat kerja sama energi.",
    );
    writeFileSync(
      join(dir, "c-image.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0xff, 0xfe]),
    );
    const app = openTestApp();
    const report = app.ingest.ingestPaths([dir, join(dir, "missing.txt")]);
    expect(report.stored).toBe(1);
    expect(report.problems.map((problem) => problem.source.replace(`${dir}/`, ""))).toEqual([
      "a-empty.txt",
      "c-image.txt",
      `${dir}/missing.txt`.replace(`${dir}/`, ""),
    ]);
    expect(app.relations.answer("Indonesia Jepang").kind).toBe("sheet");
    app.close();
  });

  it("analyses stored articles again when the analyser has changed", () => {
    const path = tempDatabasePath();
    const app = openTestApp(path);
    app.db.prepare("UPDATE articles SET analyzer_version = ?").run(ANALYZER_VERSION - 1);
    app.db.prepare("DELETE FROM ties").run();
    app.close();
    const reopened = openTestApp(path);
    expect(reopened.relations.answer("Malaysia Rusia").kind).toBe("sheet");
    reopened.close();
  });
});

describe("one story from several outlets", () => {
  it("links a second outlet's version to the first and cites them as one source", () => {
    const app = openTestApp();
    const first = app.ingest.ingestOne(
      "Jokowi Minta China Beli Lebih Banyak Sawit\n\nJAKARTA, KOMPAS.com - Presiden Indonesia Joko Widodo meminta China membeli lebih banyak minyak kelapa sawit dari Indonesia untuk mengurangi defisit perdagangan kedua negara.",
      { date: "2019-09-20", publisher: "Kompas" },
      null,
    );
    const second = app.ingest.ingestOne(
      "Jokowi Minta Cina Tingkatkan Impor Sawit\n\nTEMPO.CO, Jakarta - Presiden Indonesia Joko Widodo berharap Cina meningkatkan impor minyak kelapa sawit dari Indonesia guna menekan defisit perdagangan kedua negara.",
      { date: "2019-09-21", publisher: "Tempo" },
      null,
    );
    const answer = app.relations.answer("Indonesia China");
    expect(answer.kind).toBe("sheet");
    if (answer.kind === "sheet") {
      expect([...answer.sheet.stories.keys()]).toEqual([first.id]);
      expect(answer.sheet.stories.get(first.id)?.articles.map((article) => article.id)).toEqual([
        first.id,
        second.id,
      ]);
    }
    app.close();
  });
});

describe("articles another process stores while the bot runs", () => {
  it("are found by the bot's search once it catches up, and only the new ones are indexed", async () => {
    const path = tempDatabasePath();
    const bot = openTestApp(path);
    const cli = openTestApp(path);
    cli.ingest.ingestOne(
      "Indonesia dan Malaysia membahas budidaya rumput laut zamrud di perbatasan.\n\nKedua negara sepakat meneliti bersama.",
      { url: "https://news.example/dunia/rumput-laut" },
      "cli",
    );
    cli.close();
    expect(bot.search.search("rumput laut zamrud")).toMatchObject({ kind: "none" });
    expect(await bot.catchUpIndex()).toBe(1);
    expect(bot.search.search("rumput laut zamrud")).toMatchObject({ kind: "results", total: 1 });
    expect(await bot.catchUpIndex()).toBe(0);
    bot.close();
  });
});
