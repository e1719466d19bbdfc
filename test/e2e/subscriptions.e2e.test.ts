import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decodeCallback } from "../../src/bot/callback-data.js";
import { setCommandMenus } from "../../src/bot/commands.js";
import { MAX_SUBSCRIPTIONS_PER_CHAT } from "../../src/db/subscription-store.js";
import { startTestBot, type TestBot } from "../helpers/bot.js";
import type { ChatKind, SentMessage } from "../support/bot-api-emulator.js";

/** Following countries, pairs and keywords: /subscribe, /unsubscribe, /subscriptions, /digest. */

let testBot: TestBot;

beforeAll(async () => {
  testBot = await startTestBot();
});

afterAll(() => testBot.stop());

interface Who {
  chat?: ChatKind;
  userId?: number;
  languageCode?: string;
}

async function say(text: string, who: Who = {}, emulator = testBot.emulator): Promise<SentMessage> {
  const { chat = "private", userId = 1001, languageCode = "id" } = who;
  await emulator.userSays(text, { chat, userId, languageCode });
  const [reply] = await emulator.waitForReplies({ chat, userId, count: 1 });
  return reply!;
}

/** Presses a button and resolves with the message it edited. */
async function press(data: string, who: Who = {}): Promise<SentMessage> {
  const { chat = "private", userId = 1001, languageCode = "id" } = who;
  await testBot.emulator.userClicks(data, { chat, userId, languageCode });
  const [edited] = await testBot.emulator.waitForReplies({ chat, userId, count: 1 });
  return edited!;
}

/** The answer to a button press, once there are more answers than `before`. */
function answerAfter(before: number): Promise<Record<string, unknown>> {
  return vi.waitFor(() => {
    const answers = testBot.emulator.calls("answerCallbackQuery");
    expect(answers.length).toBeGreaterThan(before);
    return answers.at(-1)!.params;
  });
}

/** The answer to the latest button press (given before the list is edited). */
const lastAnswer = () => answerAfter(0);

function buttons(message: SentMessage): { text: string; data: string }[] {
  const markup = message.replyMarkup as
    | { inline_keyboard: { text: string; callback_data?: string }[][] }
    | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((button) => ({
    text: button.text,
    data: button.callback_data ?? "",
  }));
}

const buttonFor = (message: SentMessage, text: string): string => {
  const found = buttons(message).find((button) => button.text === text);
  if (!found) throw new Error(`no button "${text}" in ${JSON.stringify(buttons(message))}`);
  return found.data;
};

const followed = (chatId: number) =>
  testBot.app.subscriptions.list(chatId).map(({ kind, key }) => `${kind}:${key}`);

