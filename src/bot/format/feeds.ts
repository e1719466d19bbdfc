import type { Feed } from "../../db/feed-store.js";
import { truncateWords } from "../../nlp/text.js";
import type { FeedChange } from "../../services/feed-service.js";
import { ID, type Lang, type Translator } from "../i18n.js";
import { code, fitBlocks, type Html, html, MESSAGE_LIMIT } from "./html.js";
import { formatDate } from "./values.js";

/** The replies of /feeds, which only the bot's admins may use. */

/** Addresses are shown whole up to here (an admin copies them to remove one), cut beyond. */
const URL_MAX = 300;
const ERROR_MAX = 200;
const ECHO_MAX = 60;

const JAKARTA_OFFSET_MS = 7 * 3_600_000;

/** "2025-05-14T00:30:00.000Z" → "14 Mei 2025 07:30 WIB" (Jakarta has no daylight saving). */
export function formatWib(iso: string, lang: Lang = "id"): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + JAKARTA_OFFSET_MS);
  const date = formatDate(
    { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() },
    lang,
  );
  const time = [local.getUTCHours(), local.getUTCMinutes()]
    .map((n) => String(n).padStart(2, "0"))
    .join(lang === "en" ? ":" : ".");
  return `${date} ${time} WIB`;
}

const shownUrl = (url: string): Html => code(truncateWords(url, URL_MAX));

function feedBlock(feed: Feed, tr: Translator): Html {
  const origin = tr.t(feed.origin === "config" ? "feeds-origin-config" : "feeds-origin-admin");
  const fetched = feed.lastOkAt ? formatWib(feed.lastOkAt, tr.lang) : null;
  const status = fetched ? tr.t("feeds-last-ok", { time: fetched }) : tr.t("feeds-never");
  const lines = [html`• ${shownUrl(feed.url)}`, html`${origin} · ${status}`];
  if (feed.failures > 0) {
    const error = truncateWords(feed.lastError ?? "?", ERROR_MAX);
    lines.push(tr.h("feeds-failing", { failures: feed.failures, error }));
  }
  return html`${lines[0]}\n${lines[1]}${lines[2] ? html`\n${lines[2]}` : ""}`;
}

/** /feeds: every feed with where it comes from, when it last worked, and why it fails if it does. */
export function feedsList(
  feeds: readonly Feed[],
  tr: Translator = ID(),
  limit = MESSAGE_LIMIT,
): Html {
  if (!feeds.length) return tr.h("feeds-empty", { add: code(tr.t("example-feeds-add")) });
  const head = tr.h("feeds-head", { count: feeds.length });
  return fitBlocks([head, ...feeds.map((feed) => feedBlock(feed, tr))], tr.h("feeds-cut"), limit);
}

/** /feeds add or remove: what changed, or why nothing did. */
export function feedChangeReply(change: FeedChange, tr: Translator = ID()): Html {
  switch (change.result) {
    case "added":
      return tr.h("feeds-added", { url: shownUrl(change.url) });
    case "exists":
      return tr.h("feeds-exists", { url: shownUrl(change.url) });
    case "removed":
      return tr.h("feeds-removed", { url: shownUrl(change.url) });
    case "not-found":
      return tr.h("feeds-not-found", {
        url: shownUrl(change.url),
        list: code(tr.t("example-feeds")),
      });
    case "invalid":
      return tr.h("feeds-invalid", {
        given: truncateWords(change.url, ECHO_MAX),
        example: code(tr.t("example-feeds-add")),
      });
  }
}

/** A feed listed in FEEDS: the configuration owns it, not /feeds remove. */
export function feedConfigured(url: string, tr: Translator = ID()): Html {
  return tr.h("feeds-config", { url: shownUrl(url) });
}

export function feedsUsage(tr: Translator = ID()): Html {
  return tr.h("feeds-usage", {
    list: code(tr.t("example-feeds")),
    add: code(tr.t("example-feeds-add")),
    remove: code(tr.t("example-feeds-remove")),
  });
}

/** Anyone but the bot's admins: no feed is named. */
export function feedsAdminsOnly(tr: Translator = ID()): Html {
  return tr.h("feeds-admins-only");
}
