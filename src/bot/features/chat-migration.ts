import { Composer } from "grammy";
import type { AppContext } from "../context.js";

/**
 * When a group becomes a supergroup, Telegram gives it a new id and tells the bot with a service
 * message in the old chat: its subscriptions, settings and queued alerts move at once, before an
 * alert to the old id is refused. (The alert sender also follows a refusal's migrate_to_chat_id,
 * for a bot that missed the message.)
 */
export const chatMigrationFeature = new Composer<AppContext>();

chatMigrationFeature.on("message:migrate_to_chat_id", (ctx) => {
  const to = ctx.msg.migrate_to_chat_id;
  ctx.deps.subscriptions.moveChat(ctx.chat.id, to);
  ctx.deps.logger.info({ from: ctx.chat.id, to }, "the group became a supergroup; following it");
});
