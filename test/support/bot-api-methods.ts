import type { InlineKeyboardMarkup, Message, MessageEntity } from "grammy/types";
import type { Params, UploadedFile } from "./bot-api-http.js";
import type { EmulatorState } from "./bot-api-state.js";
import { badRequest, checkCommands, checkReplyMarkup, checkText } from "./telegram-rules.js";

/**
 * The Bot API methods the emulator implements, keyed by lower-cased name (the Bot API ignores
 * case). Each checks its parameters as strictly as Telegram and returns the Bot API `result`.
 */
type Method = (s: EmulatorState, p: Params, signal: AbortSignal) => unknown;

/** Objects arrive as JSON text when a bot posts a form or multipart instead of JSON. */
function obj(v: unknown): unknown {
  if (typeof v !== "string" || !/^[[{]/.test(v.trim())) return v;
  try {
    return JSON.parse(v);
  } catch {
    throw badRequest("can't parse JSON object");
  }
}
const inline = (markup: unknown) =>
  markup && typeof markup === "object" && "inline_keyboard" in markup
    ? (markup as InlineKeyboardMarkup)
    : undefined;
const ok = () => true;

/**
 * What sendMessage, editMessageText and sendPhoto check alike: the chat, the text, the markup,
 * and the replied-to message (reply_parameters, or older bots' reply_to_message_id), which
 * Telegram refuses when it does not exist unless allow_sending_without_reply is set.
 */
function outgoing(s: EmulatorState, p: Params, key: "text" | "caption") {
  const chat = s.chat(p.chat_id);
  const checked = checkText(p[key], p.parse_mode, key);
  const markup = checkReplyMarkup(obj(p.reply_markup));
  const given = obj(p[key === "text" ? "entities" : "caption_entities"]);
  const entities = Array.isArray(given) ? (given as MessageEntity[]) : checked.entities;
  const reply = obj(p.reply_parameters) as
    | { message_id?: number; allow_sending_without_reply?: boolean }
    | undefined;
  const replyId = reply?.message_id ?? p.reply_to_message_id;
  const lenient =
    `${reply?.allow_sending_without_reply ?? p.allow_sending_without_reply}` === "true";
  const replyTo =
    replyId === undefined || lenient
      ? chat.messages.get(Number(replyId))
      : s.message(chat, replyId, "message to be replied not found");
  const record = (message: Message, method: string) =>
    s.recordSent({
      chatId: chat.chat.id,
      text: p[key] === undefined ? "" : String(p[key]),
      plainText: checked.text,
      ...(typeof p.parse_mode === "string" && { parseMode: p.parse_mode }),
      ...(markup !== undefined && { replyMarkup: markup }),
      ...(replyTo && { replyToMessageId: replyTo.message_id }),
      messageId: message.message_id,
      method,
    });
  return { chat, text: checked.text, entities, markup: inline(markup), replyTo, record };
}

type NewMessage = Omit<Message, "message_id" | "date" | "chat">;

function sendMessage(s: EmulatorState, p: Params): Message {
  const { chat, text, entities, markup, replyTo, record } = outgoing(s, p, "text");
  const message = s.store(chat, {
    from: s.botUser,
    text,
    ...(entities.length > 0 && { entities }),
    ...(markup && { reply_markup: markup }),
    ...(replyTo && { reply_to_message: replyTo }),
  } as NewMessage);
  record(message, "sendMessage");
  return message;
}

function editMessageText(s: EmulatorState, p: Params): Message | true {
  if (p.inline_message_id !== undefined) {
    checkText(p.text, p.parse_mode); // the message is elsewhere; only the text can be checked
    return true;
  }
  const { chat, text, entities, markup, record } = outgoing(s, p, "text");
  const old = s.message(chat, p.message_id, "message to edit not found");
  if (old.from?.id !== s.botInfo.id) throw badRequest("message can't be edited");
  if (!("text" in old)) throw badRequest("there is no text in the message to edit");
  const { entities: _e, reply_markup: _m, ...rest } = old;
  const edited = {
    ...rest,
    text,
    ...(entities.length > 0 && { entities }),
    ...(markup && { reply_markup: markup }),
  } as Message;
  const same = (m: Message) => JSON.stringify([m.text, m.entities ?? [], m.reply_markup]);
  if (same(old) === same(edited)) throw badRequest(NOT_MODIFIED);
  edited.edit_date = Math.floor(Date.now() / 1000);
  chat.messages.set(old.message_id, edited);
  record(edited, "editMessageText");
  return edited;
}

function sendPhoto(s: EmulatorState, p: Params): Message {
  const photo = p.photo as string | UploadedFile | undefined;
  const { chat, text, entities, markup, replyTo, record } = outgoing(s, p, "caption");
  if (!photo) throw badRequest("there is no photo in the request");
  const fileId = typeof photo === "string" ? photo : `uploaded:${photo.filename}`;
  const message = s.store(chat, {
    from: s.botUser,
    photo: [{ file_id: fileId, file_unique_id: fileId, width: 800, height: 600 }],
    ...(text && { caption: text }),
    ...(entities.length > 0 && { caption_entities: entities }),
    ...(markup && { reply_markup: markup }),
    ...(replyTo && { reply_to_message: replyTo }),
  } as NewMessage);
  record(message, "sendPhoto");
  return message;
}

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

const commandsKey = (p: Params) =>
  `${JSON.stringify(obj(p.scope) ?? { type: "default" })}|${p.language_code ?? ""}`;

const CHAT_ACTION =
  /^(typing|choose_sticker|find_location|(record|upload)_(video|voice|video_note)|upload_(photo|document))$/;

export const methods: Record<string, Method> = {
  getme: (s) => s.botInfo,
  getupdates: (s, p, signal) =>
    s.getUpdates(Number(p.offset ?? 0), Number(p.limit ?? 100), Number(p.timeout ?? 0), signal),
  deletewebhook: (s, p) => {
    s.webhookUrl = "";
    if (p.drop_pending_updates === true || p.drop_pending_updates === "true") s.dropPending();
    return true;
  },
  setwebhook: (s, p) => {
    if (!p.url) throw badRequest("bad webhook: an HTTPS URL must be provided for webhook");
    s.webhookUrl = String(p.url);
    return true;
  },
  getwebhookinfo: (s) => ({
    url: s.webhookUrl,
    has_custom_certificate: false,
    pending_update_count: s.pendingCount,
  }),
  sendmessage: sendMessage,
  editmessagetext: editMessageText,
  sendphoto: sendPhoto,
  editmessagereplymarkup: (s, p) => {
    const chat = s.chat(p.chat_id);
    const old = s.message(chat, p.message_id, "message to edit not found");
    const markup = inline(checkReplyMarkup(obj(p.reply_markup)));
    if (JSON.stringify(old.reply_markup) === JSON.stringify(markup)) throw badRequest(NOT_MODIFIED);
    const { reply_markup: _m, ...rest } = old;
    const edited = { ...rest, ...(markup && { reply_markup: markup }) } as Message;
    chat.messages.set(old.message_id, edited);
    return edited;
  },
  deletemessage: (s, p) => {
    const chat = s.chat(p.chat_id);
    s.message(chat, p.message_id, "message to delete not found");
    return chat.messages.delete(Number(p.message_id));
  },
  sendchataction: (s, p) => {
    s.chat(p.chat_id);
    if (!CHAT_ACTION.test(String(p.action))) throw badRequest("wrong parameter action in request");
    return true;
  },
  answercallbackquery: (s, p) => {
    const query = s.callbackQueries.get(String(p.callback_query_id));
    if (!query || query.answered) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    if (String(p.text ?? "").length > 200) throw badRequest("MESSAGE_TOO_LONG");
    query.answered = true;
    return true;
  },
  setmycommands: (s, p) => {
    s.commands.set(commandsKey(p), checkCommands(obj(p.commands), p.language_code));
    return true;
  },
  getmycommands: (s, p) => s.commands.get(commandsKey(p)) ?? [],
  deletemycommands: (s, p) => {
    s.commands.delete(commandsKey(p));
    return true;
  },
  getchat: (s, p) => ({ ...s.chat(p.chat_id).chat, accent_color_id: 0, max_reaction_count: 11 }),
  setmydescription: ok,
  setmyshortdescription: ok,
  setmyname: ok,
  setchatmenubutton: ok,
};
