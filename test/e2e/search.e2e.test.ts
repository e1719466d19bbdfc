import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tempDatabasePath } from "../helpers/app.js";
import { startTestBot, type TestBot } from "../helpers/bot.js";
import { type Emulator, type SentMessage, startEmulator } from "../support/bot-api-emulator.js";

/**
 * /search, /cari, /article, /artikel and their buttons, end to end: the real bot over a seeded
 * store, long-polling the Bot API emulator. The bot is restarted over the same store (old buttons
 * still work) and over a fresh one (old buttons are answered as expired).
 */

const runBot = (emulator: Emulator, databasePath: string): Promise<TestBot> =>
  startTestBot({ emulator, databasePath });

let emulator: Emulator;
let running: TestBot;
const databasePath = tempDatabasePath();

beforeAll(async () => {
  emulator = await startEmulator();
  running = await runBot(emulator, databasePath);
});

afterAll(async () => {
  await running.stop();
  await emulator.stop();
});

async function ask(text: string, chat: "private" | "group" = "private"): Promise<SentMessage> {
  await emulator.userSays(text, { chat, languageCode: "id" });
  const [reply] = await emulator.waitForReplies({ chat, count: 1 });
  return reply!;
}

/** The user presses a button; resolves with the message it sent or edited. */
async function click(data: string): Promise<SentMessage> {
  await emulator.userClicks(data, { languageCode: "id" });
  const [reply] = await emulator.waitForReplies({ count: 1 });
  return reply!;
}

type Button = { text: string; callback_data?: string };
function buttons(message: SentMessage): Button[] {
  const markup = message.replyMarkup as { inline_keyboard?: Button[][] } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}

function button(message: SentMessage, text: string): string {
  const data = buttons(message).find((b) => b.text === text)?.callback_data;
  if (!data) throw new Error(`no button "${text}" in ${JSON.stringify(message.replyMarkup)}`);
  return data;
}

function refusedCalls() {
  return emulator.calls().filter((call) => call.error && call.method !== "getUpdates");
}

/** A paragraph of ~600 characters, numbered so that the pages' order can be checked. */
const paragraph = (n: number) =>
  `Bagian ${String(n).padStart(2, "0")} zamrud: ${"Delegasi kedua negara membahas kerja sama pelabuhan, perikanan dan energi terbarukan di kawasan. ".repeat(6).trim()}`;
const LONG_ARTICLE = [
  "Laporan Panjang Zamrud Khatulistiwa tentang Kerja Sama Maritim",
  ...Array.from({ length: 8 }, (_, i) => paragraph(i + 1)),
  // Longer than a page: split between sentences.
  `Bagian 09 zamrud: ${Array.from({ length: 60 }, (_, i) => `Kalimat panjang nomor ${i + 1} tentang <tarif> & kuota.`).join(" ")}`,
  ...Array.from({ length: 10 }, (_, i) => paragraph(i + 10)),
].join("\n\n");

describe("/search and /cari", () => {
  it("finds Putin in the seed article about Anwar's visit to Moscow", async () => {
    const reply = await ask("/search Putin");
    expect(reply.plainText).toMatch(/^🔎 Hasil pencarian “Putin”: 1 artikel/);
    expect(reply.plainText).toContain("1. Anwar Temui Putin di Moskow");
    expect(reply.plainText).toContain("Pantau · 14 Mei 2025");
    expect(reply.plainText).toMatch(/Vladimir Putin/);
    expect(buttons(reply).map((b) => b.text)).toEqual(["📄 1"]);
  });

  it("answers /cari like /search, finding perdagangan in the seed articles whose opening says it", async () => {
    // The index holds headlines and openings (INDEXED_BODY_CHARS): two seeds name trade later on.
    const reply = await ask("/cari perdagangan");
    expect(reply.plainText).toContain("Hasil pencarian “perdagangan”: 3 artikel");
    expect(buttons(reply).map((b) => b.text)).toEqual(["📄 1", "📄 2", "📄 3"]);
    expect(reply.plainText).not.toContain("halaman");
  });

  it("turns the page in place with ▶️ and ◀️, answering each press", async () => {
    for (const n of [1, 2, 3]) {
      running.app.ingest.ingestOne(
        `Kerja sama riset ke-${n} diperluas\n\nDua universitas sepakat memperluas kerja sama riset bersama nomor ${n}.`,
        {},
        null,
      );
    }
    const first = await ask("/cari kerja sama");
    expect(first.plainText).toContain("Hasil pencarian “kerja sama”: 8 artikel");
    expect(first.plainText).toMatch(/halaman 1\/2$/);
    const answered = emulator.calls("answerCallbackQuery").length;
    const second = await click(button(first, "▶️"));
    expect(second.method).toBe("editMessageText");
    expect(second.messageId).toBe(first.messageId);
    expect(second.plainText).toMatch(/^🔎 Hasil pencarian “kerja sama”: 8 artikel\n\n6\. /);
    expect(second.plainText).toMatch(/halaman 2\/2$/);
    expect(buttons(second).map((b) => b.text)).toEqual(["📄 6", "📄 7", "📄 8", "◀️"]);
    const back = await click(button(second, "◀️"));
    expect(back.plainText).toBe(first.plainText);
    await vi.waitFor(() =>
      expect(emulator.calls("answerCallbackQuery")).toHaveLength(answered + 2),
    );
    expect(refusedCalls()).toEqual([]);
  });

  it("opens a result's article in a new message with its 📄 button", async () => {
    const results = await ask("/search Putin");
    const article = await click(button(results, "📄 1"));
    expect(article.method).toBe("sendMessage");
    expect(article.messageId).not.toBe(results.messageId);
    expect(article.plainText).toMatch(/^📰 Anwar Temui Putin di Moskow/);
    expect(article.plainText).toContain("Pantau · 14 Mei 2025");
    expect(article.plainText).toContain("Ringkasan\n• ");
  });

  it("answers no words with usage and an example, and unknown words by naming them", async () => {
    expect((await ask("/search")).plainText).toContain("/cari perdagangan sawit");
    const none = await ask("/cari kapalselam");
    expect(none.plainText).toContain("Tidak ada artikel yang cocok dengan “kapalselam”");
  });

  it("escapes HTML in the words, and cuts them to 200 characters", async () => {
    const reply = await ask("/cari <b>kapal</b> & <i>selam");
    expect(reply.text).not.toContain("<i>selam");
    expect(reply.plainText).toContain("“<b>kapal</b> & <i>selam”");
    const long = await ask(`/cari ${"perdagangan ".repeat(100)}`);
    const quoted = /“([^”]*)”/.exec(long.plainText)?.[1] ?? "";
    expect(quoted.length).toBeGreaterThan(150);
    expect(quoted.length).toBeLessThanOrEqual(200);
  });

  it("answers /cari@bot in a group, quoting the message that asked", async () => {
    const reply = await ask(`/cari@${emulator.botInfo.username} Putin`, "group");
    expect(reply.plainText).toContain("Anwar Temui Putin");
    expect(reply.replyToMessageId).toBeDefined();
  });
});

