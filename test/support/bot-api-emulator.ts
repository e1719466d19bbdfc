import type { Bot, Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { botIdentity } from "../../src/bot/bot-info.js";
import { chatMethods, refuse } from "./bot-api-chats.js";
import { BotApiEmulator } from "./bot-api-driver.js";
import { type ApiHandler, listen } from "./bot-api-http.js";
import { type InlineAnswer, inlineMethods } from "./bot-api-inline.js";
import { methods } from "./bot-api-methods.js";
import { type ApiCall, EmulatorState, type SentMessage } from "./bot-api-state.js";
import { type ChatKind, DEFAULT_USER_ID, type SayOptions } from "./bot-api-user.js";
import { BotApiError } from "./telegram-rules.js";

/**
 * A Telegram Bot API emulator on 127.0.0.1 for end-to-end tests: the real grammY bot long-polls it
 * (`client: { apiRoot: emulator.apiRoot }`), the test plays the user. It refuses what Telegram
 * refuses (see telegram-rules.ts), so a reply that passes here is one Telegram would accept.
 * Besides users talking, a test can play what happens to chats (bot-api-chats.ts): admins, a user
 * blocking the bot, the bot removed from a group, a group upgraded to a supergroup, flood control.
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
  /** A chat by id instead (e.g. an upgraded group's old or new id); wins over chat and userId. */
  chatId?: number;
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
  /** Every message the bot sent or edited, in order (with sentAt), optionally of one chat / method. */
  sentMessages(filter?: { chatId?: number; method?: string }): SentMessage[];
  /** A chat's id: a private chat's is its user's (default: the default user); "group" is its
   * supergroup's once upgraded. */
  chatIdOf(kind: ChatKind, userId?: number): number;
  /** Who runs a group: userIds[0] is the creator, the rest administrators (the bot may be one).
   * Default for a new group or supergroup: the default user is the creator, nobody else an admin. */
  setChatAdmins(chat: ChatKind | number, userIds: number[]): void;
  /** The user blocks the bot: sends, edits and chat actions to their private chat then get 403
   * "Forbidden: bot was blocked by the user", until the user says something again ("Restart").
   * The bot gets a my_chat_member update (status "kicked"); returns its id, 0 if already blocked. */
  userBlocksBot(userId?: number): number;
  /** The bot is removed from a group: every call about it then gets 403 "Forbidden: bot was kicked
   * from the group chat" (or "supergroup chat"), and it hears nothing there. Returns the id of its
   * my_chat_member update, 0 if already removed. */
  botRemovedFromChat(chat?: ChatKind | number): number;
  /** Upgrades the basic group to a supergroup and returns its -100… id. Calls about the old id then
   * get 400 "Bad Request: group chat was upgraded to a supergroup chat" with
   * parameters.migrate_to_chat_id; chat "group" (userSays, waitForReplies…) means the new one. */
  migrateGroupToSupergroup(chat?: "group"): number;
  /** Flood control: the next n sends or edits get 429 "Too Many Requests: retry after X" with
   * parameters.retry_after X (sendChatAction is not counted). */
  failNextSends(n: number, retryAfterSeconds?: number): void;
  stop(): Promise<void>;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const token = opts.botToken ?? "7000000001:AAFakeTokenForTheLocalBotApiEmulator0";
  const botId = /^(\d+):[\w-]{30,}$/.exec(token)?.[1];
  if (!botId) throw new Error(`startEmulator: "${token}" does not look like a bot token`);
  const botInfo = botIdentity({
    id: Number(botId),
    first_name: "Hubungan Test",
    username: opts.botUsername ?? "hubungan_test_bot",
    can_read_all_group_messages: opts.privacyMode === false,
  });
  const state = new EmulatorState(botInfo);
  const http = await listen(dispatch(state, token));
  return new BotApiEmulator(state, http, token);
}

/** Checks the token (401 like Telegram), finds the method (404), refuses what Telegram would for
 * that chat now (429 / 400 / 403, see bot-api-chats.ts), records every call. */
function dispatch(state: EmulatorState, token: string): ApiHandler {
  return async (given, method, params, signal) => {
    const call: ApiCall = { method, params, at: Date.now() };
    state.calls.push(call);
    try {
      if (given !== token) throw new BotApiError(401, "Unauthorized");
      const name = method.toLowerCase();
      const run = methods[name] ?? chatMethods[name] ?? inlineMethods[name];
      if (!run) throw new BotApiError(404, "Not Found");
      refuse(state, method, params);
      return await run(state, params, signal);
    } catch (error) {
      call.error = error instanceof BotApiError ? error.description : String(error);
      if (error instanceof BotApiError && error.code === 404) call.error += " (not emulated)";
      state.notify();
      throw error;
    }
  };
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
