import { Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_USER_ID, type Emulator, startEmulator, startPolling } from "./bot-api-emulator.js";

const escapeHtml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A tiny bot made here, so the harness is proven without the real one. */
function makeBot(emulator: Emulator, seen: Update[], refused: GrammyError[]) {
  const bot = new Bot(emulator.token, {
    botInfo: emulator.botInfo,
    client: { apiRoot: emulator.apiRoot },
  });
  bot.use((ctx, next) => {
    seen.push(ctx.update);
    return next();
  });
  bot.command("relations", (ctx) =>
    ctx.reply(`<b>Hubungan</b> ${escapeHtml(ctx.match)}`, {
      parse_mode: "HTML",
      reply_parameters: { message_id: ctx.msg.message_id },
      reply_markup: new InlineKeyboard().text("Lebih", "more"),
    }),
  );
  bot.command("bad", async (ctx) => {
    const tries = ["<b>unclosed", "<br>", "a < b", "x".repeat(4097)];
    for (const text of tries) {
      await ctx.reply(text, { parse_mode: "HTML" }).catch((e: GrammyError) => refused.push(e));
    }
    await ctx.reply("plain fallback");
  });
  bot.callbackQuery("more", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText("<i>lebih banyak</i>", { parse_mode: "HTML" });
  });
  return bot;
}

describe("Bot API emulator with a real grammY bot", () => {
  let emulator: Emulator;
  let bot: Bot;
  let polling: { stop(): Promise<void> };
  const seen: Update[] = [];
  const refused: GrammyError[] = [];

  beforeEach(async () => {
    seen.length = 0;
    refused.length = 0;
    emulator = await startEmulator();
    bot = makeBot(emulator, seen, refused);
    polling = await startPolling(bot); // bot.start() with 1 s polls, resolved once polling
  });

  afterEach(async () => {
    const started = Date.now();
    await polling.stop(); // bot.stop(), then the end of bot.start()
    await emulator.stop();
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("delivers a private command as Telegram does and reads the HTML reply back", async () => {
    const updateId = await emulator.userSays("/relations Malaysia Rusia", { languageCode: "id" });
    const [reply] = await emulator.waitForReplies();
    expect(seen[0]?.update_id).toBe(updateId);
    expect(seen[0]?.message).toMatchObject({
      text: "/relations Malaysia Rusia",
      entities: [{ type: "bot_command", offset: 0, length: 10 }],
      chat: { id: DEFAULT_USER_ID, type: "private" },
      from: { id: DEFAULT_USER_ID, is_bot: false, language_code: "id" },
    });
    expect(reply).toMatchObject({
      chatId: DEFAULT_USER_ID,
      text: "<b>Hubungan</b> Malaysia Rusia",
      plainText: "Hubungan Malaysia Rusia",
      parseMode: "HTML",
      replyToMessageId: seen[0]?.message?.message_id,
      replyMarkup: { inline_keyboard: [[{ text: "Lebih", callback_data: "more" }]] },
      method: "sendMessage",
    });
  });

  it("delivers /cmd@this_bot in a group, and keeps other group chatter from a privacy-mode bot", async () => {
    const text = "/relations@hubungan_test_bot Malaysia Rusia";
    expect(await emulator.userSays("hello all", { chat: "group" })).toBe(0);
    expect(await emulator.userSays("/relations@other_bot x", { chat: "group" })).toBe(0);
    await emulator.userSays(text, { chat: "group", userId: 7 });
    const [reply] = await emulator.waitForReplies({ chat: "group" });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.message).toMatchObject({
      entities: [{ type: "bot_command", offset: 0, length: 28 }],
      chat: { type: "group" },
      from: { id: 7, language_code: "en" },
    });
    expect(reply?.plainText).toBe("Hubungan Malaysia Rusia");
    expect(reply?.chatId).toBeLessThan(0);
  });

  it("refuses what Telegram refuses, and the bot sees a GrammyError", async () => {
    await emulator.userSays("/bad");
    const [reply] = await emulator.waitForReplies();
    expect(reply?.text).toBe("plain fallback");
    expect(refused.every((e) => e instanceof GrammyError)).toBe(true);
    expect(refused.map((e) => [e.error_code, e.description])).toEqual([
      [400, `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`],
      [400, `Bad Request: can't parse entities: Unsupported start tag "br" at byte offset 0`],
      [400, `Bad Request: can't parse entities: Unsupported start tag "" at byte offset 2`],
      [400, "Bad Request: message is too long"],
    ]);
    const chat = DEFAULT_USER_ID;
    await expect(bot.api.sendMessage(chat, " \n ")).rejects.toThrow("message text is empty");
    await expect(bot.api.sendMessage(-5, "hi")).rejects.toThrow("chat not found");
    const tooLong = new InlineKeyboard().text("x", "d".repeat(65));
    await expect(bot.api.sendMessage(chat, "hi", { reply_markup: tooLong })).rejects.toThrow(
      "BUTTON_DATA_INVALID",
    );
    // 4096 visible characters are fine even though the HTML is longer.
    await bot.api.sendMessage(chat, `<b>${"x".repeat(4096)}</b>`, { parse_mode: "HTML" });
  });

  it("records setMyCommands per language and checks the commands", async () => {
    const commands = [{ command: "relations", description: "Hubungan dua negara" }];
    await bot.api.setMyCommands(commands, { language_code: "id" });
    await expect(
      bot.api.setMyCommands([{ command: "Relations", description: "x" }]),
    ).rejects.toMatchObject({ error_code: 400, description: "Bad Request: BOT_COMMAND_INVALID" });
    expect(emulator.calls("setMyCommands").map((c) => c.params)).toEqual([
      { commands, language_code: "id" },
      { commands: [{ command: "Relations", description: "x" }] },
    ]);
    expect(await bot.api.getMyCommands({ language_code: "id" })).toEqual(commands);
    expect(emulator.calls().map((c) => c.method)).toContain("deleteWebhook");
  });

  it("handles a button press: callback query answered, message edited", async () => {
    await emulator.userSays("/relations A B");
    await emulator.waitForReplies();
    await emulator.userClicks("more");
    const [edit] = await emulator.waitForReplies();
    expect(edit).toMatchObject({ method: "editMessageText", plainText: "lebih banyak" });
    expect(emulator.calls("answerCallbackQuery")).toHaveLength(1);
  });

  it("takes photo uploads (multipart) and photo URLs, with checked captions", async () => {
    await emulator.userSays("/start");
    const photo = new InputFile(Buffer.from("not really a png"), "chart.png");
    await bot.api.sendPhoto(DEFAULT_USER_ID, photo, {
      caption: "<b>Grafik</b>",
      parse_mode: "HTML",
    });
    await bot.api.sendPhoto(DEFAULT_USER_ID, "https://example.org/x.jpg");
    await expect(
      bot.api.sendPhoto(DEFAULT_USER_ID, "https://example.org/x.jpg", {
        caption: "x".repeat(1025),
      }),
    ).rejects.toThrow("message caption is too long");
    const sent = await emulator.waitForReplies({ count: 2 });
    expect(sent.map((m) => [m.method, m.text, m.plainText])).toEqual([
      ["sendPhoto", "<b>Grafik</b>", "Grafik"],
      ["sendPhoto", "", ""],
    ]);
    expect(emulator.calls("sendPhoto")[0]?.params.photo).toEqual({
      filename: "chart.png",
      size: 16,
    });
  });

  it("answers a wrong token with 401 and an unknown method with 404", async () => {
    const stranger = new Bot("42:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", {
      client: { apiRoot: emulator.apiRoot },
    });
    await expect(stranger.api.getMe()).rejects.toMatchObject({ error_code: 401 });
    await expect(bot.api.raw.sendDice({ chat_id: 1 })).rejects.toMatchObject({ error_code: 404 });
    expect(emulator.calls("sendDice")[0]?.error).toBe("Not Found (not emulated)");
    const viaGet = await fetch(`${emulator.apiRoot}/bot${emulator.token}/getMe`);
    expect(await viaGet.json()).toEqual({ ok: true, result: emulator.botInfo });
  });

  it("explains a timeout with what was sent and what was refused", async () => {
    await emulator.userSays("/bad");
    await expect(emulator.waitForReplies({ count: 2, timeoutMs: 300 })).rejects.toThrow(
      /got 1[\s\S]*plain fallback[\s\S]*message is too long/,
    );
  });
});

it("leaves no sockets behind once the bot and the emulator are stopped", async () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  const sockets = () => process.getActiveResourcesInfo().filter((r) => r.startsWith("TCP")).length;
  await settle();
  const before = sockets();
  const emulator = await startEmulator();
  const bot = new Bot(emulator.token, {
    botInfo: emulator.botInfo,
    client: { apiRoot: emulator.apiRoot },
  });
  bot.on("message", (ctx) => ctx.reply("ok"));
  let onStart = () => {};
  const started = new Promise<void>((resolve) => {
    onStart = resolve;
  });
  const polling = bot.start({ onStart }); // grammY's 30 s long poll: bot.stop() aborts it at once
  await started;
  await emulator.userSays("hi");
  await emulator.waitForReplies();
  await bot.stop();
  await polling;
  await emulator.stop();
  await settle();
  expect(sockets()).toBe(before);
});