describe("/article and /artikel", () => {
  it("pages through a 12,000-character article with ▶️, every part once and in order", async () => {
    const { id } = running.app.ingest.ingestOne(LONG_ARTICLE, {}, null);
    expect(running.app.store.get(id)?.body.length).toBeGreaterThan(11_000);
    let page = await ask(`/artikel ${id}`);
    expect(page.plainText).toMatch(/^📰 Laporan Panjang Zamrud Khatulistiwa/);
    const count = Number(/halaman 1\/(\d+)$/.exec(page.plainText)?.[1]);
    expect(count).toBeGreaterThanOrEqual(4);
    const pages = [page];
    for (let n = 2; n <= count; n++) {
      page = await click(button(page, "▶️"));
      expect(page.method).toBe("editMessageText");
      expect(page.plainText).toMatch(
        new RegExp(`^Laporan Panjang .* \\(lanjutan\\)\\n\\n[\\s\\S]*halaman ${n}/${count}$`),
      );
      pages.push(page);
    }
    expect(buttons(page).map((b) => b.text)).toEqual(["◀️"]);
    // The body only: the summary on page 1 quotes sentences of it.
    const all = pages
      .map((p) => p.plainText)
      .join("\n")
      .replace(/Ringkasan(\n• [^\n]*)+/, "");
    expect(all).not.toContain("Ringkasan");
    const parts = [...all.matchAll(/Bagian (\d\d) zamrud/g)].map((m) => Number(m[1]));
    expect(parts).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    const sentences = [...all.matchAll(/Kalimat panjang nomor (\d+) tentang <tarif> & kuota\./g)];
    expect(sentences.map((m) => Number(m[1]))).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    for (const p of pages) expect(p.plainText.length).toBeLessThan(4000);
  });

  it("answers /article like /artikel, and opens the deep link /start a_<id> with its pages", async () => {
    const { id } = running.app.ingest.ingestOne(LONG_ARTICLE, {}, null);
    const byCommand = await ask(`/article ${id}`);
    const byLink = await ask(`/start a_${id}`);
    expect(byLink.plainText).toBe(byCommand.plainText);
    expect(buttons(byLink).map((b) => b.text)).toEqual(["▶️"]);
  });

  it.each([
    ["/artikel", "Tulis nomor artikel"],
    ["/artikel abc", "“abc” bukan nomor artikel"],
    ["/artikel -1", "“-1” bukan nomor artikel"],
    ["/artikel 99999999", "Artikel nomor 99999999 tidak ada di arsip"],
    ["/article 123456789012345678901234", "Artikel nomor 123456789012345678901234 tidak ada"],
  ])("answers %s clearly", async (text, expected) => {
    expect((await ask(text)).plainText).toContain(expected);
  });
});

describe("buttons of old messages", () => {
  it("still work after a restart over the same store", async () => {
    const first = await ask("/cari kerja sama");
    await running.stop();
    running = await runBot(emulator, databasePath);
    const second = await click(button(first, "▶️"));
    expect(second.method).toBe("editMessageText");
    expect(second.plainText).toMatch(/halaman 2\/2$/);
  });

  it("are answered as expired, without error, when the store lacks their search or article", async () => {
    // The same text is stored once: this is the long article ingested above, not in the seeds.
    const { id } = running.app.ingest.ingestOne(LONG_ARTICLE, {}, null);
    const article = await ask(`/artikel ${id}`);
    const results = await ask("/cari kerja sama");
    await running.stop();
    running = await runBot(emulator, tempDatabasePath());
    for (const old of [results, article]) {
      const answered = emulator.calls("answerCallbackQuery").length;
      await emulator.userClicks(button(old, "▶️"), { languageCode: "id" });
      await vi.waitFor(() =>
        expect(emulator.calls("answerCallbackQuery")).toHaveLength(answered + 1),
      );
      expect(emulator.calls("answerCallbackQuery").at(-1)?.params).toMatchObject({
        text: "Pesan ini sudah kedaluwarsa, silakan cari lagi.",
        show_alert: false,
      });
      expect(await emulator.waitForReplies({ count: 0 })).toEqual([]);
    }
    expect(refusedCalls()).toEqual([]);
  });
});
