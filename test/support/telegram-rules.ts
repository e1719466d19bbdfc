import type { BotCommand, MessageEntity, ResponseParameters } from "grammy/types";
import { HtmlParseError, parseHtml } from "./telegram-html.js";

/**
 * What the real Bot API refuses, with its error texts, so that tests fail where Telegram would.
 * Limits: https://core.telegram.org/bots/api#sendmessage, #inlinekeyboardbutton, #botcommand.
 */
export const MESSAGE_MAX_LENGTH = 4096;
export const CAPTION_MAX_LENGTH = 1024;
export const CALLBACK_DATA_MAX_BYTES = 64;

/**
 * A refusal as the Bot API sends it, with the HTTP status `code`:
 * {"ok":false,"error_code":code,"description":description,"parameters":parameters}, where
 * `parameters` (retry_after, migrate_to_chat_id) is only sent when there are some.
 */
export class BotApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }
}

export const badRequest = (what: string) => new BotApiError(400, `Bad Request: ${what}`);

export interface CheckedText {
  /** What the user sees: tags removed, entities decoded, trimmed. */
  text: string;
  entities: MessageEntity[];
}

/**
 * Parses and checks a text or caption the way sendMessage / editMessageText / sendPhoto do.
 * Lengths count UTF-16 code units after entity parsing, like Telegram's (an emoji counts 2).
 * MarkdownV2 / Markdown are accepted without parsing: their length is checked on the raw text.
 */
export function checkText(
  raw: unknown,
  parseMode: unknown,
  kind: "text" | "caption" = "text",
): CheckedText {
  const source = raw === undefined || raw === null ? "" : String(raw);
  let parsed = { text: source, entities: [] as MessageEntity[] };
  const mode = typeof parseMode === "string" ? parseMode.toLowerCase() : "";
  if (mode === "html") {
    try {
      parsed = parseHtml(source);
    } catch (error) {
      if (error instanceof HtmlParseError)
        throw badRequest(`can't parse entities: ${error.message}`);
      throw error;
    }
  } else if (mode !== "" && mode !== "markdown" && mode !== "markdownv2") {
    throw badRequest("unsupported parse_mode");
  }
  const checked = trim(parsed.text.replaceAll("\r", ""), parsed.entities);
  if (kind === "text" && checked.text === "") throw badRequest("message text is empty");
  const max = kind === "text" ? MESSAGE_MAX_LENGTH : CAPTION_MAX_LENGTH;
  if (checked.text.length > max) {
    throw badRequest(kind === "text" ? "message is too long" : "message caption is too long");
  }
  return checked;
}

/**
 * Telegram turns control characters into spaces, drops "\r", then trims spaces and newlines at
 * both ends (not other Unicode spaces: a message of only U+00A0 is not empty), moving entities.
 */
function trim(text: string, entities: MessageEntity[]): CheckedText {
  const blank = (c: string | undefined) => c !== undefined && c <= " ";
  let start = 0;
  let end = text.length;
  while (start < end && blank(text[start])) start++;
  while (end > start && blank(text[end - 1])) end--;
  const moved = entities
    .map((e) => {
      const from = Math.max(e.offset, start);
      const to = Math.min(e.offset + e.length, end);
      return { ...e, offset: from - start, length: to - from };
    })
    .filter((e) => e.length > 0);
  return { text: text.slice(start, end), entities: moved };
}

const BUTTON_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
];

/** Parses reply_markup (JSON text in form posts) and checks inline keyboards. */
export function checkReplyMarkup(raw: unknown): unknown {
  let markup = raw;
  if (typeof raw === "string") {
    try {
      markup = JSON.parse(raw);
    } catch {
      throw badRequest("can't parse reply keyboard markup JSON object");
    }
  }
  if (markup === undefined || markup === null) return undefined;
  if (typeof markup !== "object") throw badRequest("can't parse reply keyboard markup JSON object");
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (rows === undefined) return markup;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
  }
  for (const button of rows.flat() as Record<string, unknown>[]) {
    if (typeof button?.text !== "string")
      throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
    const data = button.callback_data;
    if (data !== undefined) {
      const bytes = Buffer.byteLength(String(data));
      if (bytes < 1 || bytes > CALLBACK_DATA_MAX_BYTES) throw badRequest("BUTTON_DATA_INVALID");
    } else if (!BUTTON_ACTIONS.some((k) => button[k] !== undefined)) {
      throw badRequest("text buttons are unallowed in the inline keyboard");
    }
  }
  return markup;
}

/** setMyCommands: 1-32 of [a-z0-9_], description 1-256 characters, at most 100 commands. */
export function checkCommands(raw: unknown, languageCode: unknown): BotCommand[] {
  const commands = typeof raw === "string" ? (JSON.parse(raw) as unknown) : raw;
  if (!Array.isArray(commands)) throw badRequest('parameter "commands" is required');
  if (commands.length > 100) throw badRequest("too many commands specified");
  for (const c of commands as Partial<BotCommand>[]) {
    if (!/^[a-z0-9_]{1,32}$/.test(String(c?.command ?? "")))
      throw badRequest("BOT_COMMAND_INVALID");
    const description = String(c.description ?? "").trim();
    if (description === "") throw badRequest("command description must be non-empty");
    if (description.length > 256) throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
  }
  if (
    languageCode !== undefined &&
    languageCode !== "" &&
    !/^[a-z]{2}$/.test(String(languageCode))
  ) {
    throw badRequest("invalid language code specified");
  }
  return commands as BotCommand[];
}

/**
 * The entities Telegram adds to what a user types: /commands (with an optional @bot) and
 * @mentions, found where tdlib's find_entities finds them (not glued to a word, "/" or "<").
 */
export function userEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const found =
    /(?<![\w/<>@])(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?|@[A-Za-z0-9_]{5,32})(?![\w/<>@])/g;
  for (const m of text.matchAll(found)) {
    const type = m[0].startsWith("/") ? "bot_command" : "mention";
    entities.push({ type, offset: m.index, length: m[0].length });
  }
  return entities;
}

/** The bot username a /command@name is addressed to, or undefined for a bare /command. */
export function commandTarget(text: string): { command: string; target?: string } | undefined {
  const m = /^\/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{3,32}))?(?![\w/<>@])/.exec(text);
  if (!m?.[1]) return undefined;
  return m[2] ? { command: m[1], target: m[2] } : { command: m[1] };
}