describe("inline queries", () => {
  it("refuses an answer Telegram would refuse: too many results, a duplicate or overlong id", async () => {
    const emulator = await startEmulator();
    const bot = new Bot(emulator.token, {
      botInfo: emulator.botInfo,
      client: { apiRoot: emulator.apiRoot },
    });
    const errors: string[] = [];
    let attempt = 0;
    bot.on("inline_query", async (ctx) => {
      const result = (id: string) => ({
        type: "article" as const,
        id,
        title: "t",
        input_message_content: { message_text: "x" },
      });
      const tries = [
        Array.from({ length: 51 }, (_, i) => result(String(i))),
        [result("a"), result("a")],
        [result("x".repeat(65))],
        [result("ok")],
      ];
      for (const results of tries.slice(attempt)) {
        attempt++;
        try {
          await ctx.answerInlineQuery(results);
          return;
        } catch (error) {
          errors.push((error as { description: string }).description);
        }
      }
    });
    const polling = await startPolling(bot);
    const answer = await emulator.userInlineQuery("anything");
    expect(errors).toEqual([
      "Bad Request: RESULTS_TOO_MUCH",
      "Bad Request: RESULT_ID_DUPLICATE",
      "Bad Request: RESULT_ID_INVALID",
    ]);
    expect(answer.results.map((result) => result.id)).toEqual(["ok"]);
    await polling.stop();
    await emulator.stop();
  });
});
