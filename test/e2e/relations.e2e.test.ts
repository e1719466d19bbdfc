import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBot, type TestBot } from "../helpers/bot.js";

let testBot: TestBot;

beforeAll(async () => {
  testBot = await startTestBot();
});

afterAll(() => testBot.stop());

const ask = (text: string, chat: "private" | "group" = "private") => testBot.ask(text, chat);

describe("/relations over the seed articles", () => {
  it("tells that Anwar Ibrahim met Vladimir Putin in Moscow on 14 May 2025, with 2024 trade and investment, citing Pantau", async () => {
    const reply = await ask("/relations Malaysia Rusia");
    expect(reply.parseMode).toBe("HTML");
    expect(reply.plainText).toMatch(
      /14 Mei 2025 · Moskow — Pertemuan: Anwar Ibrahim \(PM Malaysia\) dan Vladimir Putin \(Presiden Rusia\) \[1\]/,
    );
    expect(reply.plainText).toMatch(
      /perdagangan dan investasi \(2024\): US\$3,2 miliar \(≈ Rp53 triliun\) \[1\]/,
    );
    expect(reply.plainText).toMatch(/\[1\] Pantau, 14 Mei 2025 — Anwar Temui Putin di Moskow/);
  });

  it("answers /hubungan like /relations, with the Russia–Pakistan article's facts", async () => {
    const reply = await ask("/hubungan Rusia Pakistan");
    expect(reply.plainText).toContain("Sergei Lavrov");
    expect(reply.plainText).toContain("Islamabad");
    expect(reply.plainText).toContain("7 April 2021");
    expect(reply.plainText).toMatch(/\[1\] BeritaSatu, 8 April 2021/);
  });

  it("knows Tiongkok and Kirgistan by their aliases", async () => {
    const reply = await ask("/relations Tiongkok Kirgistan");
    expect(reply.plainText).toContain("Xi Jinping");
    expect(reply.plainText).toContain("Sadyr Japarov");
    expect(reply.plainText).toContain("Astana, Kazakhstan");
    expect(reply.plainText).toContain("17 Juni 2025");
  });

  it("gives Indonesia–Kazakhstan trade figures", async () => {
    const reply = await ask("/relations Indonesia Kazakhstan");
    expect(reply.plainText).toContain("US$174,2 juta");
    expect(reply.plainText).toContain("US$118 juta");
  });

  it("tells of the Kosovo president's visit to Malaysia", async () => {
    const reply = await ask("/relations Kosovo Malaysia");
    expect(reply.plainText).toContain("Viosa Osmani Sadriu");
    expect(reply.plainText).toContain("1–4 Mei 2025");
    expect(reply.plainText).toContain("Putrajaya");
  });

  it.each([["Serbia Kosovo"], ["Turki Kosovo"], ["Indonesia Arab Saudi"]])(
    "cites nothing for %s, a pair named only in related-article lists",
    async (pair) => {
      const reply = await ask(`/relations ${pair}`);
      expect(reply.plainText).toContain("Belum ada artikel");
      expect(reply.plainText).not.toMatch(/\[\d+\]/);
    },
  );
});

describe("asking in other ways", () => {
  it("answers a plain question in a private chat", async () => {
    const reply = await ask("apa hubungan Malaysia dan Rusia?");
    expect(reply.plainText).toContain("Anwar Ibrahim");
  });

  it("answers /relations@bot in a group, replying to the message that asked", async () => {
    const reply = await ask(
      `/relations@${testBot.emulator.botInfo.username} Malaysia Rusia`,
      "group",
    );
    expect(reply.plainText).toContain("Vladimir Putin");
    expect(reply.replyToMessageId).toBeDefined();
  });

  it("opens a stored article from its deep link", async () => {
    const sheet = await ask("/relations Kosovo Malaysia");
    const id = /start=a_(\d+)/.exec(sheet.text)?.[1];
    expect(id).toBeDefined();
    const article = await ask(`/start a_${id}`);
    expect(article.plainText).toContain("Kosovo");
    expect(article.plainText).toContain("ANTARA");
  });

  it("says what it does on /start and /help", async () => {
    expect((await ask("/start")).plainText).toContain("/relations Malaysia Rusia");
    expect((await ask("/help")).plainText).toContain("/hubungan");
  });
});

