import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { expectSameAsAggregate } from "../../test/helpers/partners-oracle.js";
import { tempDir } from "../../test/helpers/temp.js";
import { DatabaseTooNewError, loadMigrations, migrate, openDatabase } from "./database.js";

function tables(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    )
    .all()
    .map((row) => row.name);
}

describe("migrations", () => {
  it("are numbered from 1 without gaps", () => {
    const versions = loadMigrations().map((migration) => migration.version);
    expect(versions).toEqual(versions.map((_, index) => index + 1));
  });

  it("migration 1 creates the articles, their countries, ties and facts", () => {
    const db = new Database(":memory:");
    expect(migrate(db, loadMigrations().slice(0, 1))).toBe(1);
    expect(tables(db)).toEqual(["article_countries", "articles", "facts", "ties"]);
    expect(db.pragma("user_version", { simple: true })).toBe(1);
  });

  it("applying them again changes nothing", () => {
    const db = new Database(":memory:");
    const latest = migrate(db);
    expect(migrate(db)).toBe(latest);
  });

  it("refuses a database made by newer code", () => {
    const db = new Database(":memory:");
    db.pragma("user_version = 999");
    expect(() => migrate(db)).toThrow(DatabaseTooNewError);
  });

  it("leaves the database as it was when a migration fails", () => {
    const dir = tempDir("hubungan-migrations-");
    writeFileSync(join(dir, "001_good.sql"), "CREATE TABLE a (x INTEGER);");
    writeFileSync(join(dir, "002_bad.sql"), "CREATE TABLE b (x INTEGER); THIS IS NOT SQL;");
    const db = new Database(":memory:");
    expect(() => migrate(db, loadMigrations(dir))).toThrow();
    expect(tables(db)).toEqual([]);
    expect(db.pragma("user_version", { simple: true })).toBe(0);
  });

  it("opening a file store creates its folder", () => {
    const dir = tempDir("hubungan-open-");
    const db = openDatabase(join(dir, "nested", "store.db"));
    expect(tables(db)).toContain("articles");
    db.close();
  });
});

describe("migration 2", () => {
  it("makes every existing article the first of its own story", () => {
    const db = new Database(":memory:");
    migrate(db, loadMigrations().slice(0, 1));
    db.prepare(
      "INSERT INTO articles (content_hash, title, body, raw, analyzer_version) VALUES ('h', 't', 'b', 'r', 1)",
    ).run();
    migrate(db, loadMigrations().slice(0, 2));
    expect(db.prepare("SELECT id, story_id AS storyId FROM articles").all()).toEqual([
      { id: 1, storyId: 1 },
    ]);
  });
});

describe("migration 3", () => {
  it("adds the search queries to a store with articles, one row per distinct query", () => {
    const db = new Database(":memory:");
    migrate(db, loadMigrations().slice(0, 2));
    db.prepare(
      "INSERT INTO articles (content_hash, title, body, raw, analyzer_version) VALUES ('h', 't', 'b', 'r', 1)",
    ).run();
    expect(migrate(db, loadMigrations().slice(0, 3))).toBe(3);
    expect(tables(db)).toContain("search_queries");
    expect(db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 1 });
    const insert = db.prepare("INSERT INTO search_queries (query) VALUES (?)");
    insert.run("perdagangan sawit");
    expect(() => insert.run("perdagangan sawit")).toThrow(/UNIQUE/);
    expect(() => insert.run("")).toThrow(/CHECK/);
    const row = db.prepare("SELECT id, query, created_at AS createdAt FROM search_queries").get();
    expect(row).toMatchObject({ id: 1, query: "perdagangan sawit" });
    expect((row as { createdAt: string }).createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
  });
});

describe("migration 4", () => {
  it("adds the chat settings to a store with articles, one language per chat", () => {
    const db = new Database(":memory:");
    migrate(db, loadMigrations().slice(0, 3));
    db.prepare(
      "INSERT INTO articles (content_hash, title, body, raw, analyzer_version) VALUES ('h', 't', 'b', 'r', 1)",
    ).run();
    expect(migrate(db, loadMigrations().slice(0, 4))).toBe(4);
    expect(tables(db)).toContain("chat_settings");
    expect(db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 1 });
    const insert = db.prepare("INSERT INTO chat_settings (chat_id, language) VALUES (?, ?)");
    insert.run(-100123, "en");
    expect(() => insert.run(-100123, "id")).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run(42, "fr")).toThrow(/CHECK/);
    expect(db.prepare("SELECT chat_id AS chatId, language FROM chat_settings").all()).toEqual([
      { chatId: -100123, language: "en" },
    ]);
  });
});

