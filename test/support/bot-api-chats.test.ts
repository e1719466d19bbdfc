import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, InputFile } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_USER_ID, type Emulator, startEmulator, startPolling } from "./bot-api-emulator.js";

/** A bot that answers every command with "ok" and keeps every update it gets. */
async function start(emulator: Emulator, seen: Update[]) {
  const bot = new Bot(emulator.token, {
    botInfo: emulator.botInfo,
    client: { apiRoot: emulator.apiRoot },
  });
  bot.use((ctx, next) => {
    seen.push(ctx.update);
    return next();
  });
  bot.on("::bot_command", (ctx) => ctx.reply("ok"));
  return { bot, polling: await startPolling(bot) };
}

/** A Bot API call as plain HTTP, to see the status and body exactly as Telegram sends them. */
async function post(emulator: Emulator, method: string, body: object) {
  const res = await fetch(`${emulator.apiRoot}/bot${emulator.token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const command = (emulator: Emulator) => `/start@${emulator.botInfo.username}`;

describe("chats as they change under the bot", () => {
  let emulator: Emulator;
  let bot: Bot;
  let polling: { stop(): Promise<void> };
  const seen: Update[] = [];

  beforeEach(async () => {
    seen.length = 0;
    emulator = await startEmulator();
    ({ bot, polling } = await start(emulator, seen));
  });

  afterEach(async () => {
    await polling.stop();
    await emulator.stop();
  });

  it("getChatMember: the default user created the group, who spoke is a member, setChatAdmins decides", async () => {
    await emulator.userSays("hello", { chat: "group" });
    await emulator.userSays("hi", { chat: "group", userId: 42 });
    await emulator.userSays("hi", { userId: 43 }); // seen, but never in the group
    const group = emulator.chatIdOf("group");
    const status = async (userId: number) => (await bot.api.getChatMember(group, userId)).status;
    expect(await status(DEFAULT_USER_ID)).toBe("creator");
    expect(await bot.api.getChatMember(group, 42)).toEqual({
      status: "member",
      user: { id: 42, is_bot: false, first_name: "User 42", username: "user42" },
    });
    expect(await status(emulator.botInfo.id)).toBe("member");
    expect(await status(43)).toBe("left");
    await expect(bot.api.getChatMember(group, 999)).rejects.toMatchObject({
      error_code: 400,
      description: "Bad Request: user not found",
    });
    expect((await bot.api.getChatMember(43, 43)).status).toBe("member"); // a private chat
    expect((await bot.api.getChatMember(43, emulator.botInfo.id)).status).toBe("member");

    emulator.setChatAdmins("group", [42, DEFAULT_USER_ID, emulator.botInfo.id]);
    expect(await status(42)).toBe("creator");
    expect(await bot.api.getChatMember(group, DEFAULT_USER_ID)).toMatchObject({
      status: "administrator",
      can_delete_messages: true,
      can_be_edited: false,
    });
    expect(await status(emulator.botInfo.id)).toBe("administrator");
    const admins = await bot.api.getChatAdministrators(group); // bots are left out
    expect(admins.map((m) => [m.user.id, m.status])).toEqual([
      [42, "creator"],
      [DEFAULT_USER_ID, "administrator"],
    ]);
    await expect(bot.api.getChatAdministrators(43)).rejects.toMatchObject({
      error_code: 400,
      description: "Bad Request: there is no administrators in the private chat",
    });
  });

  it("userBlocksBot: sends to that user get 403 until the user writes again", async () => {
    await emulator.userSays("/start");
    const [reply] = await emulator.waitForReplies();
    await emulator.userSays("/start", { userId: 42 });
    await emulator.waitForReplies({ userId: 42 });
    expect(emulator.userBlocksBot()).toBeGreaterThan(0);

    const blocked = { error_code: 403, description: "Forbidden: bot was blocked by the user" };
    await expect(bot.api.sendMessage(DEFAULT_USER_ID, "alert")).rejects.toMatchObject(blocked);
    const photo = new InputFile(Buffer.from("png"), "chart.png");
    await expect(bot.api.sendPhoto(DEFAULT_USER_ID, photo)).rejects.toMatchObject(blocked);
    await expect(
      bot.api.editMessageText(DEFAULT_USER_ID, reply?.messageId ?? 0, "changed"),
    ).rejects.toMatchObject(blocked);
    expect(await post(emulator, "sendMessage", { chat_id: DEFAULT_USER_ID, text: "x" })).toEqual({
      status: 403,
      body: { ok: false, ...blocked },
    });
    await bot.api.sendMessage(42, "another user is not affected");
    await vi.waitFor(() => expect(seen.some((u) => u.my_chat_member)).toBe(true));
    expect(seen.find((u) => u.my_chat_member)?.my_chat_member).toMatchObject({
      chat: { id: DEFAULT_USER_ID, type: "private" },
      from: { id: DEFAULT_USER_ID },
      old_chat_member: { status: "member", user: { id: emulator.botInfo.id } },
      new_chat_member: { status: "kicked", user: { id: emulator.botInfo.id } },
    });

    await emulator.userSays("/start"); // "Restart": the bot may write again
    expect((await emulator.waitForReplies())[0]?.text).toBe("ok");
    expect(seen.at(-2)?.my_chat_member?.new_chat_member.status).toBe("member");
  });

  it("botRemovedFromChat: 403 'bot was kicked' for the group or supergroup, and it hears nothing there", async () => {
    await emulator.userSays(command(emulator), { chat: "group" });
    await emulator.userSays(command(emulator), { chat: "supergroup" });
    await emulator.waitForReplies({ chat: "supergroup" });
    emulator.botRemovedFromChat("group");
    emulator.botRemovedFromChat(emulator.chatIdOf("supergroup"));
    const group = emulator.chatIdOf("group");
    expect(await post(emulator, "sendMessage", { chat_id: group, text: "x" })).toEqual({
      status: 403,
      body: {
        ok: false,
        error_code: 403,
        description: "Forbidden: bot was kicked from the group chat",
      },
    });
    await expect(bot.api.sendMessage(emulator.chatIdOf("supergroup"), "x")).rejects.toMatchObject({
      description: "Forbidden: bot was kicked from the supergroup chat",
    });
    await expect(bot.api.getChatMember(group, DEFAULT_USER_ID)).rejects.toMatchObject({
      error_code: 403,
    });
    expect(await emulator.userSays(command(emulator), { chat: "group" })).toBe(0);
    await expect(emulator.waitForReplies({ chat: "group", timeoutMs: 200 })).rejects.toThrow(
      "the bot was removed from this chat",
    );
    const changes = seen.flatMap((u) => (u.my_chat_member ? [u.my_chat_member] : []));
    expect(changes.map((c) => [c.chat.type, c.new_chat_member.status])).toEqual([
      ["group", "left"],
      ["supergroup", "kicked"],
    ]);
  });

  it("migrateGroupToSupergroup: the old id gets 400 with migrate_to_chat_id, the new id works", async () => {
    await emulator.userSays(command(emulator), { chat: "group", userId: 42 });
    await emulator.waitForReplies({ chat: "group" });
    const old = emulator.chatIdOf("group");
    const id = emulator.migrateGroupToSupergroup();
    expect(String(id)).toMatch(/^-100\d{10}$/);
    expect(id).not.toBe(emulator.chatIdOf("supergroup"));
    expect(emulator.chatIdOf("group")).toBe(id);

    const upgraded = {
      ok: false,
      error_code: 400,
      description: "Bad Request: group chat was upgraded to a supergroup chat",
      parameters: { migrate_to_chat_id: id },
    };
    expect(await post(emulator, "sendMessage", { chat_id: old, text: "alert" })).toEqual({
      status: 400,
      body: upgraded,
    });
    const error = await bot.api.sendMessage(old, "alert").catch((e: GrammyError) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).parameters.migrate_to_chat_id).toBe(id);

    await bot.api.sendMessage(id, "alert");
    const [alert] = await emulator.waitForReplies({ chatId: id });
    expect(alert).toMatchObject({ chatId: id, text: "alert" });
    const migrations = () =>
      seen.map((u) => u.message?.migrate_to_chat_id ?? u.message?.migrate_from_chat_id);
    await vi.waitFor(() => expect(migrations()).toEqual([undefined, id, old]));
    expect(await bot.api.getChatMember(id, 42)).toMatchObject({ status: "member" });

    await emulator.userSays(command(emulator), { chat: "group", userId: 42 }); // now in the supergroup
    const [reply] = await emulator.waitForReplies({ chat: "group" });
    expect(reply).toMatchObject({ chatId: id, text: "ok" });
    expect(seen.at(-1)?.message?.chat).toMatchObject({
      id,
      type: "supergroup",
      title: "Test group",
    });
  });

  it("failNextSends: 429 with retry_after, then the send goes through", async () => {
    await emulator.userSays("/start");
    await emulator.waitForReplies();
    emulator.failNextSends(2, 7);
    const flood = {
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 7",
      parameters: { retry_after: 7 },
    };
    await bot.api.sendChatAction(DEFAULT_USER_ID, "typing"); // not a send: not counted
    expect(await post(emulator, "sendMessage", { chat_id: DEFAULT_USER_ID, text: "a" })).toEqual({
      status: 429,
      body: flood,
    });
    const error = await bot.api.sendMessage(DEFAULT_USER_ID, "b").catch((e: GrammyError) => e);
    expect(error).toMatchObject({ error_code: 429, parameters: { retry_after: 7 } });
    await bot.api.sendMessage(DEFAULT_USER_ID, "c");
    expect(emulator.sentMessages({ chatId: DEFAULT_USER_ID }).map((m) => m.text)).toEqual([
      "ok",
      "c",
    ]);
  });
});

it("auto-retry waits retry_after, and sentAt shows when each message went out", async () => {
  const emulator = await startEmulator();
  const seen: Update[] = [];
  const { bot, polling } = await start(emulator, seen);
  bot.api.config.use(autoRetry());
  await emulator.userSays("/start");
  await emulator.userSays(command(emulator), { chat: "group" });
  await emulator.waitForReplies({ chat: "group" });
  emulator.failNextSends(1, 1);
  const before = Date.now();
  await bot.api.sendMessage(DEFAULT_USER_ID, "alert 1");
  await bot.api.sendMessage(emulator.chatIdOf("group"), "alert 2");
  const refused = emulator.calls("sendMessage").find((c) => c.error);
  expect(refused?.error).toBe("Too Many Requests: retry after 1");
  const all = emulator.sentMessages();
  expect(all.map((m) => [m.chatId, m.text])).toEqual([
    [DEFAULT_USER_ID, "ok"],
    [emulator.chatIdOf("group"), "ok"],
    [DEFAULT_USER_ID, "alert 1"],
    [emulator.chatIdOf("group"), "alert 2"],
  ]);
  const [, , first, second] = all;
  expect(first!.sentAt - refused!.at).toBeGreaterThanOrEqual(990);
  expect(first!.sentAt).toBeGreaterThanOrEqual(before);
  expect(second!.sentAt).toBeGreaterThanOrEqual(first!.sentAt);
  expect(emulator.sentMessages({ chatId: emulator.chatIdOf("group") })).toHaveLength(2);
  await polling.stop();
  await emulator.stop();
});
