import type { InlineKeyboard } from "grammy";
import { MAX_SUBSCRIPTIONS_PER_CHAT } from "../../db/subscription-store.js";
import { countryName } from "../../nlp/countries.js";
import {
  KEYWORD_MAX_LENGTH,
  KEYWORD_MIN_LENGTH,
  normaliseKeyword,
  pairOfKey,
  type SubscriptionTarget,
} from "../../nlp/subscription-target.js";
import { truncateWords } from "../../nlp/text.js";
import type { Pair } from "../../nlp/types.js";
import {
  type DigestMode,
  isTargetError,
  type SubscribeResult,
  type TargetError,
  type UnsubscribeResult,
} from "../../services/subscription-service.js";
import { ID, type Translator } from "../i18n.js";
import { bold, code, type Html, join } from "./html.js";
import { unknownNames } from "./messages.js";
import { listWords } from "./values.js";

/**
 * The replies of /subscribe, /unsubscribe, /subscriptions and /digest, and the list's remove
 * buttons. What the user typed is echoed back cut short, and escaped like every other value.
 */

/** The most of the user's words echoed back in one place. */
export const ECHO_MAX = 40;
/** The most unknown names listed back: a long message of nonsense needs no line per word. */
const UNKNOWN_MAX = 5;
/** Keywords are 60 characters at most when stored; this bounds a label whatever the store holds. */
const LABEL_MAX = 70;

type Verb = "subscribe" | "unsubscribe";

/** What is followed, named in the chat's language: "Malaysia", "Malaysia – Rusia", «minyak sawit». */
/** "Indonesia – Tiongkok": Indonesia first when it is one of the two. */
export function pairLabel(pair: Pair, tr: Translator = ID()): string {
  return tr.t("sub-pair", { a: countryName(pair[0], tr.lang), b: countryName(pair[1], tr.lang) });
}

export function targetLabel(target: SubscriptionTarget, tr: Translator = ID()): string {
  switch (target.kind) {
    case "country":
      return countryName(target.key, tr.lang);
    case "pair":
      return pairLabel(pairOfKey(target.key), tr);
    case "keyword":
      return tr.t("sub-keyword", { keyword: truncateWords(target.key, LABEL_MAX) });
  }
}

export const listCommand = (tr: Translator): Html => code(tr.t("example-subscriptions"));
export const dailyCommand = (tr: Translator): Html => code(tr.t("example-digest-daily"));
export const offCommand = (tr: Translator): Html => code(tr.t("example-digest-off"));

function example(verb: Verb, target: string, tr: Translator): Html {
  return code(
    tr.t(verb === "subscribe" ? "example-subscribe-any" : "example-unsubscribe-any", { target }),
  );
}

/** /subscribe with nothing after it: the three kinds of target, and where the list is. */
export function subscribeUsage(tr: Translator = ID()): Html {
  return tr.h("sub-usage", {
    country: code(tr.t("example-subscribe-country")),
    pair: code(tr.t("example-subscribe-pair")),
    keyword: code(tr.t("example-subscribe-keyword")),
    list: listCommand(tr),
    daily: dailyCommand(tr),
  });
}

