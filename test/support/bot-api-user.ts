import type { CallbackQuery, Chat, Message, Update, User } from "grammy/types";
import type { ChatRecord, EmulatorState } from "./bot-api-state.js";
import { commandTarget, userEntities } from "./telegram-rules.js";

/** The user's side of the emulated Telegram: who talks, in which chat, and what reaches the bot. */

export type ChatKind = "private" | "group" | "supergroup";

export interface SayOptions {
  chat?: ChatKind;
  /** Who speaks, in a private chat or a group (distinct users: from.id, "User <id>", "user<id>"). */
  userId?: number;
  /** The user's Telegram app language, sent as from.language_code. Default "en". */
  languageCode?: string;
  /** message_id of the message this one replies to (in the same chat). */
  replyTo?: number;
}

export const DEFAULT_USER_ID = 1001;

/** The id of a chat of that kind now: a private chat's is its user's; "group" is the supergroup's
 * once it was upgraded (migrateGroupToSupergroup). */
export const chatIdOf = (state: EmulatorState, kind: ChatKind, userId = DEFAULT_USER_ID): number =>
  kind === "private" ? userId : state.groupIds[kind];

/**
 * The chat, created on first use. In a new group or supergroup the default user is the creator
 * and nobody else is an administrator (setChatAdmins changes that); the bot is a plain member.
 */
export function ensureChat(state: EmulatorState, kind: ChatKind, userId = DEFAULT_USER_ID) {
  const id = chatIdOf(state, kind, userId);
  let record = state.chats.get(id);
  if (!record) {
    const chat: Chat =
      kind === "private"
        ? { id, type: "private", first_name: `User ${userId}`, username: `user${userId}` }
        : kind === "group"
          ? { id, type: "group", title: "Test group" }
          : { id, type: "supergroup", title: "Test supergroup" };
    const admins = kind === "private" ? [] : [DEFAULT_USER_ID];
    record = { chat, messages: new Map(), members: new Map(), admins, nextMessageId: 1 };
    state.chats.set(id, record);
  }
  return record;
}

/** The user (language as the app sends it now) and the chat, created on first use. */
export function userInChat(
  state: EmulatorState,
  kind: ChatKind,
  userId = DEFAULT_USER_ID,
  languageCode = "en",
): { from: User; record: ChatRecord } {
  const from: User = {
    id: userId,
    is_bot: false,
    first_name: `User ${userId}`,
    username: `user${userId}`,
    language_code: languageCode,
  };
  state.users.set(userId, from);
  const record = ensureChat(state, kind, userId);
  record.members.set(userId, from);
  return { from, record };
}

/**
 * Why the bot does not get a user's message, or undefined when it does. Group privacy mode
 * (https://core.telegram.org/bots/features#privacy-mode): in groups the bot only gets commands
 * not addressed to another bot and replies to its own messages; and none once removed.
 */
export function undeliveredBecause(
  state: EmulatorState,
  record: ChatRecord,
  text: string,
  replyTo?: Message,
): string | undefined {
  const { botInfo } = state;
  if (record.botRemoved) return "the bot was removed from this chat";
  if (record.chat.type === "private" || botInfo.can_read_all_group_messages) return undefined;
  if (replyTo?.from?.id === botInfo.id) return undefined;
  const command = commandTarget(text);
  const mine =
    command && (!command.target || command.target.toLowerCase() === botInfo.username.toLowerCase());
  return mine ? undefined : "group privacy mode";
}

/** The user's message as Telegram stores it (with entities), and why the bot won't get it. */
export function userMessage(state: EmulatorState, text: string, opts: SayOptions) {
  const kind = opts.chat ?? "private";
  const { from, record } = userInChat(state, kind, opts.userId, opts.languageCode);
  const replyTo = opts.replyTo === undefined ? undefined : record.messages.get(opts.replyTo);
  if (opts.replyTo !== undefined && !replyTo) {
    throw new Error(`userSays: no message ${opts.replyTo} in chat ${record.chat.id} to reply to`);
  }
  const entities = userEntities(text);
  const message = state.store(record, {
    from,
    text,
    ...(entities.length > 0 && { entities }),
    ...(replyTo && { reply_to_message: replyTo }),
  } as Omit<Message, "message_id" | "date" | "chat">) as NonNullable<Update["message"]>;
  return { record, message, undelivered: undeliveredBecause(state, record, text, replyTo) };
}

/** A press on the latest inline button with this callback_data in the chat. */
export function buttonPress(state: EmulatorState, data: string, opts: SayOptions) {
  const kind = opts.chat ?? "private";
  const { from, record } = userInChat(state, kind, opts.userId, opts.languageCode);
  const message = [...record.messages.values()]
    .reverse()
    .find((m) =>
      m.reply_markup?.inline_keyboard.some((row) =>
        row.some((b) => "callback_data" in b && b.callback_data === data),
      ),
    );
  if (!message) {
    throw new Error(`userClicks: no button with callback_data "${data}" in chat ${record.chat.id}`);
  }
  const id = String(state.callbackQueries.size + 1);
  state.callbackQueries.set(id, { answered: false });
  const query: CallbackQuery = { id, from, message, chat_instance: String(record.chat.id), data };
  return { record, query };
}
