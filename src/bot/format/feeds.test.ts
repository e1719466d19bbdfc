import { describe, expect, it } from "vitest";
import { checkText } from "../../../test/support/telegram-rules.js";
import type { Feed } from "../../db/feed-store.js";
import { translator } from "../i18n.js";
import {
  feedChangeReply,
  feedConfigured,
  feedsAdminsOnly,
  feedsList,
  feedsUsage,
  formatWib,
} from "./feeds.js";
import { type Html, MESSAGE_LIMIT, toPlainText, visibleLength } from "./html.js";

const id = translator("id");
const en = translator("en");
const text = (message: Html) => toPlainText(message);

const feed = (more: Partial<Feed> = {}): Feed => ({
  id: 1,
  url: "https://news.example/rss",
  origin: "admin",
  etag: null,
  lastModified: null,
  nextPollAt: 0,
  lastOkAt: null,
  failures: 0,
  lastError: null,
  failureReported: false,
  ...more,
});

describe("times in Jakarta", () => {
  it("are shown in WIB (UTC+7), the next day after 17:00 UTC", () => {
    expect(formatWib("2025-05-14T00:30:00.000Z", "id")).toBe("14 Mei 2025 07.30 WIB");
    expect(formatWib("2025-05-14T00:30:00.000Z", "en")).toBe("14 May 2025 07:30 WIB");
    expect(formatWib("2025-05-13T20:05:00Z", "id")).toBe("14 Mei 2025 03.05 WIB");
    expect(formatWib("not a time")).toBeNull();
  });
});

describe("the /feeds list", () => {
  it("gives each feed's address, origin and last fetch, and why a failing one fails", () => {
    const list = feedsList(
      [
        feed({ url: "https://config.example/feed.xml", origin: "config" }),
        feed({
          id: 2,
          lastOkAt: "2025-05-14T00:30:00.000Z",
          failures: 3,
          lastError: "HTTP 503 <Service Unavailable>",
        }),
      ],
      en,
    );
    expect(text(list)).toBe(
      [
        "📡 Feeds (2):",
        "",
        "• https://config.example/feed.xml",
        "from FEEDS · not fetched yet",
        "",
        "• https://news.example/rss",
        "added by an admin · last fetched 14 May 2025 07:30 WIB",
        "⚠️ failed 3 times in a row: HTTP 503 <Service Unavailable>",
      ].join("\n"),
    );
    expect(list.markup).toContain("&lt;Service Unavailable&gt;");
    expect(list.markup).toContain("<code>https://news.example/rss</code>");
  });

  it("says how to add one when there are none", () => {
    expect(text(feedsList([], id))).toBe(
      "Belum ada feed. Tambahkan satu: /feeds tambah https://example.com/rss",
    );
  });

  it("stays within one message however many and however long the feeds and errors", () => {
    const feeds = Array.from({ length: 60 }, (_, n) =>
      feed({
        id: n,
        url: `https://example.com/${"a".repeat(1900)}/${n}`,
        failures: 9,
        lastError: "<x>".repeat(1000),
      }),
    );
    const list = feedsList(feeds, id);
    expect(visibleLength(list)).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(() => checkText(list.markup, "HTML")).not.toThrow();
    expect(text(list)).toContain("(daftar dipotong)");
  });
});

describe("/feeds add and remove", () => {
  it("say what changed", () => {
    const url = "https://news.example/rss";
    expect(text(feedChangeReply({ result: "added", url }, en))).toBe(
      "✅ Added https://news.example/rss. It is fetched shortly.",
    );
    expect(text(feedChangeReply({ result: "exists", url }, id))).toBe(
      "https://news.example/rss sudah ada di daftar feed.",
    );
    expect(text(feedChangeReply({ result: "removed", url }, en))).toBe(
      "Removed https://news.example/rss.",
    );
    expect(text(feedChangeReply({ result: "not-found", url }, en))).toBe(
      "https://news.example/rss is not among the feeds. See them: /feeds",
    );
  });

  it("name something that is not an address back, escaped and cut short", () => {
    const reply = feedChangeReply({ result: "invalid", url: `<b>${"x".repeat(190)}` }, en);
    expect(reply.markup).toContain("&lt;b&gt;");
    expect(visibleLength(reply)).toBeLessThan(200);
    expect(text(reply)).toContain("is not an http(s) address. For example /feeds add https://");
  });

  it("leave a feed from FEEDS to the configuration", () => {
    expect(text(feedConfigured("https://config.example/feed.xml", en))).toBe(
      "https://config.example/feed.xml comes from the FEEDS setting: remove it there and restart the bot, not by command.",
    );
  });

  it("explain themselves, and refuse anyone but the bot's admins without naming a feed", () => {
    expect(text(feedsUsage(en))).toContain("/feeds remove https://example.com/rss removes one");
    expect(text(feedsAdminsOnly(id))).toBe("Hanya admin bot yang dapat mengelola feed.");
  });
});
