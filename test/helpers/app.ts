import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "../../src/logger.js";
import { type App, openApp } from "../../src/main.js";
import { SEEDS_DIR } from "./process.js";

export { SEEDS_DIR };

export function tempDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), "hubungan-test-")), "hubungan.db");
}

/** The app as the bot process opens it, over a fresh store seeded from seeds/. */
export function openTestApp(databasePath = tempDatabasePath()): App {
  return openApp({ databasePath, seedsDir: SEEDS_DIR }, createLogger("silent"));
}
