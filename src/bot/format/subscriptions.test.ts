import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReplyMarkup, checkText } from "../../../test/support/telegram-rules.js";
import { MAX_SUBSCRIPTIONS_PER_CHAT, type Subscription } from "../../db/subscription-store.js";
import type { SubscriptionTarget } from "../../nlp/subscription-target.js";
import type { TargetError } from "../../services/subscription-service.js";
import { CALLBACK_DATA_MAX_BYTES, decodeCallback } from "../callback-data.js";
import { translator } from "../i18n.js";
import { type Html, MESSAGE_LIMIT, toPlainText, visibleLength } from "./html.js";
import {
  digestCurrent,
  digestSet,
  digestUnknown,
  subscriptionsScreen,
} from "./subscription-list.js";
import {
  adminsOnly,
  adminsOnlyNotice,
  removedNotice,
  subscribeReply,
  subscribeUsage,
  targetLabel,
  targetProblem,
  unsubscribeReply,
} from "./subscriptions.js";

const id = translator("id");
const en = translator("en");
const text = (message: Html) => toPlainText(message);

/** What Telegram would show, or a throw where it would refuse the message. */
const telegram = (message: Html) => checkText(message.markup, "HTML").text;

const country: SubscriptionTarget = { kind: "country", key: "RU" };
const pair: SubscriptionTarget = { kind: "pair", key: "MY-RU" };
const keyword: SubscriptionTarget = { kind: "keyword", key: "minyak sawit" };

let nextId = 1;
const subscription = (target: SubscriptionTarget): Subscription => ({
  ...target,
  id: nextId++,
  chatId: 42,
});

describe("a subscription's name", () => {
  it("is a country, a pair with a dash, or a keyword in «», in the chat's language", () => {
    expect(targetLabel(country, id)).toBe("Rusia");
    expect(targetLabel(country, en)).toBe("Russia");
    expect(targetLabel(pair, id)).toBe("Malaysia – Rusia");
    expect(targetLabel(pair, en)).toBe("Malaysia – Russia");
    expect(targetLabel(keyword, en)).toBe("«minyak sawit»");
  });
});

