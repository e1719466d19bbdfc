import type { Update } from "grammy/types";

/**
 * A private-chat message as Telegram would deliver it, for running the real bot without Telegram:
 * the offline CLI (`ask`) and the benchmark feed these to `bot.handleUpdate`.
 */
export function privateMessageUpdate(text: string, id = 1, name = "CLI"): Update {
  const command = /^\/\S+/.exec(text)?.[0];
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: 1, type: "private", first_name: name },
      from: { id: 1, is_bot: false, first_name: name, language_code: "id" },
      text,
      ...(command
        ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] }
        : {}),
    },
  };
}
