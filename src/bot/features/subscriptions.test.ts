import type { Bot } from "grammy";
import type { Chat, ChatMember, Update, User } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../../db/database.js";
import { SubscriptionStore } from "../../db/subscription-store.js";
import { createLogger } from "../../logger.js";
import { SubscriptionService } from "../../services/subscription-service.js";
import { botIdentity } from "../bot-info.js";
import type { AppContext, BotDeps } from "../context.js";
import { createBot } from "../create-bot.js";
import { parseDigestMode } from "./subscriptions.js";

/**
 * Who may change a group's subscriptions, through the real bot with a recording Bot API in place
 * of Telegram (grammY's own test style): getChatMember answers as the test says.
 */

const botInfo = botIdentity({ id: 42, first_name: "Hubungan", username: "hubungan_bot" });

const GROUP: Chat.SupergroupChat = { id: -100500, type: "supergroup", title: "Grup" };
const user = (id: number): User => ({
  id,
  is_bot: false,
  first_name: `U${id}`,
  language_code: "id",
});

interface Call {
  method: string;
  payload: Record<string, unknown>;
}

let db: Db;
let service: SubscriptionService;
let bot: Bot<AppContext>;
let calls: Call[];
/** What getChatMember says of a user; a thrown error for anyone not listed. */
let statuses: Map<number, ChatMember["status"]>;

beforeEach(() => {
  db = openDatabase(":memory:");
  service = new SubscriptionService(new SubscriptionStore(db));
  const deps = {
    subscriptions: service,
    settings: { language: () => null },
    admins: new Set<number>(),
    logger: createLogger("silent"),
  } as unknown as BotDeps;
  bot = createBot({ token: "42:test", botInfo }, deps);
  calls = [];
  statuses = new Map();
  bot.api.config.use(async (_previous, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    if (method === "getChatMember") {
      const userId = Number((payload as { user_id: number }).user_id);
      const status = statuses.get(userId);
      if (!status)
        return { ok: false, error_code: 400, description: "Bad Request: user not found" } as never;
      return { ok: true, result: { status, user: user(userId) } } as never;
    }
    return {
      ok: true,
      result: method.startsWith("answer") ? true : { message_id: 99, date: 0, chat: GROUP },
    } as never;
  });
});

afterEach(() => db.close());

let updateId = 1;

function command(text: string, from: User, more: { sender_chat?: Chat } = {}): Update {
  const length = /^\/\S+/.exec(text)?.[0].length ?? 0;
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 0,
      chat: GROUP,
      from,
      text,
      entities: [{ type: "bot_command", offset: 0, length }],
      ...more,
    } as NonNullable<Update["message"]>,
  };
}

function press(data: string, from: User): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: String(updateId),
      from,
      chat_instance: "1",
      data,
      message: { message_id: 7, date: 0, chat: GROUP, from: user(42), text: "list" },
    },
  };
}

const sent = () =>
  calls.filter((call) => call.method === "sendMessage").map((call) => String(call.payload.text));

describe("changing a group's subscriptions", () => {
  it("is refused to a plain member, politely, and changes nothing", async () => {
    statuses.set(7, "member");
    await bot.handleUpdate(command("/subscribe Malaysia", user(7)));
    expect(sent()).toEqual([expect.stringContaining("Hanya admin grup ini")]);
    expect(service.list(GROUP.id)).toEqual([]);
  });

  it.each([["creator"], ["administrator"]] as const)("is allowed to the %s", async (status) => {
    statuses.set(8, status);
    await bot.handleUpdate(command("/ikuti Malaysia", user(8)));
    expect(sent()).toEqual([expect.stringContaining("mengikuti <b>Malaysia</b>")]);
    expect(service.list(GROUP.id).map((s) => s.key)).toEqual(["MY"]);
  });

  it("is allowed to an anonymous administrator, who writes as the group, without asking", async () => {
    const anonymous = { id: 1087968824, is_bot: true, first_name: "Group" };
    await bot.handleUpdate(command("/ringkasan harian", anonymous, { sender_chat: GROUP }));
    expect(calls.some((call) => call.method === "getChatMember")).toBe(false);
    expect(service.digest(GROUP.id)).toBe("daily");
  });

  it("is refused when Telegram cannot say who the user is", async () => {
    await bot.handleUpdate(command("/berhenti Malaysia", user(9)));
    expect(sent()).toEqual([expect.stringContaining("Hanya admin grup ini")]);
  });

  it("is open to anyone for the list, without asking Telegram", async () => {
    await bot.handleUpdate(command("/langganan", user(10)));
    await bot.handleUpdate(command("/ringkasan", user(10)));
    expect(calls.some((call) => call.method === "getChatMember")).toBe(false);
    expect(sent()).toHaveLength(2);
  });

  it("by ✖ button: a member gets an alert, an administrator removes it", async () => {
    const target = service.subscribe(GROUP.id, "Malaysia");
    expect("result" in target && target.result).toBe("added");
    const [followed] = service.list(GROUP.id);
    statuses.set(11, "member");
    await bot.handleUpdate(press(`u:${followed!.id}`, user(11)));
    const alert = calls.find((call) => call.method === "answerCallbackQuery");
    expect(alert?.payload).toMatchObject({ show_alert: true });
    expect(String(alert?.payload.text)).toContain("Hanya admin grup ini");
    expect(service.list(GROUP.id)).toHaveLength(1);

    statuses.set(12, "administrator");
    calls = [];
    await bot.handleUpdate(press(`u:${followed!.id}`, user(12)));
    expect(calls.map((call) => call.method)).toEqual([
      "getChatMember",
      "answerCallbackQuery",
      "editMessageText",
    ]);
    expect(calls[1]?.payload.text).toBe("Dihapus: Malaysia");
    expect(String(calls[2]?.payload.text)).toContain("belum mengikuti apa pun");
    expect(service.list(GROUP.id)).toEqual([]);
  });

  it("by a forged button: only the chat's own subscriptions are removed", async () => {
    service.subscribe(-1, "Malaysia");
    const [elsewhere] = service.list(-1);
    statuses.set(13, "creator");
    await bot.handleUpdate(press(`u:${elsewhere!.id}`, user(13)));
    expect(calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(
      "Langganan itu sudah dihapus.",
    );
    expect(service.list(-1)).toHaveLength(1);
  });
});

describe("the digest's words", () => {
  it("are daily/harian and off/mati, in any case", () => {
    expect(parseDigestMode(" Harian ")).toBe("daily");
    expect(parseDigestMode("DAILY")).toBe("daily");
    expect(parseDigestMode("mati")).toBe("off");
    expect(parseDigestMode("off")).toBe("off");
    expect(parseDigestMode("weekly")).toBeNull();
  });
});