describe("/subscribe's replies", () => {
  it("names what is followed now and how alerts come, by story or in the daily digest", () => {
    const added = { result: "added" as const, target: pair };
    expect(text(subscribeReply(added, "off", "Malaysia Rusia", id))).toBe(
      "✅ Obrolan ini sekarang mengikuti Malaysia – Rusia.\nSaya kirim satu pesan untuk setiap cerita baru. Untuk satu pesan sehari: /ringkasan harian",
    );
    expect(subscribeReply(added, "off", "", id).markup).toContain("<b>Malaysia – Rusia</b>");
    const daily = text(subscribeReply(added, "daily", "", en));
    expect(daily).toContain("This chat now follows Malaysia – Russia.");
    expect(daily).toContain("daily digest at 07:00 WIB");
    expect(daily).toContain("/digest off");
  });

  it("says when the target is followed already, or when the chat is full", () => {
    const exists = text(subscribeReply({ result: "exists", target: keyword }, "off", "", id));
    expect(exists).toBe(
      "Obrolan ini sudah mengikuti «minyak sawit». Semua yang diikuti: /langganan",
    );
    const full = text(subscribeReply({ result: "full", target: country }, "off", "", en));
    expect(full).toContain(`already follows ${MAX_SUBSCRIPTIONS_PER_CHAT} things`);
    expect(full).toContain("Remove some first: /subscriptions");
  });

  it("without a target shows the three kinds, the keyword in quotes", () => {
    const usage = text(subscribeUsage(en));
    expect(usage).toContain("/subscribe Malaysia (a country)");
    expect(usage).toContain("/subscribe Malaysia Russia (the ties between two countries)");
    expect(usage).toContain('/subscribe "palm oil" (a keyword: put it in quotes)');
    expect(text(targetProblem({ problem: "empty" }, "", "subscribe", id))).toBe(
      text(subscribeUsage(id)),
    );
  });

  it("names unknown words with suggestions in the chat's language, and offers them as a keyword", () => {
    const error: TargetError = {
      problem: "unknown-words",
      names: [{ name: "Rusai", suggestions: [{ code: "RU", name: "Rusia" }] }],
    };
    expect(text(targetProblem(error, "Rusai", "subscribe", en))).toBe(
      'I do not know the country “Rusai”. Did you mean: Russia?\nExample: /subscribe Malaysia\n\nA keyword, rather than a country, goes in quotes: /subscribe "rusai"',
    );
    expect(text(targetProblem(error, "Rusai", "unsubscribe", id))).toContain(
      'ditulis di antara tanda kutip: /berhenti "rusai"',
    );
  });

  it("offers the usual keyword example when some words were countries, or are too long", () => {
    const error: TargetError = {
      problem: "unknown-words",
      names: [{ name: "Narnia", suggestions: [] }],
    };
    expect(text(targetProblem(error, "Malaysia Narnia", "subscribe", id))).toContain(
      'tanda kutip: /ikuti "minyak sawit"',
    );
    const long = "kata ".repeat(30);
    const tooLong = { problem: "unknown-words" as const, names: [{ name: long, suggestions: [] }] };
    expect(text(targetProblem(tooLong, long, "subscribe", id))).toContain('/ikuti "minyak sawit"');
  });

  it("escapes and cuts short what it echoes, at most five unknown names", () => {
    const names = Array.from({ length: 40 }, (_, n) => ({
      name: `<b>${n}</b>${"x".repeat(500)}`,
      suggestions: [],
    }));
    const reply = targetProblem({ problem: "unknown-words", names }, "…", "subscribe", id);
    expect(reply.markup).not.toContain("<b>0");
    expect(reply.markup).toContain("&lt;b&gt;0&lt;/b&gt;");
    expect(text(reply).match(/tidak mengenal/g)).toHaveLength(5);
    expect(visibleLength(reply)).toBeLessThan(600);
    expect(telegram(reply)).toContain("<b>0</b>");
  });

  it("refuses three countries, naming them, and keywords of the wrong length", () => {
    const three = targetProblem(
      { problem: "too-many-countries", countries: ["MY", "RU", "CN"] },
      "",
      "subscribe",
      en,
    );
    expect(text(three)).toBe(
      "A subscription is for one country or a pair of countries, not 3 (Malaysia, Russia and China). For example /subscribe Malaysia Russia",
    );
    expect(text(targetProblem({ problem: "keyword-length" }, '"ab"', "subscribe", id))).toBe(
      'Kata kunci harus 3 sampai 60 karakter, di antara tanda kutip, misalnya /ikuti "minyak sawit"',
    );
  });
});

describe("/unsubscribe's replies", () => {
  it("says the target is no longer followed, or was not followed", () => {
    expect(text(unsubscribeReply({ removed: true, target: pair }, "", id))).toBe(
      "Obrolan ini tidak lagi mengikuti Malaysia – Rusia.",
    );
    expect(text(unsubscribeReply({ removed: false, target: country }, "", en))).toBe(
      "This chat was not following Russia. What it follows: /subscriptions",
    );
  });
});