describe("bad input", () => {
  it("answers a command without arguments with usage and an example", async () => {
    expect((await ask("/relations")).plainText).toContain("/relations Malaysia Rusia");
  });

  it("names an unknown country back and suggests the closest", async () => {
    const reply = await ask("/relations Malaysiaa Rusia");
    expect(reply.plainText).toContain("“Malaysiaa”");
    expect(reply.plainText).toContain("Mungkin maksud Anda: Malaysia?");
  });

  it("lists a single country's partners", async () => {
    const reply = await ask("/relations Rusia");
    expect(reply.plainText).toContain("Mitra Rusia");
    expect(reply.plainText).toContain("Malaysia");
    expect(reply.plainText).toContain("Pakistan");
  });

  it("escapes HTML in the arguments", async () => {
    const reply = await ask("/relations <b>Narnia</b> & <i>Rusia");
    expect(reply.text).toContain("Narnia");
    expect(reply.text).not.toContain("<i>Rusia");
  });

  it("answers 10 KB of text without failing", async () => {
    const reply = await ask(`/relations Malaysia Rusia ${"x".repeat(10_000)}`);
    expect(reply.plainText.length).toBeLessThanOrEqual(4096);
  });

  it("greets a private message that names no country with usage", async () => {
    expect((await ask("halo")).plainText).toContain("Tulis dua nama negara");
  });
});

describe("a country's partners and the newest articles", () => {
  it("lists a country's partners with buttons that open each pair's fact sheet", async () => {
    const reply = await ask("/negara Rusia");
    expect(reply.plainText).toContain("Mitra Rusia");
    expect(reply.plainText).toMatch(
      /Malaysia: kerja sama, 1 cerita, terakhir: pertemuan 14 Mei 2025/,
    );
    const buttons = (
      reply.replyMarkup as { inline_keyboard: { text: string; callback_data: string }[][] }
    ).inline_keyboard.flat();
    const malaysia = buttons.find((button) => button.text === "Malaysia");
    expect(malaysia?.callback_data).toBe("r:RU:MY");
    await testBot.emulator.userClicks(malaysia!.callback_data, { languageCode: "id" });
    const [sheet] = await testBot.emulator.waitForReplies({ count: 1 });
    expect(sheet?.plainText).toContain("Anwar Ibrahim");
    expect(testBot.emulator.calls("answerCallbackQuery")).not.toHaveLength(0);
  });

  it("answers /country like /negara, and asks for a name without one", async () => {
    expect((await ask("/country Pakistan")).plainText).toContain("Mitra Pakistan");
    expect((await ask("/country")).plainText).toContain("/country Rusia");
  });

  it("lists the newest articles, overall and for one country", async () => {
    const all = await ask("/terbaru");
    expect(all.plainText.split("\n").filter((line) => line.startsWith("•"))).toHaveLength(5);
    expect(all.plainText.indexOf("17 Juni 2025")).toBeLessThan(
      all.plainText.indexOf("14 Mei 2025"),
    );
    const pakistan = await ask("/latest Pakistan");
    expect(pakistan.plainText).toContain("tentang Pakistan");
    expect(pakistan.plainText).toContain("Pakistan dan Rusia Perkuat Kerja Sama Bilateral");
  });
});

describe("in a group", () => {
  it("sends the sheet's essentials with a button that shows the rest in the same message", async () => {
    const compact = await ask("/relations Malaysia Rusia", "group");
    expect(compact.plainText).toContain("Anwar Ibrahim");
    expect(compact.plainText).not.toContain("Ringkasan");
    await testBot.emulator.userClicks("m:MY:RU", { chat: "group", languageCode: "id" });
    const [edited] = await testBot.emulator.waitForReplies({ chat: "group", count: 1 });
    expect(edited?.method).toBe("editMessageText");
    expect(edited?.messageId).toBe(compact.messageId);
    expect(edited?.plainText).toContain("Ringkasan");
  });

  it("answers /negara and /terbaru addressed to it, replying to the message that asked", async () => {
    const bot = testBot.emulator.botInfo.username;
    const partners = await ask(`/negara@${bot} Rusia`, "group");
    expect(partners.plainText).toContain("Mitra Rusia");
    expect(partners.replyToMessageId).toBeDefined();
    const latest = await ask(`/terbaru@${bot} Malaysia`, "group");
    expect(latest.plainText).toContain("tentang Malaysia");
    expect(latest.replyToMessageId).toBeDefined();
  });

  it("answers /relations sent in reply to a message that names two countries", async () => {
    const partners = await ask("/negara Pakistan", "group");
    expect(partners.plainText).toContain("Rusia");
    await testBot.emulator.userSays(`/relations@${testBot.emulator.botInfo.username}`, {
      chat: "group",
      replyTo: partners.messageId,
      languageCode: "id",
    });
    const [sheet] = await testBot.emulator.waitForReplies({ chat: "group", count: 1 });
    expect(sheet?.plainText).toContain("Pakistan – Rusia");
  });
});
