import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { countArticles, startTestBot, type TestBot } from "../helpers/bot.js";
import { CHINA_STORIES, newsArticle, PALM_OIL_KOMPAS } from "../helpers/news.js";
import { killAll, run, SEEDS_DIR, tempDir } from "../helpers/process.js";
import { type FakeNewsSite, startFakeNewsSite } from "../support/fake-news-site.js";

/** `npm run cli -- ...` as a separate process (`tsx src/cli.ts`), environment built from scratch. */

afterEach(killAll);

const SEED = join(SEEDS_DIR, "000_62af514a9a75ab94.txt");

/** A fresh store whose seeding finds nothing, so that every article in it came from the test. */
function emptyStoreEnv() {
  const dir = tempDir();
  return { DATABASE_PATH: join(dir, "hubungan.db"), SEEDS_DIR: join(dir, "no-seeds") };
}

describe("ask prints exactly the reply the bot sends", () => {
  let testBot: TestBot;

  beforeAll(async () => {
    testBot = await startTestBot();
  });

  afterAll(() => testBot.stop());

  const botReply = (text: string) => testBot.ask(text);

  it("prints for /relations Malaysia Rusia exactly the text the user sees", async () => {
    const reply = await botReply("/relations Malaysia Rusia");
    const result = await run(["ask", "/relations Malaysia Rusia"], {
      BOT_USERNAME: testBot.emulator.botInfo.username,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.replace(/\n$/, "")).toBe(reply.plainText);
  });

  it("prints with --html exactly the HTML the bot sends to Telegram", async () => {
    const reply = await botReply("/relations Malaysia Rusia");
    const env = { BOT_USERNAME: testBot.emulator.botInfo.username };
    const result = await run(["ask", "/relations Malaysia Rusia", "--html"], env);
    expect(result.code).toBe(0);
    expect(result.stdout.replace(/\n$/, "")).toBe(reply.text);
    expect(reply.parseMode).toBe("HTML");
  });
});

describe("ask", () => {
  it("answers /relations Serbia Kosovo, a pair named only in related-article lists, citing nothing", async () => {
    const result = await run(["ask", "/relations Serbia Kosovo"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Belum ada artikel");
    expect(result.stdout).not.toMatch(/\[\d+\]/);
  });

  it("exits 2 with usage on stderr when there is no message, or no command", async () => {
    const results = await Promise.all([run(["ask"]), run(["ask", "--html"]), run([])]);
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("Usage:");
      expect(result.stderr).toContain('ask "<message>"');
    }
  });
});

describe("ingest", () => {
  it("stores the good file of a folder, names the empty and the binary one, and stores it only once", async () => {
    const folder = tempDir();
    copyFileSync(SEED, join(folder, "kosovo-malaysia-copy.txt"));
    writeFileSync(join(folder, "empty.txt"), "");
    writeFileSync(join(folder, "scan.txt"), Buffer.from("JFIF\0\0\0\u0001\0\u0002 gambar\0\0"));
    const env = emptyStoreEnv();

    const first = await run(["ingest", folder], env);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`hubungan: ${join(folder, "empty.txt")}: the file is empty`);
    expect(first.stderr).toContain(`hubungan: ${join(folder, "scan.txt")}: not a text file`);
    expect(first.stderr).not.toContain("kosovo-malaysia-copy.txt");
    expect(first.stdout.trim()).toBe(
      "Read 1 article(s): 1 stored, 0 already in the store, 2 problem(s).",
    );
    expect(countArticles(env.DATABASE_PATH)).toBe(1);

    const again = await run(["ingest", folder], env);
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe(
      "Read 1 article(s): 0 stored, 1 already in the store, 2 problem(s).",
    );
    expect(countArticles(env.DATABASE_PATH)).toBe(1);
  });

  it("finds a seed copied under a new name already in a store seeded from seeds/", async () => {
    const folder = tempDir();
    copyFileSync(SEED, join(folder, "renamed.txt"));
    const databasePath = join(tempDir(), "hubungan.db");
    const result = await run(["ingest", folder], { DATABASE_PATH: databasePath });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(
      [
        `The store was empty: ingested 5 seed article(s) from ${SEEDS_DIR} first.`,
        "Read 1 article(s): 0 stored, 1 already in the store, 0 problem(s).",
      ].join("\n"),
    );
    expect(countArticles(databasePath)).toBe(5);
  });

  it("stores the valid line of a JSONL file and names the broken line and the line without text", async () => {
    const folder = join(tempDir(), "corpus");
    mkdirSync(folder);
    const jsonl = join(folder, "corpus.jsonl");
    const article = readFileSync(SEED, "utf8");
    const lines = [
      JSON.stringify({ text: article, url: "https://example.com/kosovo-malaysia" }),
      '{"text": "Malaysia dan Rusia',
      JSON.stringify({ title: "Judul tanpa isi", publisher: "ANTARA" }),
    ];
    writeFileSync(jsonl, `${lines.join("\n")}\n`);
    const env = emptyStoreEnv();

    const result = await run(["ingest", jsonl], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`hubungan: ${jsonl}:2: not valid JSON`);
    expect(result.stderr).toContain(`hubungan: ${jsonl}:3: no "text" field with the article`);
    expect(result.stderr).not.toContain(`${jsonl}:1`);
    expect(result.stdout.trim()).toBe(
      "Read 1 article(s): 1 stored, 0 already in the store, 2 problem(s).",
    );
    expect(countArticles(env.DATABASE_PATH)).toBe(1);
  });
});

describe("ingest from the web", () => {
  let site: FakeNewsSite;

  beforeAll(async () => {
    site = await startFakeNewsSite();
    site.publish(newsArticle(PALM_OIL_KOMPAS, "jokowi-sawit"));
    site.publish(newsArticle(CHINA_STORIES[0]!, "solomon"));
  });

  afterAll(() => site.stop());

  it("reads one page's article, and knows it again by its canonical URL", async () => {
    const env = { ...emptyStoreEnv(), ALLOW_PRIVATE_FEEDS: "true" };
    const first = await run(["ingest", site.pageUrl("jokowi-sawit")], env);
    expect(first.stderr).not.toContain("hubungan:");
    expect(first.stdout.trim()).toBe(
      "Read 1 article(s): 1 stored, 0 already in the store, 0 problem(s).",
    );
    const again = await run(["ingest", `${site.pageUrl("jokowi-sawit")}?utm_source=wa`], env);
    expect(again.stdout.trim()).toBe(
      "Read 1 article(s): 0 stored, 1 already in the store, 0 problem(s).",
    );
  });

  it("reads every page a feed lists", async () => {
    const env = { ...emptyStoreEnv(), ALLOW_PRIVATE_FEEDS: "true" };
    const result = await run(["ingest", site.feedUrl], env);
    expect(result.stdout.trim()).toBe(
      "Read 2 article(s): 2 stored, 0 already in the store, 0 problem(s).",
    );
    expect(countArticles(env.DATABASE_PATH)).toBe(2);
  });

  it("refuses a loopback address unless ALLOW_PRIVATE_FEEDS is set", async () => {
    const env = emptyStoreEnv();
    const result = await run(["ingest", site.feedUrl], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `hubungan: ${site.feedUrl}: fetch: ${site.feedUrl} points at non-public address 127.0.0.1`,
    );
    expect(result.stderr).toContain("ALLOW_PRIVATE_FEEDS=true");
    expect(countArticles(env.DATABASE_PATH)).toBe(0);
  });
});