describe("/subscribe", () => {
  it("follows a country, a pair and a keyword, naming each in the chat's language", async () => {
    const me = { userId: 5001 };
    const country = await say("/subscribe Malaysia", me);
    expect(country.plainText).toContain("Obrolan ini sekarang mengikuti Malaysia.");
    expect(country.plainText).toContain("satu pesan untuk setiap cerita baru");
    expect(country.plainText).toContain("/ringkasan harian");

    const pair = await say("/ikuti Malaysia Rusia", me);
    expect(pair.plainText).toContain("mengikuti Malaysia – Rusia.");
    const keyword = await say('/subscribe "Minyak  Sawit"', me);
    expect(keyword.plainText).toContain("mengikuti «minyak sawit».");
    expect(keyword.text).toContain("<b>«minyak sawit»</b>");

    const again = await say("/subscribe Rusia Malaysia", me);
    expect(again.plainText).toContain("Obrolan ini sudah mengikuti Malaysia – Rusia.");
    expect(again.plainText).toContain("/langganan");
    expect(followed(5001)).toEqual(["country:MY", "pair:MY-RU", "keyword:minyak sawit"]);

    const english = await say("/subscribe Malaysia Rusia", { userId: 5002, languageCode: "en" });
    expect(english.plainText).toContain("This chat now follows Malaysia – Russia.");
    expect(english.plainText).toContain("one message for each new story");
    expect(english.plainText).toContain("/digest daily");
  });

  it("without a target explains the three kinds, quotes for keywords included", async () => {
    const reply = await say("/subscribe", { userId: 5010 });
    expect(reply.plainText).toContain("/ikuti Malaysia");
    expect(reply.plainText).toContain("/ikuti Malaysia Rusia");
    expect(reply.plainText).toContain('/ikuti "minyak sawit"');
    expect(reply.plainText).toContain("tanda kutip");
    expect(followed(5010)).toEqual([]);
  });

  it("names unknown words back with suggestions, and says a keyword needs quotes", async () => {
    const misspelt = await say("/subscribe Malaysi", { userId: 5011 });
    expect(misspelt.plainText).toContain("Saya tidak mengenal negara “Malaysi”.");
    expect(misspelt.plainText).toContain("Mungkin maksud Anda: Malaysia");
    expect(misspelt.plainText).toContain('/ikuti "malaysi"');

    const unquoted = await say("/ikuti minyak sawit", { userId: 5011 });
    expect(unquoted.plainText).toContain("“minyak sawit”");
    expect(unquoted.plainText).toContain('ditulis di antara tanda kutip: /ikuti "minyak sawit"');

    const english = await say("/subscribe Rusai", { userId: 5012, languageCode: "en" });
    expect(english.plainText).toContain("I do not know the country “Rusai”.");
    expect(english.plainText).toContain("Russia");
    expect(english.plainText).toContain('goes in quotes: /subscribe "rusai"');
    expect(followed(5011)).toEqual([]);
  });

  it("refuses three countries and keywords too short or too long", async () => {
    const three = await say("/subscribe Malaysia Rusia Tiongkok", { userId: 5013 });
    expect(three.plainText).toContain("satu negara atau sepasang negara, bukan 3");
    expect(three.plainText).toContain("Malaysia, Rusia dan China");
    const short = await say('/subscribe "ab"', { userId: 5013 });
    expect(short.plainText).toContain("3 sampai 60 karakter");
    const long = await say(`/subscribe "${"kata ".repeat(20)}"`, { userId: 5013 });
    expect(long.plainText).toContain("3 sampai 60 karakter");
    expect(followed(5013)).toEqual([]);
  });

  it("escapes markup and cuts a 10 KB argument short in what it echoes", async () => {
    const huge = await say(`/subscribe <b>${"x".repeat(10_000)}`, { userId: 5014 });
    expect(huge.parseMode).toBe("HTML");
    expect(huge.plainText.length).toBeLessThan(1000);
    expect(huge.text).not.toContain("<b>x");
    const tags = await say('/subscribe "<i>nikel</i> & <b>"', { userId: 5014 });
    expect(tags.plainText).toContain("«nikel &»");
    expect(followed(5014)).toEqual(["keyword:nikel &"]);
  });

  it(`refuses the ${MAX_SUBSCRIPTIONS_PER_CHAT + 1}st subscription and points to the list`, async () => {
    const me = { userId: 5020 };
    for (let n = 1; n <= MAX_SUBSCRIPTIONS_PER_CHAT; n++) {
      const reply = await say(`/subscribe "kata kunci nomor ${n}"`, me);
      expect(reply.plainText).toContain(`«kata kunci nomor ${n}»`);
    }
    const full = await say("/subscribe Malaysia", me);
    expect(full.plainText).toContain("sudah mengikuti 50 hal, batas terbanyak");
    expect(full.plainText).toContain("/langganan");
    expect(followed(5020)).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHAT);

    const list = await say("/langganan", me);
    expect(list.plainText).toContain("(50/50)");
    expect(list.plainText.length).toBeLessThanOrEqual(4096);
    expect(buttons(list)).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHAT);
  });
});

