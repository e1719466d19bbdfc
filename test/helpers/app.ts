import { join } from "node:path";
import { createLogger } from "../../src/logger.js";
import { type App, type AppConfig, openApp } from "../../src/main.js";
import { SEEDS_DIR } from "./process.js";
import { tempDir } from "./temp.js";

export { SEEDS_DIR };

export function tempDatabasePath(): string {
  return join(tempDir(), "hubungan.db");
}

/** The app as the bot process opens it, over a fresh store seeded from seeds/. */
export function openTestApp(
  databasePath = tempDatabasePath(),
  config: Partial<AppConfig> = {},
): App {
  return openApp({ databasePath, seedsDir: SEEDS_DIR, ...config }, createLogger("silent"));
}
