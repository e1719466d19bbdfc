import type { Bot, Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { type ApiHandler, type HttpServer, listen } from "./bot-api-http.js";
import {
  type InlineAnswer,
  inlineAnswer,
  inlineMethods,
  inlineQueryUpdate,
} from "./bot-api-inline.js";
import { methods } from "./bot-api-methods.js";
import { type ApiCall, EmulatorState, type SentMessage } from "./bot-api-state.js";
import {
  buttonPress,
  type ChatKind,
  chatIdOf,
  DEFAULT_USER_ID,
  type SayOptions,
  userMessage,
} from "./bot-api-user.js";
import { BotApiError } from "./telegram-rules.js";

/**
 * A Telegram Bot API emulator on 127.0.0.1 for end-to-end tests: the real grammY bot long-polls it
 * (`client: { apiRoot: emulator.apiRoot }`), the test plays the user. It refuses what Telegram
 * refuses (see telegram-rules.ts), so a reply that passes here is one Telegram would accept.
 * Stop the bot before the emulator: grammY's bot.stop() makes one last getUpdates call.
 *
 *   const emulator = await startEmulator();
 *   const bot = createBot(emulator.token, { botInfo: emulator.botInfo, client: { apiRoot: emulator.apiRoot } });
 *   const polling = await startPolling(bot);
 *   await emulator.userSays("/relations Malaysia Rusia", { chat: "group", languageCode: "id" });
 *   const [reply] = await emulator.waitForReplies({ chat: "group" });
 *   await polling.stop(); await emulator.stop();
 */
export type { ApiCall, ChatKind, InlineAnswer, SayOptions, SentMessage };
export { DEFAULT_USER_ID };

export interface EmulatorOptions {
  /** Must look like a real token ("<bot id>:<secret>"); the bot id is taken from it. */
  botToken?: string;
  botUsername?: string;
  /** BotFather's group privacy mode, on by default as for a new bot: in groups the bot then only
   * gets commands (/cmd or /cmd@this_bot) and replies to its own messages. */
  privacyMode?: boolean;
}

export interface WaitOptions {
  chat?: ChatKind;
  /** For a private chat: whose. Default: the default user. */
  userId?: number;
  /** At least this many messages (sent or edited). 0 returns at once what has been sent. */
  count?: number;
  timeoutMs?: number;
  /** Count replies after this update id; default: after the user's last message in that chat. */
  sinceUpdate?: number;
}

export interface Emulator {
  apiRoot: string;
  token: string;
  botInfo: UserFromGetMe;
  /** A user says something; returns the update id, or 0 when Telegram would not deliver it. */
  userSays(text: string, opts?: SayOptions): Promise<number>;
  /** A user presses the inline button with this callback_data on the bot's latest such message. */
  userClicks(data: string, opts?: Omit<SayOptions, "replyTo">): Promise<number>;
  waitForReplies(opts?: WaitOptions): Promise<SentMessage[]>;
  /** A user types "@bot query" in some chat; resolves with the bot's checked answer. */
  userInlineQuery(
    query: string,
    opts?: { userId?: number; languageCode?: string },
  ): Promise<InlineAnswer>;
  /** Every Bot API call the bot made, in order, optionally only those of one method. */
  calls(method?: string): ApiCall[];
  stop(): Promise<void>;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const token = opts.botToken ?? "7000000001:AAFakeTokenForTheLocalBotApiEmulator0";
  const botId = /^(\d+):[\w-]{30,}$/.exec(token)?.[1];
  if (!botId) throw new Error(`startEmulator: "${token}" does not look like a bot token`);
  const botInfo: UserFromGetMe = {
    id: Number(botId),
    is_bot: true,
    first_name: "Hubungan Test",
    username: opts.botUsername ?? "hubungan_test_bot",
    can_join_groups: true,
    can_read_all_group_messages: opts.privacyMode === false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
  const state = new EmulatorState(botInfo);
  const http = await listen(dispatch(state, token));
  return new BotApiEmulator(state, http, token);
}

/** Checks the token (401 like Telegram), finds the method (404), records every call. */
function dispatch(state: EmulatorState, token: string): ApiHandler {
  return async (given, method, params, signal) => {
    const call: ApiCall = { method, params };
    state.calls.push(call);
    try {
      if (given !== token) throw new BotApiError(401, "Unauthorized");
      const run = methods[method.toLowerCase()] ?? inlineMethods[method.toLowerCase()];
      if (!run) throw new BotApiError(404, "Not Found");
      return await run(state, params, signal);
    } catch (error) {
      call.error = error instanceof BotApiError ? error.description : String(error);
      if (error instanceof BotApiError && error.code === 404) call.error += " (not emulated)";
      state.notify();
      throw error;
    }
  };
}

class BotApiEmulator implements Emulator {
  readonly apiRoot: string;
  readonly botInfo: UserFromGetMe;
  /** Per chat, the seq at the user's last message: waitForReplies counts replies after it. */
  private readonly lastSaid = new Map<number, number>();
  /** Chats whose last user message Telegram would not have delivered, to say so on timeout. */
  private readonly undelivered = new Set<number>();

  constructor(
    private readonly state: EmulatorState,
    private readonly http: HttpServer,
    readonly token: string,
  ) {
    this.apiRoot = http.apiRoot;
    this.botInfo = state.botInfo;
  }

  async userSays(text: string, opts: SayOptions = {}): Promise<number> {
    const { record, message, delivered } = userMessage(this.state, text, opts);
    this.lastSaid.set(record.chat.id, this.state.seq);
    if (!delivered) {
      this.undelivered.add(record.chat.id);
      return 0;
    }
    this.undelivered.delete(record.chat.id);
    return this.state.enqueue({ message });
  }

  async userClicks(data: string, opts: Omit<SayOptions, "replyTo"> = {}): Promise<number> {
    const { record, query } = buttonPress(this.state, data, opts);
    this.lastSaid.set(record.chat.id, this.state.seq);
    return this.state.enqueue({ callback_query: query });
  }

  async userInlineQuery(query: string, opts: { userId?: number; languageCode?: string } = {}) {
    const inline = inlineQueryUpdate(this.state, query, opts);
    this.state.enqueue({ inline_query: inline });
    return new Promise<InlineAnswer>((resolve, reject) => {
      const check = () => {
        const answer = inlineAnswer(this.state, inline.id);
        if (!answer) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(answer);
      };
      const timer = setTimeout(() => {
        unsubscribe();
        const refused = this.state.calls
          .filter((c) => c.error)
          .map((c) => `${c.method}: ${c.error}`);
        reject(
          new Error(
            `no answer to inline query "${query}" within 3000 ms; refused: ${refused.join("; ") || "none"}`,
          ),
        );
      }, 3000);
      const unsubscribe = this.state.onChange(check);
      check();
    });
  }

  waitForReplies(opts: WaitOptions = {}): Promise<SentMessage[]> {
    const chatId = chatIdOf(opts.chat ?? "private", opts.userId ?? DEFAULT_USER_ID);
    const since =
      opts.sinceUpdate === undefined
        ? (this.lastSaid.get(chatId) ?? 0)
        : this.state.seqBefore(opts.sinceUpdate);
    const { count = 1, timeoutMs = 3000 } = opts;
    const replies = () =>
      this.state.sent
        .filter((m) => m.chatId === chatId && m.seq > since)
        .map(({ seq: _seq, ...m }) => m);
    return new Promise((resolve, reject) => {
      const check = () => {
        if (replies().length < count) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(replies());
      };
      const timer = setTimeout(() => {
        unsubscribe();
        const why = `expected ${count} message(s) to chat ${chatId} within ${timeoutMs} ms`;
        reject(new Error(this.state.report(why, replies(), this.undelivered.has(chatId))));
      }, timeoutMs);
      const unsubscribe = this.state.onChange(check);
      check();
    });
  }

  calls(method?: string): ApiCall[] {
    const all = this.state.calls.map((c) => ({ ...c }));
    return method ? all.filter((c) => c.method.toLowerCase() === method.toLowerCase()) : all;
  }

  async stop(): Promise<void> {
    this.state.stop();
    await this.http.close();
  }
}

/**
 * bot.start() with short polls, resolved once the bot is polling: grammY rejects bot.start() when
 * the bot is stopped while still starting, so a quick test must not stop it before that.
 */
export async function startPolling<C extends Context>(
  bot: Bot<C>,
): Promise<{ stop(): Promise<void> }> {
  let polling = () => {};
  const started = new Promise<void>((resolve) => {
    polling = resolve;
  });
  const loop = bot.start({ timeout: 1, onStart: () => polling() });
  await Promise.race([started, loop]);
  return {
    async stop() {
      await bot.stop();
      await loop;
    },
  };
}
