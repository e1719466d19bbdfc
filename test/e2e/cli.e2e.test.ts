import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { countArticles, startTestBot, type TestBot } from "../helpers/bot.js";
import { killAll, run, SEEDS_DIR, tempDir } from "../helpers/process.js";

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
