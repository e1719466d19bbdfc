import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { botIdentity } from "../bot/bot-info.js";
import type { AppContext } from "../bot/context.js";
import { privateMessageUpdate } from "../bot/simulated-update.js";
import { createLogger } from "../logger.js";
import { type App, buildBot } from "../main.js";

/**
 * The real bot with the Bot API replaced by a recorder, timed from the update going in to the
 * reply coming out: what a user waits for, less the network.
 */
export class Probe {
  private readonly bot: Bot<AppContext>;
  private replied = 0;
  private nextUpdate = 1;

  constructor(app: App) {
    this.bot = buildBot(
      app,
      {
        token: "0:bench",
        botInfo: botIdentity({ id: 1, first_name: "Hubungan", username: "HubunganBot" }),
      },
      createLogger("silent"),
    );
    this.bot.api.config.use(async (_previous, method) => {
      if (method.startsWith("send") || method === "answerInlineQuery") this.replied++;
      return {
        ok: true,
        result: { message_id: this.replied, date: 0, chat: { id: 1, type: "private" } },
      } as never;
    });
  }

  /** Milliseconds from the update to the reply; throws when the bot did not reply. */
  async time(update: Omit<Update, "update_id">): Promise<number> {
    const before = this.replied;
    const start = performance.now();
    await this.bot.handleUpdate({ update_id: this.nextUpdate++, ...update } as Update);
    const elapsed = performance.now() - start;
    if (this.replied === before) throw new Error(`bench: no reply to ${JSON.stringify(update)}`);
    return elapsed;
  }

  message(text: string): Promise<number> {
    const { update_id: _, ...update } = privateMessageUpdate(text, this.nextUpdate, "Bench");
    return this.time(update);
  }

  inline(query: string): Promise<number> {
    return this.time({
      inline_query: {
        id: String(this.nextUpdate),
        from: { id: 1, is_bot: false, first_name: "Bench", language_code: "id" },
        query,
        offset: "",
      },
    });
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
