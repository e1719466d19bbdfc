import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir as makeTempDir } from "./temp.js";

/**
 * The bot and the CLI as separate processes (`tsx src/main.ts`, `tsx src/cli.ts`), with an
 * environment built from scratch: every variable the code reads is set, to "" when it should be
 * unset (readConfig treats "" as unset, and dotenv never overrides a variable that is set), so a
 * developer's own `.env` in the repo cannot change what a test sees.
 */

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SEEDS_DIR = join(REPO_ROOT, "seeds");
const TSX = join(REPO_ROOT, "node_modules", ".bin", "tsx");

export type Env = Record<string, string | undefined>;

/** PATH, HOME and all of the app's variables; an override of `undefined` removes a variable. */
export function cleanEnv(overrides: Env = {}): NodeJS.ProcessEnv {
  const env: Env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    BOT_TOKEN: "",
    BOT_USERNAME: "",
    DATABASE_PATH: join(tempDir(), "hubungan.db"),
    SEEDS_DIR,
    TELEGRAM_API_ROOT: "",
    LOG_LEVEL: "info",
    ADMIN_IDS: "",
    FEEDS: "",
    FEED_INTERVAL: "",
    ALLOW_PRIVATE_FEEDS: "",
    WEBHOOK_URL: "",
    WEBHOOK_SECRET: "",
    PORT: "",
    BACKGROUND_WORKERS: "",
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

export function tempDir(): string {
  return makeTempDir("hubungan-e2e-");
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunResult extends Exit {
  stdout: string;
  stderr: string;
}

const running = new Set<ChildProcess>();

/** Each child leads its own process group, so that tsx's own child node process goes with it. */
function start(script: string, args: string[], env: Env, cwd: string): ChildProcess {
  const child = spawn(TSX, [join(REPO_ROOT, script), ...args], {
    cwd,
    env: cleanEnv(env),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

function exited(child: ChildProcess): Promise<Exit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/** Kills (SIGKILL, whole process group) every child still running: for afterEach/afterAll. */
export function killAll(): void {
  for (const child of running) killGroup(child);
  running.clear();
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

export interface RunOptions {
  /** Default: the repo. */
  cwd?: string;
  /** Default: src/cli.ts. */
  script?: string;
}

/** Runs the CLI (or another script) to completion: `tsx src/cli.ts ...args`. */
export async function run(
  args: string[],
  env: Env = {},
  options: RunOptions = {},
): Promise<RunResult> {
  const { cwd = REPO_ROOT, script = "src/cli.ts" } = options;
  const child = start(script, args, env, cwd);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const [exit] = await Promise.all([
    exited(child),
    new Promise((resolve) => child.stdout?.once("close", resolve)),
    new Promise((resolve) => child.stderr?.once("close", resolve)),
  ]);
  return { ...exit, stdout, stderr };
}

export interface BotProcess {
  readonly pid: number;
  /** Everything it has written to stderr (pino's JSON lines, or the error that stopped it). */
  stderr(): string;
  /** The `msg` of every JSON log line so far. */
  logs(): string[];
  /** Resolves with the log line (parsed) whose msg matches; rejects on timeout or exit. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves when the process has exited, with its code or signal. */
  readonly exit: Promise<Exit>;
  /** Sends the signal and waits for the exit (SIGKILL after timeoutMs, then rejects). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<Exit>;
}

/** Starts the bot process: `tsx src/main.ts`. */
export function spawnBot(env: Env, cwd = REPO_ROOT): BotProcess {
  const child = start("src/main.ts", [], env, cwd);
  let stderr = "";
  let stdout = "";
  const listeners = new Set<() => void>();
  const exit = exited(child);
  const closed = new Promise<Exit>((resolve) =>
    child.stderr?.once("close", () => void exit.then(resolve)),
  );
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const listener of listeners) listener();
  });
  const lines = () =>
    stderr.split("\n").flatMap((line) => {
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        return parsed && typeof parsed === "object" ? [parsed] : [];
      } catch {
        return [];
      }
    });
  const output = () => `stderr:\n${stderr}\nstdout:\n${stdout}`;
  return {
    pid: child.pid ?? 0,
    exit,
    stderr: () => stderr,
    logs: () => lines().map((line) => String(line.msg)),
    waitForLog(pattern, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const done = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        const check = () => {
          const line = lines().find((l) => pattern.test(String(l.msg)));
          if (line) done(() => resolve(line));
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`no log ${pattern} in ${timeoutMs} ms\n${output()}`))),
          timeoutMs,
        );
        listeners.add(check);
        void closed.then((how) => {
          check();
          done(() =>
            reject(new Error(`exited (${how.code ?? how.signal}) before ${pattern}\n${output()}`)),
          );
        });
        check();
      });
    },
    async stop(signal = "SIGTERM", timeoutMs = 5_000) {
      // SIGKILL cannot be relayed by tsx to the node process it runs: kill the whole group.
      if (signal === "SIGKILL") killGroup(child);
      else if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          killGroup(child);
          reject(new Error(`still running ${timeoutMs} ms after ${signal}\n${output()}`));
        }, timeoutMs);
      });
      try {
        return await Promise.race([exit, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
