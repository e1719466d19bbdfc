import type { ChatMember, ChatMemberAdministrator, Message, Update, User } from "grammy/types";
import type { Params } from "./bot-api-http.js";
import type { ChatRecord, EmulatorState } from "./bot-api-state.js";
import { type ChatKind, DEFAULT_USER_ID, ensureChat } from "./bot-api-user.js";
import { BotApiError, badRequest } from "./telegram-rules.js";

/**
 * Who is in a chat and whether the bot may still write there: chat members and administrators,
 * a user who blocks the bot, a group that removes it or is upgraded to a supergroup, and flood
 * control. Refusals carry Telegram's HTTP status, description and `parameters`.
 */

type NewMessage = Omit<Message, "message_id" | "date" | "chat">;

/** Methods that post or change a message: what flood control (failNextSends) counts. */
const SENDS = /^(send(?!chataction$)|edit|copy|forward)/;
/** What a user's block refuses: the sends, and "typing…". */
const BLOCKED = /^(send|edit|copy|forward)/;

/** Refuses a call as Telegram would before doing it: 429 under flood control, then 400 for an
 * upgraded group, 403 for a chat the bot was removed from or a private chat whose user blocked it. */
export function refuse(state: EmulatorState, method: string, params: Params): void {
  const name = method.toLowerCase();
  if (SENDS.test(name) && state.flood.left > 0) {
    state.flood.left--;
    const retryAfter = state.flood.retryAfter;
    throw new BotApiError(429, `Too Many Requests: retry after ${retryAfter}`, {
      retry_after: retryAfter,
    });
  }
  if (params.chat_id === undefined) return;
  const record = state.chats.get(Number(params.chat_id));
  if (record?.migratedTo !== undefined) {
    throw new BotApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", {
      migrate_to_chat_id: record.migratedTo,
    });
  }
  if (record?.botRemoved) {
    throw new BotApiError(403, `Forbidden: bot was kicked from the ${record.chat.type} chat`);
  }
  if (record?.blocked && BLOCKED.test(name)) {
    throw new BotApiError(403, "Forbidden: bot was blocked by the user");
  }
}

function administrator(user: User, supergroup: boolean): ChatMemberAdministrator {
  return {
    status: "administrator",
    user,
    can_be_edited: false,
    is_anonymous: false,
    can_manage_chat: true,
    can_delete_messages: true,
    can_manage_video_chats: true,
    can_restrict_members: true,
    can_promote_members: false,
    can_change_info: true,
    can_invite_users: true,
    can_post_stories: false,
    can_edit_stories: false,
    can_delete_stories: false,
    can_pin_messages: true,
    can_send_welcome_messages: false,
    ...(supergroup && { can_manage_topics: false }),
  };
}

/**
 * A ChatMember as getChatMember returns it: the creator and administrators from record.admins,
 * "member" for who spoke there (and the bot; in a private chat the user and the bot), "kicked" for
 * the bot in a private chat its user blocked, "left" for a user seen elsewhere. A user the
 * emulator never saw is "user not found".
 */
function chatMember(state: EmulatorState, record: ChatRecord, userId: number): ChatMember {
  const isBot = userId === state.botInfo.id;
  const user = isBot ? state.botUser : state.publicUser(userId);
  if (isBot && record.blocked) return { status: "kicked", user, until_date: 0 };
  const rank = record.admins.indexOf(userId);
  if (rank === 0 && !isBot) return { status: "creator", user, is_anonymous: false };
  if (rank > 0) return administrator(user, record.chat.type === "supergroup");
  if (isBot || record.members.has(userId) || record.chat.id === userId) {
    return { status: "member", user };
  }
  if (!state.users.has(userId)) throw badRequest("user not found");
  return { status: "left", user };
}

export const chatMethods: Record<string, (s: EmulatorState, p: Params) => unknown> = {
  getchatmember: (s, p) => chatMember(s, s.chat(p.chat_id), Number(p.user_id)),
  /** The creator and administrators that aren't bots, as the Bot API documents it. */
  getchatadministrators: (s, p) => {
    const record = s.chat(p.chat_id);
    if (record.chat.type === "private") {
      throw badRequest("there is no administrators in the private chat");
    }
    return record.admins.filter((id) => id !== s.botInfo.id).map((id) => chatMember(s, record, id));
  },
};

