import { GrammyError } from "grammy";
import type { Message } from "grammy/types";
import { alertMessage, digestMessage } from "../bot/format/alerts.js";
import type { SheetLinks } from "../bot/format/fact-sheet.js";
import type { Html } from "../bot/format/html.js";
import { translator } from "../bot/i18n.js";
import type { ChatSettingsStore } from "../db/chat-settings-store.js";
import type { OutboxStore, PendingAlert } from "../db/outbox-store.js";
import type { SubscriptionStore } from "../db/subscription-store.js";
import type { Logger } from "../logger.js";
import type { AlertContent, AlertService } from "../services/alert-service.js";
import { nextDigestTime } from "../services/subscription-service.js";
import { BackgroundLoop } from "./background-loop.js";
import type { Lease } from "./lease.js";

/**
 * Drains the outbox into Telegram. Each round sends at most one alert per chat (the API's
 * throttler paces chats and the whole bot), records each as sent the moment Telegram accepts it,
 * and turns Telegram's refusals into decisions: a chat that blocked the bot is switched off, a
 * group that became a supergroup is followed to its new id, anything else is tried again later.
 */

/** The one Bot API call the sender makes; grammY's Api (throttled, auto-retrying) provides it. */
export interface MessageSender {
  sendMessage(
    chatId: number,
    text: string,
    other: { parse_mode: "HTML"; link_preview_options: { is_disabled: boolean } },
  ): Promise<Pick<Message, "message_id">>;
  editMessageText(
    chatId: number,
    messageId: number,
    text: string,
    other: { parse_mode: "HTML"; link_preview_options: { is_disabled: boolean } },
  ): Promise<unknown>;
}

const MESSAGE_OPTIONS = {
  parse_mode: "HTML",
  link_preview_options: { is_disabled: true },
} as const;

export interface AlertSenderDeps {
  outbox: OutboxStore;
  subscriptions: SubscriptionStore;
  alerts: AlertService;
  settings: ChatSettingsStore;
  api: MessageSender;
  links: SheetLinks;
  logger: Logger;
  /** Only the lease holder sends: two processes on one store never send an alert twice. */
  lease: Lease;
  now?: () => number;
}

/** After this many failed tries an alert is given up (kept in the outbox as failed). */
export const MAX_ATTEMPTS = 8;
const ROUND_SIZE = 200;
const IDLE_MS = 1000;
const MAX_BACKOFF_MS = 3_600_000;
const DIGEST_RETRY_MS = 300_000;

export function backoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** attempts, MAX_BACKOFF_MS);
}

export class AlertSender extends BackgroundLoop {
  private readonly now: () => number;

  constructor(private readonly deps: AlertSenderDeps) {
    super("alert sender", deps.lease, deps.logger);
    this.now = deps.now ?? Date.now;
  }

  protected async work(): Promise<number> {
    return (await this.round()) ? 0 : IDLE_MS;
  }

  /** Sends what is due; true when there was something to send. */
  async round(): Promise<boolean> {
    if (!this.lease.hold()) return false;
    const now = this.now();
    const digests = await this.sendDueDigests(now);
    const due = this.deps.outbox.due(now, ROUND_SIZE);
    const firstPerChat = new Map<number, PendingAlert>();
    for (const alert of due)
      if (!firstPerChat.has(alert.chatId)) firstPerChat.set(alert.chatId, alert);
    await Promise.all([...firstPerChat.values()].map((alert) => this.deliver(alert)));
    const edited = await this.refreshGrownStories();
    return digests > 0 || due.length > 0 || edited > 0;
  }

  /**
   * Edits sent alerts whose story another outlet told since, so that the one alert lists every
   * source. An edit repeated after a crash changes nothing, so it is recorded after the call.
   */
  private async refreshGrownStories(): Promise<number> {
    const alerts = this.deps.outbox.toRefresh(ROUND_SIZE);
    const firstPerChat = new Map<number, (typeof alerts)[number]>();
    for (const alert of alerts)
      if (!firstPerChat.has(alert.chatId)) firstPerChat.set(alert.chatId, alert);
    const edit = async (alert: (typeof alerts)[number]) => {
      const content = this.compose(alert);
      try {
        if (content && this.lease.hold()) {
          const message = alertMessage(content, this.deps.links, this.translatorFor(alert.chatId));
          await this.deps.api.editMessageText(
            alert.chatId,
            alert.messageId,
            message.markup,
            MESSAGE_OPTIONS,
          );
        }
      } catch (error) {
        // Best effort: the alert was delivered; a message too old or deleted stays as it was.
        if (error instanceof GrammyError && error.error_code === 403)
          this.deps.subscriptions.deactivateChat(alert.chatId, error.description);
        else
          this.deps.logger.debug({ err: error, alertId: alert.id }, "alert sender: could not edit");
      }
      this.deps.outbox.refreshed(alert.id);
    };
    await Promise.all([...firstPerChat.values()].map(edit));
    return firstPerChat.size;
  }