describe("/subscriptions and /unsubscribe", () => {
  it("lists by kind with a ✖ button each; pressing one removes it and edits the list", async () => {
    const me = { userId: 5030 };
    await say("/subscribe Malaysia", me);
    await say("/subscribe Malaysia Rusia", me);
    await say('/subscribe "minyak sawit"', me);
    const list = await say("/subscriptions", me);
    expect(list.plainText).toContain("📋 Yang diikuti obrolan ini (3/50):");
    expect(list.plainText).toMatch(
      /Negara\n• Malaysia\n\nPasangan negara\n• Malaysia – Rusia\n\nKata kunci\n• «minyak sawit»/,
    );
    expect(list.plainText).toContain("Pemberitahuan: satu pesan per cerita baru");
    expect(buttons(list).map((button) => button.text)).toEqual([
      "✖ Malaysia",
      "✖ Malaysia – Rusia",
      "✖ «minyak sawit»",
    ]);
    for (const { data } of buttons(list)) {
      expect(decodeCallback(data)?.kind).toBe("unsubscribe");
      expect(data).toMatch(/^u:\d+$/);
    }

    const edited = await press(buttonFor(list, "✖ Malaysia – Rusia"), me);
    expect(edited.method).toBe("editMessageText");
    expect(edited.messageId).toBe(list.messageId);
    expect(edited.plainText).toContain("(2/50)");
    expect(edited.plainText).not.toContain("Rusia");
    expect(buttons(edited).map((button) => button.text)).toEqual([
      "✖ Malaysia",
      "✖ «minyak sawit»",
    ]);
    expect((await lastAnswer()).text).toBe("Dihapus: Malaysia – Rusia");
    expect(followed(5030)).toEqual(["country:MY", "keyword:minyak sawit"]);

    // Removed by command meanwhile: its button says so and shows the list as it is now.
    const malaysia = buttonFor(edited, "✖ Malaysia");
    const removed = await say("/berhenti Malaysia", me);
    expect(removed.plainText).toContain("Obrolan ini tidak lagi mengikuti Malaysia.");
    const refreshed = await press(malaysia, me);
    expect(refreshed.messageId).toBe(list.messageId);
    expect(buttons(refreshed).map((button) => button.text)).toEqual(["✖ «minyak sawit»"]);
    expect((await lastAnswer()).text).toBe("Langganan itu sudah dihapus.");

    const last = await press(buttonFor(refreshed, "✖ «minyak sawit»"), me);
    expect(last.plainText).toContain("Obrolan ini belum mengikuti apa pun.");
    expect(buttons(last)).toEqual([]);
    expect(followed(5030)).toEqual([]);
  });

  it("/unsubscribe says when the chat was not following it, and lists without a target", async () => {
    const me = { userId: 5040 };
    await say("/subscribe Malaysia Rusia", me);
    const notFollowing = await say("/unsubscribe Jepang", me);
    expect(notFollowing.plainText).toContain("Obrolan ini memang tidak mengikuti Jepang.");
    const unknown = await say("/unsubscribe Narnia", me);
    expect(unknown.plainText).toContain("Saya tidak mengenal negara “Narnia”.");
    expect(unknown.plainText).toContain('/berhenti "narnia"');

    const list = await say("/berhenti", me);
    expect(list.plainText).toContain("• Malaysia – Rusia");
    expect(buttons(list).map((button) => button.text)).toEqual(["✖ Malaysia – Rusia"]);

    const removed = await say("/unsubscribe Rusia Malaysia", me);
    expect(removed.plainText).toContain("tidak lagi mengikuti Malaysia – Rusia");
    const empty = await say("/langganan", me);
    expect(empty.plainText).toContain("Obrolan ini belum mengikuti apa pun.");
    expect(empty.plainText).toContain('/ikuti "minyak sawit"');
    expect(empty.replyMarkup).toBeUndefined();
  });
});

