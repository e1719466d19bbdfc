import { type Logger, pino } from "pino";
import type { Config } from "./config.js";

export type { Logger };

/** JSON lines to stderr, so that stdout stays clean for the CLI's answers. */
export function createLogger(level: Config["logLevel"]): Logger {
  return pino({ level, base: { app: "hubungan" } }, pino.destination(2));
}