  private compose(alert: PendingAlert): AlertContent | null {
    const subscription =
      alert.subscriptionId === null ? null : this.deps.subscriptions.get(alert.subscriptionId);
    const content = subscription ? this.deps.alerts.compose(alert, subscription) : null;
    if (!content) this.deps.outbox.drop(alert.id, subscription ? "article gone" : "unsubscribed");
    return content;
  }

  private translatorFor(chatId: number) {
    return translator(this.deps.settings.language(chatId) ?? "id");
  }

  private async deliver(alert: PendingAlert): Promise<void> {
    const content = this.compose(alert);
    if (!content) return;
    const message = alertMessage(content, this.deps.links, this.translatorFor(alert.chatId));
    await this.send(alert.chatId, message, [alert]);
  }

  private async sendDueDigests(now: number): Promise<number> {
    let sent = 0;
    for (const { chatId } of this.deps.subscriptions.dueDigests(now)) {
      // Each pending alert with what it says; those that can no longer be said were dropped.
      const composed = this.deps.outbox.pendingFor(chatId).flatMap((alert) => {
        const content = this.compose(alert);
        return content ? [{ alert, content }] : [];
      });
      const contents = composed.map((entry) => entry.content);
      const kept = composed.map((entry) => entry.alert);
      if (!contents.length) {
        this.deps.subscriptions.setDigest(chatId, nextDigestTime(now));
        continue;
      }
      const message = digestMessage(contents, this.deps.links, this.translatorFor(chatId));
      if (await this.send(chatId, message, kept)) {
        this.deps.subscriptions.setDigest(chatId, nextDigestTime(now));
        sent++;
      } else if (this.deps.subscriptions.digestDueAt(chatId) !== null) {
        this.deps.subscriptions.setDigest(chatId, now + DIGEST_RETRY_MS);
      }
    }
    return sent;
  }

  /** Sends one message for these alerts; true when Telegram took it. */
  private async send(chatId: number, message: Html, alerts: PendingAlert[]): Promise<boolean> {
    // Renewed (or found lost) right before the call: if this process stalled long enough for
    // another to take over, that one sends from now on.
    if (!this.lease.hold()) return false;
    try {
      const sent = await this.deps.api.sendMessage(chatId, message.markup, MESSAGE_OPTIONS);
      // Recorded at once: the window in which a crash could repeat this alert is this one line.
      this.deps.outbox.markSent(
        alerts.map((alert) => alert.id),
        sent.message_id,
      );
      return true;
    } catch (error) {
      this.onFailure(chatId, alerts, error);
      return false;
    }
  }

  private onFailure(chatId: number, alerts: PendingAlert[], error: unknown): void {
    const { logger, outbox, subscriptions } = this.deps;
    if (error instanceof GrammyError) {
      const movedTo = error.parameters.migrate_to_chat_id;
      if (movedTo) {
        subscriptions.moveChat(chatId, movedTo);
        logger.info(
          { chatId, movedTo },
          "alert sender: the group became a supergroup; following it",
        );
        return;
      }
      if (error.error_code === 403 || /chat not found/i.test(error.description)) {
        subscriptions.deactivateChat(chatId, error.description);
        logger.info(
          { chatId, reason: error.description },
          "alert sender: the chat is gone; its subscriptions are switched off",
        );
        return;
      }
    }
    const reason = error instanceof Error ? error.message : String(error);
    const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
    for (const alert of alerts) {
      const delay = retryAfter ? retryAfter * 1000 : backoffMs(alert.attempts);
      const outcome = outbox.markRetry(alert.id, reason, this.now() + delay, MAX_ATTEMPTS);
      if (outcome === "failed")
        logger.error({ chatId, alertId: alert.id, reason }, "alert sender: giving up on an alert");
      else
        logger.warn({ chatId, alertId: alert.id, reason, delay }, "alert sender: will try again");
    }
  }
}