/** A chat by kind (created on first use) or by id (which must exist). */
export function chatOf(state: EmulatorState, chat: ChatKind | number): ChatRecord {
  if (typeof chat === "string") return ensureChat(state, chat);
  const record = state.chats.get(chat);
  if (!record) throw new Error(`emulator: no chat ${chat} yet`);
  return record;
}

export function setAdmins(state: EmulatorState, record: ChatRecord, userIds: number[]): void {
  if (record.chat.type === "private") throw new Error("setChatAdmins: a private chat has none");
  if (userIds[0] === state.botInfo.id) throw new Error("setChatAdmins: a bot can't create a group");
  record.admins = [...userIds];
}

/** The my_chat_member update Telegram sends when the bot's status in a chat changes. */
function botStatusChange(
  state: EmulatorState,
  record: ChatRecord,
  from: User,
  next: ChatMember,
): number {
  const old = chatMember(state, record, state.botInfo.id);
  const date = Math.floor(Date.now() / 1000);
  const change = { chat: record.chat, from, date, old_chat_member: old, new_chat_member: next };
  return state.enqueue({ my_chat_member: change });
}

/** The user blocks the bot (Telegram then tells the bot with my_chat_member "kicked"). */
export function blockBot(state: EmulatorState, userId: number): number {
  const record = ensureChat(state, "private", userId);
  if (record.blocked) return 0;
  const next = { status: "kicked" as const, user: state.botUser, until_date: 0 };
  const updateId = botStatusChange(state, record, state.publicUser(userId), next);
  record.blocked = true;
  return updateId;
}

/** A blocked bot's user who writes again has pressed "Restart": the bot is a member again. */
export function unblockOnRestart(state: EmulatorState, record: ChatRecord): void {
  if (!record.blocked) return;
  const user = state.publicUser(record.chat.id);
  botStatusChange(state, record, user, { status: "member", user: state.botUser });
  record.blocked = false;
}

/** The creator removes the bot: "left" in a basic group, "kicked" (banned) in a supergroup. */
export function removeBot(state: EmulatorState, record: ChatRecord): number {
  if (record.chat.type === "private") {
    throw new Error("botRemovedFromChat: a private chat can't; use userBlocksBot");
  }
  if (record.botRemoved) return 0;
  const user = state.botUser;
  const next: ChatMember =
    record.chat.type === "group"
      ? { status: "left", user }
      : { status: "kicked", user, until_date: 0 };
  const from = state.publicUser(record.admins[0] ?? DEFAULT_USER_ID);
  const updateId = botStatusChange(state, record, from, next);
  record.botRemoved = true;
  return updateId;
}

/**
 * Upgrades the basic group to a new supergroup (-100… id) with the same title, members and
 * administrators. The bot gets Telegram's two service messages (migrate_to_chat_id in the old
 * chat, migrate_from_chat_id in the new one); ChatKind "group" means the supergroup from now on.
 */
export function migrateGroup(state: EmulatorState): number {
  const old = ensureChat(state, "group");
  if (old.chat.type !== "group") throw new Error("migrateGroupToSupergroup: already upgraded");
  const id = -(1_002_000_000_000 + Math.abs(old.chat.id));
  const chat = { id, type: "supergroup" as const, title: old.chat.title ?? "Test group" };
  const record: ChatRecord = {
    chat,
    messages: new Map(),
    members: new Map(old.members),
    admins: [...old.admins],
    nextMessageId: 1,
    ...(old.botRemoved && { botRemoved: true }),
  };
  state.chats.set(id, record);
  state.groupIds.group = id;
  const from = state.publicUser(old.admins[0] ?? DEFAULT_USER_ID);
  const service = (where: ChatRecord, fields: object) => {
    const message = state.store(where, { from, ...fields } as NewMessage);
    if (!where.botRemoved) state.enqueue({ message: message as Update["message"] });
  };
  service(old, { migrate_to_chat_id: id });
  old.migratedTo = id;
  service(record, { migrate_from_chat_id: old.chat.id });
  return id;
}