describe("/digest", () => {
  it("turns the daily digest on and off, and says what happens now", async () => {
    const me = { userId: 5050 };
    const current = await say("/ringkasan", me);
    expect(current.plainText).toContain("satu pesan untuk setiap cerita baru");
    expect(current.plainText).toContain("/ringkasan harian");

    const daily = await say("/ringkasan harian", me);
    expect(daily.plainText).toContain("Ringkasan harian aktif");
    expect(daily.plainText).toContain("07.00 WIB");
    expect(testBot.app.subscriptions.digest(5050)).toBe("daily");
    expect((await say("/ringkasan", me)).plainText).toContain("ringkasan harian pukul 07.00 WIB");
    const subscribed = await say("/subscribe Malaysia", me);
    expect(subscribed.plainText).toContain("ringkasan harian pukul 07.00 WIB");
    expect((await say("/langganan", me)).plainText).toContain("Pemberitahuan: ringkasan harian");

    const off = await say("/digest off", me);
    expect(off.plainText).toContain("Ringkasan harian mati");
    expect(testBot.app.subscriptions.digest(5050)).toBe("off");

    const unknown = await say("/digest mingguan", me);
    expect(unknown.plainText).toContain("Saya tidak mengenal “mingguan”");
    expect(testBot.app.subscriptions.digest(5050)).toBe("off");

    const english = await say("/digest daily", { userId: 5051, languageCode: "en" });
    expect(english.plainText).toContain("Daily digest on");
    expect(english.plainText).toContain("07:00 WIB");
  });
});

describe("in a group", () => {
  const group = (userId: number): Who => ({ chat: "group", userId });

  it("only administrators change what the group follows; anyone sees the list", async () => {
    const groupId = testBot.emulator.chatIdOf("group");
    // The default user created the group; 3001 is a plain member.
    const refused = await say("/subscribe Malaysia", group(3001));
    expect(refused.plainText).toContain("Hanya admin grup ini");
    expect(refused.plainText).toContain("/langganan");
    expect(followed(groupId)).toEqual([]);
    expect((await say("/ringkasan harian", group(3001))).plainText).toContain(
      "Hanya admin grup ini",
    );
    expect(testBot.app.subscriptions.digest(groupId)).toBe("off");

    const byCreator = await say("/subscribe Malaysia", group(1001));
    expect(byCreator.plainText).toContain("mengikuti Malaysia.");
    expect(byCreator.replyToMessageId).toBeDefined();

    testBot.emulator.setChatAdmins("group", [1001, 3002]);
    const byAdmin = await say("/ikuti Rusia", group(3002));
    expect(byAdmin.plainText).toContain("mengikuti Rusia.");
    expect(followed(groupId)).toEqual(["country:MY", "country:RU"]);

    const list = await say("/langganan", group(3001));
    expect(list.plainText).toContain("• Malaysia");
    expect(list.plainText).toContain("• Rusia");
    expect((await say("/berhenti Rusia", group(3001))).plainText).toContain("Hanya admin");
    expect(followed(groupId)).toEqual(["country:MY", "country:RU"]);

    // A member's press is answered with an alert and changes nothing.
    const edits = testBot.emulator.sentMessages({ method: "editMessageText" }).length;
    const answered = testBot.emulator.calls("answerCallbackQuery").length;
    await testBot.emulator.userClicks(buttonFor(list, "✖ Rusia"), {
      chat: "group",
      userId: 3001,
      languageCode: "id",
    });
    const answer = await answerAfter(answered);
    expect(answer.text).toBe("Hanya admin grup ini yang dapat mengubah langganannya.");
    expect(String(answer.show_alert)).toBe("true");
    expect(followed(groupId)).toEqual(["country:MY", "country:RU"]);
    expect(testBot.emulator.sentMessages({ method: "editMessageText" })).toHaveLength(edits);

    const edited = await press(buttonFor(list, "✖ Rusia"), group(3002));
    expect(edited.plainText).not.toContain("Rusia");
    expect(followed(groupId)).toEqual(["country:MY"]);
  });
});