/** Quotes and markup gone, lower case: how the words would be kept as a keyword. */
const keywordOf = (text: string): string => normaliseKeyword(text.replace(/["“”„«»'‘’]/g, " "));

/**
 * The user's words as a quoted keyword, for "a keyword goes in quotes": when none of them named a
 * country and they could be a keyword; otherwise the usual example.
 */
function asKeyword(input: string, unknown: readonly string[], verb: Verb, tr: Translator): Html {
  const words = keywordOf(input);
  const allUnknown = unknown.length === 1 && keywordOf(unknown[0] ?? "") === words;
  if (allUnknown && words.length >= KEYWORD_MIN_LENGTH && words.length <= KEYWORD_MAX_LENGTH)
    return example(verb, `"${words}"`, tr);
  return verb === "subscribe"
    ? code(tr.t("example-subscribe-keyword"))
    : example(verb, `"${tr.t("example-keyword")}"`, tr);
}

/** Why the words are not something to follow: unknown names, three countries, a bad keyword. */
export function targetProblem(
  error: TargetError,
  input: string,
  verb: Verb = "subscribe",
  tr: Translator = ID(),
): Html {
  switch (error.problem) {
    case "empty":
      return subscribeUsage(tr);
    case "unknown-words": {
      const names = error.names.slice(0, UNKNOWN_MAX).map(({ name, suggestions }) => ({
        name: truncateWords(name, ECHO_MAX),
        suggestions: suggestions.map((s) => ({ ...s, name: countryName(s.code, tr.lang) })),
      }));
      const sample = tr.t(
        verb === "subscribe" ? "example-subscribe-any" : "example-unsubscribe-any",
        { target: countryName("MY", tr.lang) },
      );
      return join(
        [
          unknownNames({ names }, sample, tr),
          tr.h("sub-unknown-keyword", {
            example: asKeyword(
              input,
              error.names.map((unknown) => unknown.name),
              verb,
              tr,
            ),
          }),
        ],
        "\n\n",
      );
    }
    case "too-many-countries": {
      const names = error.countries.map((country) => countryName(country, tr.lang));
      return tr.h("sub-too-many", {
        count: names.length,
        names: listWords(names, tr),
        example: example(verb, `${names[0]} ${names[1]}`, tr),
      });
    }
    case "keyword-length":
      return tr.h("sub-keyword-length", {
        min: KEYWORD_MIN_LENGTH,
        max: KEYWORD_MAX_LENGTH,
        example: code(tr.t("example-subscribe-keyword")),
      });
  }
}

/** How the alerts come now: one message per story, or the daily digest. */
function delivery(digest: DigestMode, tr: Translator): Html {
  return digest === "daily"
    ? tr.h("sub-delivery-daily", { off: offCommand(tr) })
    : tr.h("sub-delivery-each", { daily: dailyCommand(tr) });
}

/** /subscribe X: followed now (and how the alerts come), already, the chat is full, or why not. */
export function subscribeReply(
  answer: SubscribeResult,
  digest: DigestMode,
  input: string,
  tr: Translator = ID(),
): Html {
  if (isTargetError(answer)) return targetProblem(answer, input, "subscribe", tr);
  const target = bold(targetLabel(answer.target, tr));
  switch (answer.result) {
    case "added":
      return tr.h("sub-added", { target, delivery: delivery(digest, tr) });
    case "exists":
      return tr.h("sub-exists", { target, list: listCommand(tr) });
    case "full":
      return tr.h("sub-full", { max: MAX_SUBSCRIPTIONS_PER_CHAT, list: listCommand(tr) });
  }
}

/** /unsubscribe X: no longer followed, was not followed, or why X is not something to follow. */
export function unsubscribeReply(
  answer: UnsubscribeResult,
  input: string,
  tr: Translator = ID(),
): Html {
  if (isTargetError(answer)) return targetProblem(answer, input, "unsubscribe", tr);
  const target = bold(targetLabel(answer.target, tr));
  return answer.removed
    ? tr.h("sub-removed", { target })
    : tr.h("sub-not-following", { target, list: listCommand(tr) });
}

export interface SubscriptionsScreen {
  text: Html;
  /** One ✖ button per subscription; none for an empty list. */
  keyboard?: InlineKeyboard;
}

/** A group member who is not an administrator asked to change what the group follows. */
export function adminsOnly(tr: Translator = ID()): Html {
  return tr.h("sub-admins-only", { list: listCommand(tr) });
}

/** The same refusal for a pressed ✖ button: plain text, as a callback answer is. */
export function adminsOnlyNotice(tr: Translator = ID()): string {
  return tr.t("sub-admins-only-button");
}

/** A ✖ button's answer: what was removed, or that it was gone already. Plain text. */
export function removedNotice(removed: SubscriptionTarget | null, tr: Translator = ID()): string {
  return removed
    ? tr.t("sub-removed-notice", { target: targetLabel(removed, tr) })
    : tr.t("sub-already-removed");
}
