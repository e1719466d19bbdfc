import { InlineKeyboard } from "grammy";
import { MAX_SUBSCRIPTIONS_PER_CHAT, type Subscription } from "../../db/subscription-store.js";
import type { SubscriptionKind } from "../../nlp/subscription-target.js";
import { truncateWords } from "../../nlp/text.js";
import type { DigestMode } from "../../services/subscription-service.js";
import { encodeCallback } from "../callback-data.js";
import { ID, type Translator } from "../i18n.js";
import { bold, code, type Html, html, join, MESSAGE_LIMIT, visibleLength } from "./html.js";
import {
  dailyCommand,
  ECHO_MAX,
  offCommand,
  type SubscriptionsScreen,
  targetLabel,
} from "./subscriptions.js";

/** The /subscriptions list with its remove buttons, and the /digest replies. */

const SECTIONS: [SubscriptionKind, string][] = [
  ["country", "sub-list-countries"],
  ["pair", "sub-list-pairs"],
  ["keyword", "sub-list-keywords"],
];

/**
 * Keeps the lines that fit with the head and tail in one message, marking a cut. Fifty
 * subscriptions of the longest keywords fit easily; this holds whatever the store gives.
 */
function fitLines(head: Html, lines: Html[], tail: Html, cut: Html, limit: number): Html {
  const kept: Html[] = [];
  let length = visibleLength(head) + visibleLength(tail) + visibleLength(cut) + 4;
  for (const line of lines) {
    length += visibleLength(line) + 1;
    if (length > limit) {
      kept.push(cut);
      break;
    }
    kept.push(line);
  }
  return html`${head}\n${join(kept, "\n")}\n\n${tail}`;
}

/** /subscriptions: what the chat follows by kind, how alerts come, and a ✖ button for each. */
export function subscriptionsScreen(
  subscriptions: readonly Subscription[],
  digest: DigestMode,
  tr: Translator = ID(),
  limit = MESSAGE_LIMIT,
): SubscriptionsScreen {
  const mode =
    digest === "daily"
      ? tr.h("sub-list-mode-daily", { off: offCommand(tr) })
      : tr.h("sub-list-mode-each", { daily: dailyCommand(tr) });
  if (!subscriptions.length) {
    const empty = tr.h("sub-list-empty", {
      country: code(tr.t("example-subscribe-country")),
      pair: code(tr.t("example-subscribe-pair")),
      keyword: code(tr.t("example-subscribe-keyword")),
    });
    return { text: html`${empty}\n\n${mode}` };
  }
  const lines: Html[] = [];
  for (const [kind, title] of SECTIONS) {
    const ofKind = subscriptions.filter((subscription) => subscription.kind === kind);
    if (!ofKind.length) continue;
    lines.push(html`${lines.length ? "\n" : ""}${bold(tr.t(title))}`);
    for (const subscription of ofKind) lines.push(html`• ${targetLabel(subscription, tr)}`);
  }
  const head = tr.h("sub-list-head", {
    count: subscriptions.length,
    max: MAX_SUBSCRIPTIONS_PER_CHAT,
  });
  const tail = html`${mode}\n${tr.h("sub-list-remove")}`;
  const keyboard = InlineKeyboard.from(
    subscriptions.map((subscription) => [
      InlineKeyboard.text(
        tr.t("sub-remove-button", { label: targetLabel(subscription, tr) }),
        encodeCallback({ kind: "unsubscribe", subscriptionId: subscription.id }),
      ),
    ]),
  );
  return { text: fitLines(head, lines, tail, tr.h("sub-list-cut"), limit), keyboard };
}

/** /digest with nothing after it: how alerts come now, and how to change it. */
export function digestCurrent(mode: DigestMode, tr: Translator = ID()): Html {
  return mode === "daily"
    ? tr.h("digest-current-daily", { off: offCommand(tr) })
    : tr.h("digest-current-each", { daily: dailyCommand(tr) });
}

/** /digest daily or off: what happens from now on. */
export function digestSet(mode: DigestMode, tr: Translator = ID()): Html {
  return mode === "daily"
    ? tr.h("digest-set-daily", { off: offCommand(tr) })
    : tr.h("digest-set-off", { daily: dailyCommand(tr) });
}

export function digestUnknown(given: string, tr: Translator = ID()): Html {
  return tr.h("digest-unknown", {
    given: truncateWords(given, ECHO_MAX),
    daily: dailyCommand(tr),
    off: offCommand(tr),
  });
}
