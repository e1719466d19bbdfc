import dotenv from "dotenv";
import { z } from "zod";

/**
 * Configuration is read once from the environment (after dotenv loaded `.env`) and validated,
 * so that a bad value stops the process at start with a message naming the variable.
 */
const configSchema = z.object({
  BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[\w-]{30,}$/, "does not look like a token from @BotFather (digits:letters)")
    .optional(),
  DATABASE_PATH: z.string().trim().min(1).default("data/hubungan.db"),
  SEEDS_DIR: z.string().trim().min(1).default("seeds"),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  ADMIN_IDS: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "must be Telegram user ids separated by commas")
    .optional(),
  FEEDS: z.string().optional(),
  FEED_INTERVAL: z.coerce.number().int().min(30, "must be at least 30 seconds").default(600),
  ALLOW_PRIVATE_FEEDS: z.enum(["true", "false"]).default("false"),
  WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16 to 256 letters, digits, _ or - (Telegram's rule)")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  BACKGROUND_WORKERS: z.enum(["on", "off"]).default("on"),
});

export interface Config {
  botToken: string | undefined;
  databasePath: string;
  seedsDir: string;
  telegramApiRoot: string | undefined;
  logLevel: z.infer<typeof configSchema>["LOG_LEVEL"];
  /** Who may manage feeds with /feeds. */
  adminIds: number[];
  /** Feeds from the environment, polled besides those admins add. */
  feeds: string[];
  /** Seconds between two polls of one feed. */
  feedIntervalSeconds: number;
  /** Lets feeds on private and loopback addresses through: for tests and local feeds only. */
  allowPrivateFeeds: boolean;
  /** Webhook mode: the public URL Telegram posts updates to, and the secret it sends along. */
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  /** The port the webhook server listens on. */
  port: number;
  /** Whether this process may poll feeds and send alerts (off: it only answers updates). */
  backgroundWorkers: boolean;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Empty strings count as unset: `.env.example` ships `BOT_TOKEN=` and that must mean "no token". */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
  );
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(
      `hubungan: invalid configuration in .env or the environment:\n${problems.join("\n")}`,
    );
  }
  const values = parsed.data;
  // Without the secret anyone who learns the URL could post updates as Telegram.
  if (values.WEBHOOK_URL && !values.WEBHOOK_SECRET)
    throw new ConfigError(
      "hubungan: invalid configuration in .env or the environment:\n  WEBHOOK_SECRET: required with WEBHOOK_URL (Telegram sends it back with every update)",
    );
  return {
    botToken: values.BOT_TOKEN,
    databasePath: values.DATABASE_PATH,
    seedsDir: values.SEEDS_DIR,
    telegramApiRoot: values.TELEGRAM_API_ROOT,
    logLevel: values.LOG_LEVEL,
    adminIds: (values.ADMIN_IDS ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean)
      .map(Number),
    feeds: (values.FEEDS ?? "")
      .split(/[\s,]+/)
      .map((url) => url.trim())
      .filter(Boolean),
    feedIntervalSeconds: values.FEED_INTERVAL,
    allowPrivateFeeds: values.ALLOW_PRIVATE_FEEDS === "true",
    webhookUrl: values.WEBHOOK_URL,
    webhookSecret: values.WEBHOOK_SECRET,
    port: values.PORT,
    backgroundWorkers: values.BACKGROUND_WORKERS === "on",
  };
}

export const missingTokenMessage = [
  "hubungan: BOT_TOKEN is not set, so the bot cannot connect to Telegram.",
  "  1. In Telegram, talk to @BotFather, send /newbot and copy the token it gives you.",
  "  2. Copy .env.example to .env (cp .env.example .env) and put the token after BOT_TOKEN=.",
  "  3. Run npm start again.",
  'To try the bot offline without a token: npm run cli -- ask "/relations Malaysia Rusia"',
].join("\n");

/** Reads `.env` into the environment, if there is one; what the environment already has wins. */
export function loadDotEnv(): void {
  dotenv.config({ quiet: true });
}