describe("the /subscriptions list", () => {
  it("groups countries, pairs and keywords, says how alerts come, with a ✖ button each", () => {
    const subscriptions = [subscription(country), subscription(pair), subscription(keyword)];
    const screen = subscriptionsScreen(subscriptions, "off", id);
    expect(text(screen.text)).toBe(
      [
        "📋 Yang diikuti obrolan ini (3/50):",
        "Negara",
        "• Rusia",
        "",
        "Pasangan negara",
        "• Malaysia – Rusia",
        "",
        "Kata kunci",
        "• «minyak sawit»",
        "",
        "Pemberitahuan: satu pesan per cerita baru. Untuk ringkasan harian: /ringkasan harian",
        "Tekan ✖ untuk berhenti mengikuti.",
      ].join("\n"),
    );
    const rows = screen.keyboard?.inline_keyboard ?? [];
    expect(rows.every((row) => row.length === 1)).toBe(true);
    expect(
      rows.flat().map((button) => ({
        text: button.text,
        data: "callback_data" in button ? decodeCallback(button.callback_data) : null,
      })),
    ).toEqual(
      subscriptions.map((s) => ({
        text: `✖ ${targetLabel(s, id)}`,
        data: { kind: "unsubscribe", subscriptionId: s.id },
      })),
    );
    expect(text(subscriptionsScreen(subscriptions, "daily", en).text)).toContain(
      "Alerts: a daily digest at 07:00 WIB. For one message per story instead: /digest off",
    );
  });

  it("when empty says how to follow something, with no buttons", () => {
    const screen = subscriptionsScreen([], "off", en);
    expect(screen.keyboard).toBeUndefined();
    expect(text(screen.text)).toContain("This chat does not follow anything yet.");
    expect(text(screen.text)).toContain('/subscribe "palm oil"');
  });

  it("fits fifty of the longest keywords in one message Telegram accepts", () => {
    const subscriptions = Array.from({ length: MAX_SUBSCRIPTIONS_PER_CHAT }, (_, n) =>
      subscription({ kind: "keyword", key: `${String(n).padStart(2, "0")} ${"&<".repeat(29)}` }),
    );
    const screen = subscriptionsScreen(subscriptions, "daily", id);
    expect(visibleLength(screen.text)).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(telegram(screen.text)).toContain("«49 &<&<");
    expect(text(screen.text)).not.toContain("(daftar dipotong)");
    expect(() => checkReplyMarkup(JSON.stringify(screen.keyboard))).not.toThrow();
  });

  it("cuts a list that would not fit, saying so, and keeps every button", () => {
    const subscriptions = Array.from({ length: 20 }, (_, n) =>
      subscription({ kind: "keyword", key: `kata kunci ${n}` }),
    );
    const screen = subscriptionsScreen(subscriptions, "off", id, 400);
    expect(visibleLength(screen.text)).toBeLessThanOrEqual(400);
    expect(text(screen.text)).toContain("(daftar dipotong)");
    expect(text(screen.text)).toContain("Tekan ✖");
    expect(screen.keyboard?.inline_keyboard).toHaveLength(20);
  });

  it("has button data within Telegram's 64 bytes and messages Telegram accepts, for any keyword", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 50 }),
        fc.constantFrom(id, en),
        (keys, tr) => {
          const subscriptions = keys.map((key) => subscription({ kind: "keyword", key }));
          const screen = subscriptionsScreen(subscriptions, "off", tr);
          expect(visibleLength(screen.text)).toBeLessThanOrEqual(MESSAGE_LIMIT);
          expect(() => telegram(screen.text)).not.toThrow();
          for (const button of screen.keyboard?.inline_keyboard.flat() ?? []) {
            const data = "callback_data" in button ? button.callback_data : "";
            expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("/digest's replies", () => {
  it("say what happens now and how to change it", () => {
    expect(text(digestCurrent("off", id))).toContain("satu pesan untuk setiap cerita baru");
    expect(text(digestCurrent("daily", en))).toContain("daily digest at 07:00 WIB");
    expect(text(digestSet("daily", id))).toContain("pukul 07.00 WIB");
    expect(text(digestSet("daily", id))).toContain("/ringkasan mati");
    expect(text(digestSet("off", en))).toBe(
      "Daily digest off: I send one message for each new story as it comes. For one a day again: /digest daily",
    );
  });

  it("name an unknown choice back, escaped and cut short", () => {
    const reply = digestUnknown(`<i>${"w".repeat(10_000)}`, en);
    expect(reply.markup).toContain("&lt;i&gt;");
    expect(visibleLength(reply)).toBeLessThan(200);
    expect(text(reply)).toContain("Choose /digest daily or /digest off.");
  });
});

describe("refusals and button notices", () => {
  it("tell a group member that only administrators change subscriptions", () => {
    expect(text(adminsOnly(en))).toContain("Only this group's administrators");
    expect(text(adminsOnly(en))).toContain("/subscriptions");
    expect(adminsOnlyNotice(id).length).toBeLessThanOrEqual(200);
  });

  it("name what a ✖ button removed, or say it was gone already", () => {
    expect(removedNotice(pair, id)).toBe("Dihapus: Malaysia – Rusia");
    expect(removedNotice(null, en)).toBe("That one was already removed.");
  });
});
