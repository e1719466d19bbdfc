import type { InlineKeyboard } from "grammy";
import type { AppContext } from "./context.js";
import type { Html } from "./format/html.js";

/**
 * Sends one message built by the format module. In a group the reply quotes the message that
 * asked, so that the answer is findable in a busy chat; it is sent even if that message is gone.
 */
export async function replyHtml(
  ctx: AppContext,
  message: Html,
  keyboard?: InlineKeyboard,
): Promise<void> {
  const asked = ctx.msg?.message_id;
  const inGroup = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  await ctx.reply(message.markup, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    ...(keyboard ? { reply_markup: keyboard } : {}),
    ...(inGroup && asked
      ? { reply_parameters: { message_id: asked, allow_sending_without_reply: true } }
      : {}),
  });
}