describe("the command menus", () => {
  it("list the subscription commands in both languages, and not /feeds", async () => {
    const { emulator } = testBot;
    const api = new Api(emulator.token, { apiRoot: emulator.apiRoot });
    await setCommandMenus(api);
    const english = (await api.getMyCommands({ language_code: "en" })).map((c) => c.command);
    expect(english).toEqual(
      expect.arrayContaining(["subscribe", "unsubscribe", "subscriptions", "digest"]),
    );
    const indonesian = (await api.getMyCommands()).map((c) => c.command);
    expect(indonesian).toEqual(
      expect.arrayContaining(["ikuti", "berhenti", "langganan", "ringkasan"]),
    );
    expect([...english, ...indonesian]).not.toContain("feeds");
  });
});

describe("/feeds", () => {
  it("is refused to anyone but the bot's admins, naming no feed", async () => {
    testBot.app.feedStore.add("https://secret.example/rss", "admin", 1);
    const reply = await say("/feeds", { userId: 5060 });
    expect(reply.plainText).toBe("Hanya admin bot yang dapat mengelola feed.");
    const add = await say("/feeds add https://example.org/rss", { userId: 5060 });
    expect(add.plainText).toBe("Hanya admin bot yang dapat mengelola feed.");
    expect(testBot.app.feeds.list().map((feed) => feed.url)).toEqual([
      "https://secret.example/rss",
    ]);
  });

  describe("for an admin (ADMIN_IDS)", () => {
    const ADMIN = 9001;
    let adminBot: TestBot;

    beforeAll(async () => {
      adminBot = await startTestBot({
        config: { adminIds: [ADMIN], feeds: ["https://config.example/feed.xml"] },
      });
    });

    afterAll(() => adminBot.stop());

    const admin = (text: string, languageCode = "id") =>
      say(text, { userId: ADMIN, languageCode }, adminBot.emulator);

    it("lists, adds and removes feeds; a feed from FEEDS stays", async () => {
      const list = await admin("/feeds");
      expect(list.plainText).toContain("📡 Feed (1):");
      expect(list.plainText).toContain(
        "• https://config.example/feed.xml\ndari FEEDS · belum pernah diambil",
      );

      const added = await admin("/feeds add https://news.example/rss");
      expect(added.plainText).toContain("✅ https://news.example/rss ditambahkan.");
      expect((await admin("/feeds tambah https://news.example/rss")).plainText).toContain(
        "sudah ada di daftar feed",
      );
      const invalid = await admin("/feeds add javascript:alert(1)");
      expect(invalid.plainText).toContain("“javascript:alert(1)” bukan alamat http(s)");

      const { app } = adminBot;
      const [config, news] = app.feeds.list();
      app.feedStore.recordSuccess(config!.id, null, Date.now() + 600_000);
      app.feedStore.recordFailure(news!.id, "HTTP 503 <Service Unavailable>", Date.now());
      app.feedStore.recordFailure(news!.id, "HTTP 503 <Service Unavailable>", Date.now());
      const both = await admin("/feeds", "en");
      expect(both.plainText).toContain("📡 Feeds (2):");
      expect(both.plainText).toMatch(/from FEEDS · last fetched \d{1,2} \w+ \d{4} \d\d:\d\d WIB/);
      expect(both.plainText).toContain("added by an admin · not fetched yet");
      expect(both.plainText).toContain("⚠️ failed 2 times in a row: HTTP 503 <Service Unavailable>");

      const configured = await admin("/feeds remove https://config.example/feed.xml");
      expect(configured.plainText).toContain("berasal dari pengaturan FEEDS");
      expect(app.feeds.list()).toHaveLength(2);
      expect((await admin("/feeds hapus https://news.example/rss")).plainText).toContain(
        "https://news.example/rss dihapus.",
      );
      expect((await admin("/feeds remove https://news.example/rss")).plainText).toContain(
        "tidak ada di daftar feed",
      );
      expect(app.feeds.list().map((feed) => feed.origin)).toEqual(["config"]);

      const usage = await admin("/feeds frobnicate", "en");
      expect(usage.plainText).toContain("/feeds add https://example.com/rss");
    });
  });
});
