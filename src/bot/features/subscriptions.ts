import { Composer, GrammyError } from "grammy";
import type { DigestMode } from "../../services/subscription-service.js";
import { decodeCallback, UNSUBSCRIBE_CALLBACK } from "../callback-data.js";
import type { AppContext } from "../context.js";
import { toPlainText } from "../format/html.js";
import { expired } from "../format/messages.js";
import {
  digestCurrent,
  digestSet,
  digestUnknown,
  subscriptionsScreen,
} from "../format/subscription-list.js";
import {
  adminsOnly,
  adminsOnlyNotice,
  removedNotice,
  subscribeReply,
  subscribeUsage,
  unsubscribeReply,
} from "../format/subscriptions.js";
import { replyHtml } from "../reply.js";

/**
 * What a chat follows: /subscribe X (/ikuti), /unsubscribe X (/berhenti), /subscriptions
 * (/langganan) with a ✖ button per subscription, and /digest daily|off (/ringkasan harian|mati).
 * Anyone may see a group's list; only its administrators may change it (canManageChat).
 */
export const subscriptionsFeature = new Composer<AppContext>();

/**
 * Whether whoever sent this update may change the chat's subscriptions and digest: anyone in a
 * private chat; in a group, its creator and administrators, asked of Telegram each time (admins
 * change), and a message sent on the group's behalf (an anonymous administrator, or a channel's
 * post). A button press is judged by who pressed it, never by the message that carries it.
 */
export async function canManageChat(ctx: AppContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat) return false;
  if (chat.type === "private") return true;
  const said = ctx.callbackQuery ? undefined : ctx.msg;
  if (said?.sender_chat?.id === chat.id) return true;
  const userId = ctx.from?.id;
  if (userId === undefined) return false;
  try {
    const member = await ctx.getChatMember(userId);
    return member.status === "creator" || member.status === "administrator";
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    ctx.deps.logger.warn(
      { chatId: chat.id, userId, description: error.description },
      "could not ask whether a user is a group's administrator",
    );
    return false;
  }
}

const DIGEST_WORDS: Record<string, DigestMode> = {
  daily: "daily",
  harian: "daily",
  on: "daily",
  off: "off",
  mati: "off",
};

/** "daily"/"harian" or "off"/"mati", in any case; null for anything else. */
export function parseDigestMode(text: string): DigestMode | null {
  return DIGEST_WORDS[text.trim().toLowerCase()] ?? null;
}

function screen(ctx: AppContext, chatId: number) {
  const { subscriptions } = ctx.deps;
  return subscriptionsScreen(subscriptions.list(chatId), subscriptions.digest(chatId), ctx.tr);
}

function sendList(ctx: AppContext & { chat: { id: number } }): Promise<void> {
  const { text, keyboard } = screen(ctx, ctx.chat.id);
  return replyHtml(ctx, text, keyboard);
}

/** Answers a button press; one too old to answer (the bot was down) is only logged. */
async function answerPress(ctx: AppContext, text?: string, alert = false): Promise<void> {
  try {
    await ctx.answerCallbackQuery(text ? { text, show_alert: alert } : undefined);
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    ctx.deps.logger.warn({ description: error.description }, "could not answer a button press");
  }
}

subscriptionsFeature.command(["subscribe", "ikuti"], async (ctx) => {
  const input = ctx.match.trim();
  if (!input) return replyHtml(ctx, subscribeUsage(ctx.tr));
  if (!(await canManageChat(ctx))) return replyHtml(ctx, adminsOnly(ctx.tr));
  const { subscriptions } = ctx.deps;
  const answer = subscriptions.subscribe(ctx.chat.id, input);
  return replyHtml(ctx, subscribeReply(answer, subscriptions.digest(ctx.chat.id), input, ctx.tr));
});

subscriptionsFeature.command(["unsubscribe", "berhenti"], async (ctx) => {
  const input = ctx.match.trim();
  // With nothing named, the list: its buttons say what there is to stop following.
  if (!input) return sendList(ctx);
  if (!(await canManageChat(ctx))) return replyHtml(ctx, adminsOnly(ctx.tr));
  const answer = ctx.deps.subscriptions.unsubscribe(ctx.chat.id, input);
  return replyHtml(ctx, unsubscribeReply(answer, input, ctx.tr));
});

subscriptionsFeature.command(["subscriptions", "langganan"], (ctx) => sendList(ctx));

subscriptionsFeature.command(["digest", "ringkasan"], async (ctx) => {
  const given = ctx.match.trim();
  const { subscriptions } = ctx.deps;
  if (!given) return replyHtml(ctx, digestCurrent(subscriptions.digest(ctx.chat.id), ctx.tr));
  const mode = parseDigestMode(given);
  if (!mode) return replyHtml(ctx, digestUnknown(given, ctx.tr));
  if (!(await canManageChat(ctx))) return replyHtml(ctx, adminsOnly(ctx.tr));
  subscriptions.setDigest(ctx.chat.id, mode);
  return replyHtml(ctx, digestSet(mode, ctx.tr));
});

// ✖ under /subscriptions: removes that one (only ever the chat's own) and shows the list again.
subscriptionsFeature.callbackQuery(UNSUBSCRIBE_CALLBACK, async (ctx) => {
  const data = decodeCallback(ctx.callbackQuery.data);
  const chat = ctx.chat;
  if (data?.kind !== "unsubscribe" || !chat) return answerPress(ctx, toPlainText(expired(ctx.tr)));
  if (!(await canManageChat(ctx))) return answerPress(ctx, adminsOnlyNotice(ctx.tr), true);
  const removed = ctx.deps.subscriptions.unsubscribeById(chat.id, data.subscriptionId);
  await answerPress(ctx, removedNotice(removed, ctx.tr));
  const { text, keyboard } = screen(ctx, chat.id);
  try {
    await ctx.editMessageText(text.markup, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
  } catch (error) {
    // A second press on a button already gone from the list leaves the list as it is.
    if (!(error instanceof GrammyError && error.description.includes("message is not modified")))
      throw error;
  }
});
