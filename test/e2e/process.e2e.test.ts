import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countArticles } from "../helpers/bot.js";
import { type BotProcess, type Env, killAll, run, spawnBot, tempDir } from "../helpers/process.js";
import { type Emulator, startEmulator } from "../support/bot-api-emulator.js";

/**
 * The real bot process (`tsx src/main.ts`) long-polling the Bot API emulator on loopback, with an
 * environment built from scratch (see helpers/process.ts): what `npm start` does, end to end.
 */
let emulator: Emulator;
let env: Env;
let databasePath: string;
let bot: BotProcess | undefined;

beforeAll(async () => {
  emulator = await startEmulator();
  // A folder that does not exist yet: the bot must create it.
  databasePath = join(tempDir(), "store", "hubungan.db");
  env = {
    BOT_TOKEN: emulator.token,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    DATABASE_PATH: databasePath,
    LOG_LEVEL: "info",
  };
});

afterAll(async () => {
  killAll();
  await emulator.stop();
});

async function askRelations(): Promise<string> {
  await emulator.userSays("/relations Malaysia Rusia", { languageCode: "id" });
  const [reply] = await emulator.waitForReplies({ count: 1, timeoutMs: 5_000 });
  return reply!.plainText;
}

describe("the bot process over a new store", () => {
  it("seeds the new store, sets the Indonesian and English command menus and says it is running", async () => {
    bot = spawnBot(env);
    const running = await bot.waitForLog(/is running/);
    expect(running.msg).toBe(`bot @${emulator.botInfo.username} is running (long polling)`);
    const seeded = await bot.waitForLog(/ingested the seed articles/);
    expect(seeded.stored).toBe(5);
    expect(existsSync(databasePath)).toBe(true);

    const menus = emulator.calls("setMyCommands");
    expect(menus).toHaveLength(2);
    expect(menus.every((call) => call.error === undefined)).toBe(true);
    expect(menus.map((call) => call.params.language_code)).toEqual([undefined, "en"]);
    expect(JSON.stringify(menus[0]!.params.commands)).toContain('"hubungan"');
    expect(JSON.stringify(menus[1]!.params.commands)).toContain('"relations"');
  });

  it("answers /relations Malaysia Rusia from a user with the fact sheet", async () => {
    const reply = await askRelations();
    expect(reply).toContain("Anwar Ibrahim");
    expect(reply).toContain("Vladimir Putin");
    expect(reply).toMatch(/\[1\] Pantau, 14 Mei 2025/);
  });

  it("exits with code 0 within a few seconds of SIGTERM, after saying it stopped", async () => {
    const started = Date.now();
    const exit = await bot!.stop("SIGTERM", 5_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(bot!.logs()).toContain("stopped");
    expect(bot!.stderr()).not.toMatch(/could not start|Error/);
  });

  it("started again on the same store, does not ingest the seeds twice and still answers", async () => {
    bot = spawnBot(env);
    const ready = await bot.waitForLog(/store ready/);
    expect(ready.articles).toBe(5);
    await bot.waitForLog(/is running/);
    expect(bot.logs().some((msg) => /ingested the seed/.test(msg))).toBe(false);
    expect(await askRelations()).toContain("Anwar Ibrahim");
    expect((await bot.stop("SIGTERM")).code).toBe(0);
    expect(countArticles(databasePath)).toBe(5);
  });
});

describe("the bot process refuses to start with a bad configuration", () => {
  /** Runs src/main.ts to its end. TELEGRAM_API_ROOT stays on loopback in case it got that far. */
  const start = (overrides: Env, cwd?: string) =>
    run(
      [],
      { ...env, DATABASE_PATH: join(tempDir(), "hubungan.db"), ...overrides },
      {
        script: "src/main.ts",
        ...(cwd ? { cwd } : {}),
      },
    );

  it("without BOT_TOKEN (and no .env) exits 1 telling how to get a token from @BotFather into .env", async () => {
    const databaseDir = tempDir();
    const result = await start(
      { BOT_TOKEN: undefined, DATABASE_PATH: join(databaseDir, "hubungan.db") },
      tempDir(),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("BOT_TOKEN is not set");
    expect(result.stderr).toContain("@BotFather");
    expect(result.stderr).toContain(".env");
    expect(result.stdout).toBe("");
    expect(existsSync(join(databaseDir, "hubungan.db"))).toBe(false);
  });

  it("with a BOT_TOKEN that is not a token exits 1 naming BOT_TOKEN", async () => {
    const result = await start({ BOT_TOKEN: "abc" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/BOT_TOKEN: does not look like a token/);
    expect(result.stderr).not.toContain("abc");
  });

  it("with a TELEGRAM_API_ROOT that is not a URL exits 1 naming TELEGRAM_API_ROOT", async () => {
    const result = await start({ TELEGRAM_API_ROOT: "not a url" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("TELEGRAM_API_ROOT");
    expect(result.stderr).not.toContain("BOT_TOKEN");
  });
});
