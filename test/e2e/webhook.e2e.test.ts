import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, killAll, spawnBot, tempDir } from "../helpers/process.js";
import { DEFAULT_USER_ID, type Emulator, startEmulator } from "../support/bot-api-emulator.js";

/**
 * The bot process in webhook mode (WEBHOOK_URL): it tells Telegram where to post, with its secret,
 * and answers updates posted to it; a request without the secret is refused and changes nothing.
 */
let emulator: Emulator;
let bot: BotProcess;
let url: string;
const SECRET = "a-secret-token-for-the-tests_01";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function update(id: number, text: string) {
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: DEFAULT_USER_ID, type: "private", first_name: "User" },
      from: { id: DEFAULT_USER_ID, is_bot: false, first_name: "User", language_code: "id" },
      text,
      entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }],
    },
  };
}

const post = (body: unknown, secret?: string) =>
  fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
    },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  emulator = await startEmulator();
  const port = await freePort();
  url = `http://127.0.0.1:${port}/telegram/hook`;
  bot = spawnBot({
    BOT_TOKEN: emulator.token,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    DATABASE_PATH: join(tempDir(), "hubungan.db"),
    WEBHOOK_URL: url,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
  });
  await bot.waitForLog(/is running \(webhook\)/, 20_000);
  // The user's chat exists for Telegram (the update it queues is never fetched: no getUpdates).
  await emulator.userSays("/start");
});

afterAll(async () => {
  killAll();
  await emulator.stop();
});

describe("the bot in webhook mode", () => {
  it("sets its webhook with the secret, and never long-polls", () => {
    const [set] = emulator.calls("setWebhook");
    expect(set?.params).toMatchObject({ url, secret_token: SECRET });
    expect(emulator.calls("getUpdates")).toEqual([]);
  });

  it("answers an update Telegram posts with the secret", async () => {
    const response = await post(update(1, "/relations Malaysia Rusia"), SECRET);
    expect(response.status).toBe(200);
    const replies = emulator
      .calls("sendMessage")
      .filter((call) => call.params.chat_id === DEFAULT_USER_ID);
    expect(replies).toHaveLength(1);
    expect(String(replies[0]?.params.text)).toContain("Anwar Ibrahim");
  });

  it("refuses a post without the secret or with another, and answers nothing", async () => {
    const before = emulator.calls("sendMessage").length;
    expect((await post(update(2, "/relations Malaysia Rusia"))).status).toBe(401);
    expect(
      (await post(update(3, "/relations Malaysia Rusia"), "wrong-secret-token-xxxxx")).status,
    ).toBe(401);
    expect(emulator.calls("sendMessage")).toHaveLength(before);
  });

  it("answers health checks, and nothing at other paths", async () => {
    const origin = new URL(url).origin;
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await fetch(`${origin}/other`, { method: "POST", body: "{}" })).status).toBe(404);
  });

  it("stops on SIGTERM, finishing cleanly, and leaves the webhook set for other instances", async () => {
    expect((await bot.stop("SIGTERM")).code).toBe(0);
    expect(emulator.calls("deleteWebhook")).toEqual([]);
  });
});
