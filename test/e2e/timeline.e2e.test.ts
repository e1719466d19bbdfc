import { InputFile } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART } from "../../src/bot/format/timeline-chart.js";
import { createLogger } from "../../src/logger.js";
import { type App, buildBot } from "../../src/main.js";
import { openTestApp } from "../helpers/app.js";
import { type Emulator, startEmulator, startPolling } from "../support/bot-api-emulator.js";

/**
 * /timeline and /linimasa through the Bot API emulator, over the seed articles. The emulator keeps
 * only an upload's name and size, so the bytes are also kept here as grammY hands them to the HTTP
 * client: the PNG checks are on those, and the emulator's size shows that they are what arrived.
 */

let emulator: Emulator;
let app: App;
let polling: { stop(): Promise<void> };
const uploads: Buffer[] = [];

beforeAll(async () => {
  emulator = await startEmulator();
  app = openTestApp();
  const bot = buildBot(
    app,
    { token: emulator.token, apiRoot: emulator.apiRoot, botInfo: emulator.botInfo },
    createLogger("silent"),
  );
  bot.api.config.use(async (prev, method, payload, signal) => {
    const photo = (payload as { photo?: unknown }).photo;
    if (method === "sendPhoto" && photo instanceof InputFile)
      uploads.push(Buffer.from((await photo.toRaw()) as Uint8Array));
    return prev(method, payload, signal);
  });
  polling = await startPolling(bot);
});

afterAll(async () => {
  await polling.stop();
  await emulator.stop();
  app.close();
});

async function ask(text: string, chat: "private" | "group" = "private") {
  await emulator.userSays(text, { chat, languageCode: "id" });
  const [reply] = await emulator.waitForReplies({ chat, count: 1 });
  return reply!;
}

/** The last chart sent: checked to be a PNG of the configured size, uploaded whole. */
function lastChart() {
  const png = uploads.at(-1)!;
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
    CHART.width * CHART.zoom,
    CHART.height * CHART.zoom,
  ]);
  expect(emulator.calls("sendPhoto").at(-1)?.params.photo).toEqual({
    filename: "linimasa.png",
    size: png.length,
  });
  return png;
}

describe("/timeline over the seed articles", () => {
  it("sends Malaysia–Russia's chart as a photo, with the stories, months, tone and events", async () => {
    const reply = await ask("/timeline Malaysia Rusia");
    expect(reply.method).toBe("sendPhoto");
    expect(reply.parseMode).toBe("HTML");
    expect(reply.text).toContain("<b>Linimasa Malaysia – Rusia</b>");
    expect(reply.plainText).toContain(
      "Linimasa Malaysia – Rusia: 1 cerita, Mei 2025 – Okt 2025. Nada: kerja sama.",
    );
    expect(reply.plainText).toContain("pertemuan 14 Mei 2025 · Moskow");
    expect(reply.plainText).toContain("kunjungan Oktober 2025 · Malaysia (rencana)");
    lastChart();
  });

  it("answers /linimasa like /timeline, knowing Tiongkok and Kirgistan by their aliases", async () => {
    const reply = await ask("/linimasa Tiongkok Kirgistan");
    expect(reply.method).toBe("sendPhoto");
    expect(reply.plainText).toMatch(/^Linimasa \S+ – \S+: 1 cerita, Feb 2025 – Jun 2025\./);
    expect(reply.plainText).toContain("17 Juni 2025 · Astana, Kazakhstan");
    lastChart();
  });

  it("replies in a group to the message that asked", async () => {
    const reply = await ask(`/timeline@${emulator.botInfo.username} Rusia Pakistan`, "group");
    expect(reply.method).toBe("sendPhoto");
    expect(reply.plainText).toContain("Linimasa Rusia – Pakistan: 1 cerita, Apr 2021.");
    expect(reply.replyToMessageId).toBeDefined();
    lastChart();
  });
});

describe("nothing to chart, and bad input", () => {
  it("says in text that a pair with no tie has nothing to chart", async () => {
    const reply = await ask("/timeline Serbia Kosovo");
    expect(reply.method).toBe("sendMessage");
    expect(reply.plainText).toContain("Belum ada artikel yang membahas hubungan Serbia dan Kosovo");
  });

  it("says in text that a tie without a publication month cannot be placed", async () => {
    const reply = await ask("/linimasa Indonesia Kazakhstan");
    expect(reply.method).toBe("sendMessage");
    expect(reply.plainText).toContain("bulan terbitnya tidak diketahui");
  });

  it("answers no argument, or one country, with usage and an example", async () => {
    expect((await ask("/timeline")).plainText).toContain("/timeline Malaysia Rusia");
    expect((await ask("/linimasa Rusia")).plainText).toContain("/timeline Malaysia Rusia");
  });

  it("names an unknown country back and suggests the closest", async () => {
    const reply = await ask("/timeline Malaysiaa Rusia");
    expect(reply.plainText).toContain("“Malaysiaa”");
    expect(reply.plainText).toContain("Mungkin maksud Anda: Malaysia?");
  });
});