describe("migration 5", () => {
  it("adds feeds, subscriptions, digests and the outbox, one alert per chat and story", () => {
    const db = new Database(":memory:");
    migrate(db, loadMigrations().slice(0, 4));
    db.prepare(
      "INSERT INTO articles (content_hash, title, body, raw, analyzer_version) VALUES ('h', 't', 'b', 'r', 1)",
    ).run();
    expect(migrate(db, loadMigrations().slice(0, 5))).toBe(5);
    expect(tables(db)).toEqual(
      expect.arrayContaining(["feeds", "feed_items", "subscriptions", "digests", "outbox"]),
    );
    const subscribe = db.prepare("INSERT INTO subscriptions (chat_id, kind, key) VALUES (?, ?, ?)");
    subscribe.run(7, "pair", "ID-MY");
    expect(() => subscribe.run(7, "pair", "ID-MY")).toThrow(/UNIQUE/);
    expect(() => subscribe.run(7, "region", "ASEAN")).toThrow(/CHECK/);
    const queue = db.prepare(
      "INSERT OR IGNORE INTO outbox (chat_id, story_id, article_id) VALUES (?, ?, ?)",
    );
    expect(queue.run(7, 1, 1).changes).toBe(1);
    expect(queue.run(7, 1, 1).changes).toBe(0);
    expect(db.prepare("SELECT status, attempts FROM outbox").get()).toEqual({
      status: "pending",
      attempts: 0,
    });
  });
});

describe("migration 6", () => {
  it("copies each article's publication day onto its ties and indexes a pair's ties by day", () => {
    const db = new Database(":memory:");
    migrate(db, loadMigrations().slice(0, 5));
    db.prepare(
      "INSERT INTO articles (id, content_hash, title, body, raw, analyzer_version, published_at) VALUES (7, 'h', 't', 'b', 'r', 1, '2025-05-14')",
    ).run();
    db.prepare(
      "INSERT INTO ties (country_a, country_b, article_id, score, cooperation, conflict) VALUES ('MY', 'RU', 7, 5, 1, 0)",
    ).run();
    expect(migrate(db, loadMigrations().slice(0, 6))).toBe(6);
    expect(db.prepare("SELECT published_at AS day FROM ties").get()).toEqual({ day: "2025-05-14" });
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT article_id FROM ties WHERE country_a = 'MY' AND country_b = 'RU' AND published_at BETWEEN '2025-05-11' AND '2025-05-17'",
      )
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join(" ");
    expect(plan).toContain("ties_pair_published");
  });
});

describe("migration 7", () => {
  it("summarises the ties a store has by pair and story, and keeps the summary in step", () => {
    const db = new Database(":memory:");
    migrate(db, loadMigrations().slice(0, 6));
    const article = db.prepare(
      "INSERT INTO articles (id, story_id, content_hash, title, body, raw, analyzer_version, published_at) VALUES (?, ?, ?, 't', 'b', 'r', 1, ?)",
    );
    const tie = db.prepare(
      "INSERT INTO ties (country_a, country_b, article_id, score, cooperation, conflict) VALUES (?, ?, ?, 1, ?, ?)",
    );
    article.run(1, 1, "h1", "2024-05-01");
    article.run(2, 1, "h2", "2024-05-02"); // the same story, told by another outlet
    article.run(3, 3, "h3", "2025-06-10");
    article.run(4, 4, "h4", null);
    tie.run("ID", "MY", 1, 2, 0);
    tie.run("ID", "MY", 2, 1, 1);
    tie.run("ID", "SG", 3, 0, 2);
    tie.run("ID", "SG", 4, 1, 0);
    tie.run("CN", "ID", 3, 1, 1);
    expect(migrate(db, loadMigrations().slice(0, 7))).toBe(7);
    const summary = db.prepare("SELECT * FROM pair_summary ORDER BY country_a, country_b").raw();
    expect(summary.all()).toEqual([
      ["CN", "ID", 1, 1, 1, 1, "2025-06-10"],
      ["ID", "MY", 2, 1, 3, 1, "2024-05-02"],
      ["ID", "SG", 2, 2, 1, 2, "2025-06-10"],
    ]);
    expectSameAsAggregate(db, ["CN", "ID", "MY", "SG"]);
    tie.run("MY", "SG", 4, 1, 0);
    db.prepare("UPDATE articles SET story_id = 1 WHERE id = 3").run();
    db.prepare("DELETE FROM ties WHERE article_id = 1").run();
    expectSameAsAggregate(db, ["CN", "ID", "MY", "SG"]);
  });
});
