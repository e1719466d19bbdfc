import type { BotCommand, Chat, Message, Update, User, UserFromGetMe } from "grammy/types";
import { BotApiError, badRequest } from "./telegram-rules.js";

/** What the emulated Telegram remembers: chats, their messages, the update queue, the bot's calls. */

/** A message the bot sent or edited, as a test wants to read it back. */
export interface SentMessage {
  chatId: number;
  /** The text (or caption) exactly as the bot sent it, markup included. */
  text: string;
  /** What the user sees: HTML parsed away, trimmed. */
  plainText: string;
  parseMode?: string;
  replyMarkup?: unknown;
  replyToMessageId?: number;
  messageId: number;
  /** sendMessage, editMessageText or sendPhoto. */
  method: string;
  /** When the emulator accepted it (Date.now() ms), to check a bot's pacing. */
  sentAt: number;
}

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** The Bot API's refusal, e.g. "Bad Request: message is too long"; absent on success. */
  error?: string;
  /** When the call arrived (Date.now() ms). */
  at: number;
}

export interface ChatRecord {
  chat: Chat;
  messages: Map<number, Message>;
  /** Users who spoke (or pressed a button) in the chat. */
  members: Map<number, User>;
  /** Groups: the creator's id first, then the administrators' (see setChatAdmins). */
  admins: number[];
  nextMessageId: number;
  /** A private chat whose user blocked the bot. */
  blocked?: boolean;
  /** A group the bot was removed from. */
  botRemoved?: boolean;
  /** A basic group upgraded to the supergroup with this id. */
  migratedTo?: number;
}

/** A long poll is answered after at most this long (Telegram: the bot's timeout, up to 50 s), so a
 * bot that is never stopped still gets an answer soon and nothing hangs on a forgotten poll. */
const MAX_POLL_MS = 1000;

export class EmulatorState {
  readonly chats = new Map<number, ChatRecord>();
  readonly users = new Map<number, User>();
  readonly calls: ApiCall[] = [];
  readonly sent: (SentMessage & { seq: number })[] = [];
  readonly commands = new Map<string, BotCommand[]>();
  readonly callbackQueries = new Map<string, { answered: boolean }>();
  webhookUrl = "";
  /** The ids behind ChatKind "group" and "supergroup": basic groups have small negative ids,
   * supergroups -100…, as in Telegram. "group" moves to its supergroup when it is upgraded. */
  readonly groupIds = { group: -4001, supergroup: -1001234567890 };
  /** failNextSends: how many more send calls get 429, and the retry_after they are told. */
  readonly flood = { left: 0, retryAfter: 1 };
  /** Orders updates and replies, so "replies since that update" is well defined. */
  seq = 0;
  private queue: Update[] = [];
  private readonly updateSeq = new Map<number, number>();
  private nextUpdateId = 1;
  private poll: { wake(): void; fail(error: Error): void } | undefined;
  private readonly listeners = new Set<() => void>();
  stopped = false;

  constructor(readonly botInfo: UserFromGetMe) {}

  get botUser(): User {
    const { id, is_bot, first_name, username } = this.botInfo;
    return { id, is_bot, first_name, username };
  }

  chat(chatId: unknown): ChatRecord {
    const record = this.chats.get(Number(chatId));
    if (!record) throw badRequest("chat not found");
    return record;
  }

  message(record: ChatRecord, messageId: unknown, notFound: string): Message {
    const message = record.messages.get(Number(messageId));
    if (!message) throw badRequest(notFound);
    return message;
  }

  store(record: ChatRecord, fields: Omit<Message, "message_id" | "date" | "chat">): Message {
    const message = {
      ...fields,
      message_id: record.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: record.chat,
    } as Message;
    record.messages.set(message.message_id, message);
    return message;
  }

  /** Queues an update for getUpdates; returns its update_id. */
  enqueue(fields: Omit<Update, "update_id">): number {
    const update = { ...fields, update_id: this.nextUpdateId++ } as Update;
    this.updateSeq.set(update.update_id, this.seq);
    this.queue.push(update);
    this.seq++;
    this.poll?.wake();
    return update.update_id;
  }

  /** The seq just before that update, so replies to it are those with a greater seq. */
  seqBefore(updateId: number): number {
    return this.updateSeq.get(updateId) ?? 0;
  }

  recordSent(message: Omit<SentMessage, "sentAt">): void {
    this.sent.push({ ...message, sentAt: Date.now(), seq: ++this.seq });
    this.notify();
  }

  /** A user as the Bot API shows one in ChatMember (no language_code), made up if never seen. */
  publicUser(id: number): User {
    const { language_code: _l, ...user } = this.users.get(id) ?? {
      id,
      is_bot: false,
      first_name: `User ${id}`,
      username: `user${id}`,
    };
    return user;
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with check()'s first defined value, checked now and on every change; after
   * timeoutMs rejects with timeout()'s error. */
  waitFor<T>(check: () => T | undefined, timeoutMs: number, timeout: () => Error): Promise<T> {
    return new Promise((resolve, reject) => {
      const settle = (done: () => void) => {
        clearTimeout(timer);
        unsubscribe();
        done();
      };
      const test = () => {
        const value = check();
        if (value !== undefined) settle(() => resolve(value));
      };
      const timer = setTimeout(() => settle(() => reject(timeout())), timeoutMs);
      const unsubscribe = this.onChange(test);
      test();
    });
  }

  /** getUpdates as Telegram does it: offset confirms, timeout long-polls, a second poller gets 409. */
  getUpdates(offset: number, limit: number, timeoutSeconds: number, signal: AbortSignal) {
    if (this.webhookUrl) {
      throw new BotApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    if (offset > 0) this.queue = this.queue.filter((u) => u.update_id >= offset);
    this.poll?.fail(
      new BotApiError(
        409,
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      ),
    );
    const batch = () => this.queue.slice(0, Math.min(Math.max(limit || 100, 1), 100));
    if (this.queue.length > 0 || timeoutSeconds <= 0 || this.stopped)
      return Promise.resolve(batch());
    return new Promise<Update[]>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", poll.wake);
        if (this.poll === poll) this.poll = undefined;
      };
      const poll = {
        wake: () => {
          done();
          resolve(batch());
        },
        fail: (error: Error) => {
          done();
          reject(error);
        },
      };
      const timer = setTimeout(poll.wake, Math.min(timeoutSeconds * 1000, MAX_POLL_MS));
      signal.addEventListener("abort", poll.wake);
      this.poll = poll;
    });
  }

  dropPending(): void {
    this.queue = [];
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  /** Why waitForReplies gave up: what the bot did send, and which of its calls Telegram refused. */
  report(why: string, got: SentMessage[], undelivered?: string): string {
    const lines = [`waitForReplies: ${why}, got ${got.length}`];
    for (const m of got) lines.push(`  ${m.method} #${m.messageId}: ${JSON.stringify(m.text)}`);
    if (undelivered)
      lines.push(`  note: the user's last message was not delivered (${undelivered})`);
    const refused = this.calls.filter((c) => c.error && c.method !== "getUpdates");
    if (refused.length > 0) lines.push("Refused Bot API calls:");
    for (const c of refused) {
      lines.push(`  ${c.method} ${JSON.stringify(c.params).slice(0, 200)} → ${c.error}`);
    }
    return lines.join("\n");
  }

  stop(): void {
    this.stopped = true;
    this.poll?.wake();
  }
}
