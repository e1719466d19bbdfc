import type { AddResult, Subscription, SubscriptionStore } from "../db/subscription-store.js";
import { type CountryCode, suggestCountries } from "../nlp/countries.js";
import {
  isTargetProblem,
  parseSubscriptionTarget,
  type SubscriptionTarget,
  type TargetProblem,
} from "../nlp/subscription-target.js";

/**
 * The subscription story: read what the user wants to follow, check it, keep it for the chat.
 * Who may change a group's subscriptions is the bot layer's question (it asks Telegram).
 */

export type Unknown = { name: string; suggestions: { code: CountryCode; name: string }[] };

export type TargetError =
  | Exclude<TargetProblem, { problem: "unknown-words" }>
  | { problem: "unknown-words"; names: Unknown[] };

export type SubscribeResult = { result: AddResult; target: SubscriptionTarget } | TargetError;
export type UnsubscribeResult = { removed: boolean; target: SubscriptionTarget } | TargetError;

export type DigestMode = "daily" | "off";

/** Digests go out at 07:00 in Jakarta (UTC+7, no daylight saving): midnight UTC. */
export function nextDigestTime(now: number): number {
  const day = 86_400_000;
  return Math.floor(now / day) * day + day;
}

export class SubscriptionService {
  constructor(
    private readonly store: SubscriptionStore,
    private readonly now: () => number = Date.now,
  ) {}

  subscribe(chatId: number, input: string): SubscribeResult {
    const target = this.read(input);
    if (isTargetError(target)) return target;
    return { result: this.store.add(chatId, target), target };
  }

  unsubscribe(chatId: number, input: string): UnsubscribeResult {
    const target = this.read(input);
    if (isTargetError(target)) return target;
    return { removed: this.store.remove(chatId, target), target };
  }

  /** For the remove button under /subscriptions: only the chat's own subscriptions. */
  unsubscribeById(chatId: number, id: number): Subscription | null {
    return this.store.removeById(chatId, id);
  }

  /** The group became a supergroup (Telegram's service message says so): follow it there. */
  moveChat(fromChatId: number, toChatId: number): void {
    this.store.moveChat(fromChatId, toChatId);
  }

  list(chatId: number): Subscription[] {
    return this.store.list(chatId);
  }

  digest(chatId: number): DigestMode {
    return this.store.digestDueAt(chatId) === null ? "off" : "daily";
  }

  /** Returns when the next digest goes out (epoch ms), or null when turned off. */
  setDigest(chatId: number, mode: DigestMode): number | null {
    const nextAt = mode === "daily" ? nextDigestTime(this.now()) : null;
    this.store.setDigest(chatId, nextAt);
    return nextAt;
  }

  private read(input: string): SubscriptionTarget | TargetError {
    const target = parseSubscriptionTarget(input);
    if (!isTargetProblem(target)) return target;
    if (target.problem !== "unknown-words") return target;
    return {
      problem: "unknown-words",
      names: target.words.map((name) => ({ name, suggestions: suggestCountries(name) })),
    };
  }
}

export function isTargetError<T extends object>(value: T | TargetError): value is TargetError {
  return "problem" in value;
}
