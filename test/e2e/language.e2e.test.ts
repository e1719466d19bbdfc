import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setCommandMenus } from "../../src/bot/commands.js";
import { startTestBot, type TestBot } from "../helpers/bot.js";
import type { ChatKind } from "../support/bot-api-user.js";

/** The interface in two languages: the user's app language, /lang per chat, both menus. */

let testBot: TestBot;

beforeAll(async () => {
  testBot = await startTestBot();
});

afterAll(async () => {
  await testBot.stop();
});

async function say(text: string, languageCode: string, chat: ChatKind = "private", userId = 1001) {
  await testBot.emulator.userSays(text, { chat, languageCode, userId });
  const [reply] = await testBot.emulator.waitForReplies({ chat, userId, count: 1 });
  return reply!;
}

describe("the interface language", () => {
  it("answers a user whose Telegram is in English in English, the articles' text as it is", async () => {
    const reply = await say("/relations Malaysia Rusia", "en", "private", 2001);
    expect(reply.plainText).toContain("Malaysia – Russia");
    expect(reply.plainText).toContain(
      "14 May 2025 · Moscow — Meeting: Anwar Ibrahim (PM, Malaysia) and Vladimir Putin (President, Russia)",
    );
    expect(reply.plainText).toContain("US$3.2 billion");
    expect(reply.plainText).toContain("Sources");
    expect(reply.plainText).not.toContain("Peristiwa terbaru");
    // Sentences quoted from the article stay in Indonesian.
    expect(reply.plainText).toContain("Perdana Menteri Malaysia Anwar Ibrahim");
  });

  it("answers a user whose Telegram is in Indonesian in Indonesian", async () => {
    const reply = await say("/relations Malaysia Rusia", "id", "private", 2002);
    expect(reply.plainText).toContain("Malaysia – Rusia");
    expect(reply.plainText).toContain("14 Mei 2025 · Moskow — Pertemuan");
    expect(reply.plainText).toContain("US$3,2 miliar");
  });

  it("/lang en switches an Indonesian chat to English and /lang id back, kept in the store", async () => {
    const chatId = -4001;
    const current = await say("/lang", "id", "group");
    expect(current.plainText).toContain("Bahasa obrolan ini: Bahasa Indonesia");
    expect(current.plainText).toContain("/lang en");

    const switched = await say("/lang en", "id", "group");
    expect(switched.plainText).toContain("English");
    expect(testBot.app.settings.language(chatId)).toBe("en");
    // The chat's choice wins over the Indonesian app of the one who asks.
    const english = await say("/relations Malaysia Rusia", "id", "group");
    expect(english.plainText).toContain("Malaysia – Russia");
    expect((await say("/lang", "id", "group")).plainText).toContain(
      "This chat's language: English",
    );

    const back = await say("/bahasa id", "en", "group");
    expect(back.plainText).toContain("Bahasa Indonesia");
    expect(testBot.app.settings.language(chatId)).toBe("id");
    const indonesian = await say("/relations Malaysia Rusia", "en", "group");
    expect(indonesian.plainText).toContain("Malaysia – Rusia");
  });

  it("/lang xx names the languages there are", async () => {
    const reply = await say("/lang xx", "id", "private", 2003);
    expect(reply.plainText).toContain("Saya tidak mengenal bahasa “xx”");
    expect(reply.plainText).toContain("/lang id");
    expect(reply.plainText).toContain("/lang en");
    expect(testBot.app.settings.language(2003)).toBeNull();
    const english = await say("/lang xx", "en", "private", 2004);
    expect(english.plainText).toContain("I do not know the language “xx”");
  });

  it("sets the Indonesian menu and the English one for English apps", async () => {
    const { emulator } = testBot;
    const api = new Api(emulator.token, { apiRoot: emulator.apiRoot });
    await setCommandMenus(api);
    const menus = emulator.calls("setMyCommands");
    expect(menus.map((call) => call.params.language_code)).toEqual([undefined, "en"]);
    const english = await api.getMyCommands({ language_code: "en" });
    expect(english.map((command) => command.command)).toContain("relations");
    expect(english.find((command) => command.command === "lang")?.description).toContain(
      "Interface language",
    );
    const indonesian = await api.getMyCommands();
    expect(indonesian.find((command) => command.command === "hubungan")?.description).toContain(
      "Lembar fakta hubungan dua negara",
    );
    expect(indonesian.map((command) => command.command)).toContain("bahasa");
  });
});
