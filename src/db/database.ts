import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

export type Db = Database.Database;

const MIGRATIONS_DIR = fileURLToPath(new URL("../../migrations/", import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** `migrations/NNN_name.sql`, in order of NNN; a gap or a repeated number is a mistake. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
    .map((file) => ({
      version: Number.parseInt(file, 10),
      name: file,
      sql: readFileSync(join(dir, file), "utf8"),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `hubungan: migrations must be numbered 1, 2, 3… without gaps; found ${migration.name}`,
      );
    }
  });
  return migrations;
}

export class DatabaseTooNewError extends Error {
  override name = "DatabaseTooNewError";
}

/**
 * Applies the pending migrations in one transaction, so a failure leaves the store as it was.
 * PRAGMA user_version records how far the store is migrated; a store from a newer version of the
 * code is refused rather than misread.
 */
export function migrate(db: Db, migrations: Migration[] = loadMigrations()): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new DatabaseTooNewError(
      `hubungan: the database is at schema version ${current}, but this code knows only up to ${latest}. ` +
        "Update the code (git pull) or point DATABASE_PATH at another file.",
    );
  }
  const pending = migrations.filter((migration) => migration.version > current);
  if (!pending.length) return current;
  db.transaction(() => {
    for (const migration of pending) db.exec(migration.sql);
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}

/** Opens (creating its folder) and migrates the store. ":memory:" gives a private in-memory store. */
export function openDatabase(path: string, migrations?: Migration[]): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  cacheStatements(db);
  try {
    db.pragma("journal_mode = WAL");
    // Safe with WAL: a crash of the process loses nothing committed; a power cut may lose the
    // last commits whole (an article with its alerts, or neither), never corrupt the store.
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Prepares each SQL text once: the stores write `db.prepare(sql)` where they use it, which keeps
 * the SQL beside its use, and preparing anew each time was a tenth of the ingest time. A statement
 * still iterating (busy) is not shared; a fresh one is prepared for the second user.
 */
function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const statements = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = statements.get(sql);
    if (cached && !cached.busy) return cached;
    const statement = prepare(sql);
    if (!cached) statements.set(sql, statement);
    return statement;
  }) as Db["prepare"];
}
