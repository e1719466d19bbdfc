import type { UserFromGetMe } from "grammy/types";
import {
  blockBot,
  chatOf,
  migrateGroup,
  removeBot,
  setAdmins,
  unblockOnRestart,
} from "./bot-api-chats.js";
import type { Emulator, InlineAnswer, WaitOptions } from "./bot-api-emulator.js";
import type { HttpServer } from "./bot-api-http.js";
import { inlineAnswer, inlineQueryUpdate } from "./bot-api-inline.js";
import type { ApiCall, EmulatorState, SentMessage } from "./bot-api-state.js";
import {
  buttonPress,
  type ChatKind,
  chatIdOf,
  DEFAULT_USER_ID,
  ensureChat,
  type SayOptions,
  userMessage,
} from "./bot-api-user.js";

/** The test's side of the emulator: it plays the users and reads back what the bot did. */
export class BotApiEmulator implements Emulator {
  readonly apiRoot: string;
  readonly botInfo: UserFromGetMe;
  /** Per chat, the seq at the user's last message: waitForReplies counts replies after it. */
  private readonly lastSaid = new Map<number, number>();
  /** Chats whose last user message Telegram would not have delivered, and why, for a timeout. */
  private readonly undelivered = new Map<number, string>();

  constructor(
    private readonly state: EmulatorState,
    private readonly http: HttpServer,
    readonly token: string,
  ) {
    this.apiRoot = http.apiRoot;
    this.botInfo = state.botInfo;
  }

  async userSays(text: string, opts: SayOptions = {}): Promise<number> {
    const kind = opts.chat ?? "private";
    if (kind === "private") unblockOnRestart(this.state, ensureChat(this.state, kind, opts.userId));
    const { record, message, undelivered } = userMessage(this.state, text, opts);
    this.lastSaid.set(record.chat.id, this.state.seq);
    if (undelivered) {
      this.undelivered.set(record.chat.id, undelivered);
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

  async userInlineQuery(
    query: string,
    opts: { userId?: number; languageCode?: string } = {},
  ): Promise<InlineAnswer> {
    const inline = inlineQueryUpdate(this.state, query, opts);
    this.state.enqueue({ inline_query: inline });
    return this.state.waitFor(
      () => inlineAnswer(this.state, inline.id) ?? undefined,
      3000,
      () => {
        const refused = this.state.calls
          .filter((c) => c.error)
          .map((c) => `${c.method}: ${c.error}`);
        return new Error(
          `no answer to inline query "${query}" within 3000 ms; refused: ${refused.join("; ") || "none"}`,
        );
      },
    );
  }

  waitForReplies(opts: WaitOptions = {}): Promise<SentMessage[]> {
    const chatId = opts.chatId ?? this.chatIdOf(opts.chat ?? "private", opts.userId);
    const since =
      opts.sinceUpdate === undefined
        ? (this.lastSaid.get(chatId) ?? 0)
        : this.state.seqBefore(opts.sinceUpdate);
    const { count = 1, timeoutMs = 3000 } = opts;
    const replies = () =>
      this.state.sent
        .filter((m) => m.chatId === chatId && m.seq > since)
        .map(({ seq: _seq, ...m }) => m);
    return this.state.waitFor(
      () => (replies().length >= count ? replies() : undefined),
      timeoutMs,
      () => {
        const why = `expected ${count} message(s) to chat ${chatId} within ${timeoutMs} ms`;
        return new Error(this.state.report(why, replies(), this.undelivered.get(chatId)));
      },
    );
  }

  calls(method?: string): ApiCall[] {
    const all = this.state.calls.map((c) => ({ ...c }));
    return method ? all.filter((c) => c.method.toLowerCase() === method.toLowerCase()) : all;
  }

  sentMessages(filter: { chatId?: number; method?: string } = {}): SentMessage[] {
    const { chatId, method } = filter;
    return this.state.sent
      .filter((m) => chatId === undefined || m.chatId === chatId)
      .filter((m) => method === undefined || m.method.toLowerCase() === method.toLowerCase())
      .map(({ seq: _seq, ...m }) => m);
  }

  chatIdOf(kind: ChatKind, userId = DEFAULT_USER_ID): number {
    return chatIdOf(this.state, kind, userId);
  }

  setChatAdmins(chat: ChatKind | number, userIds: number[]): void {
    setAdmins(this.state, chatOf(this.state, chat), userIds);
  }

  userBlocksBot(userId = DEFAULT_USER_ID): number {
    return blockBot(this.state, userId);
  }

  botRemovedFromChat(chat: ChatKind | number = "group"): number {
    return removeBot(this.state, chatOf(this.state, chat));
  }

  migrateGroupToSupergroup(_chat: "group" = "group"): number {
    return migrateGroup(this.state);
  }

  failNextSends(n: number, retryAfterSeconds = 1): void {
    this.state.flood.left = n;
    this.state.flood.retryAfter = retryAfterSeconds;
  }

  async stop(): Promise<void> {
    this.state.stop();
    await this.http.close();
  }
}
