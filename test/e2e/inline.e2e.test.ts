import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBot, type TestBot } from "../helpers/bot.js";
import { parseHtml } from "../support/telegram-html.js";

let testBot: TestBot;

beforeAll(async () => {
  testBot = await startTestBot();
});

afterAll(() => testBot.stop());

interface Card {
  id: string;
  title: string;
  input_message_content: { message_text: string };
  reply_markup: { inline_keyboard: { url?: string }[][] };
}

const cardsFor = async (query: string) => {
  const answer = await testBot.emulator.userInlineQuery(query, { languageCode: "id" });
  return { answer, cards: answer.results as unknown as Card[] };
};
const seen = (card: Card) => parseHtml(card.input_message_content.message_text).text;

describe("inline mode", () => {
  it("offers a pair's fact sheet, its latest event and its key figure, each with its source", async () => {
    const { answer, cards } = await cardsFor("Malaysia Rusia");
    expect(cards.map((card) => card.id)).toEqual(["s:MY:RU", "e:MY:RU", "f:MY:RU"]);
    expect(seen(cards[1]!)).toContain("14 Mei 2025 · Moskow — Pertemuan");
    expect(seen(cards[2]!)).toContain("US$3,2 miliar");
    for (const card of cards) expect(seen(card)).toMatch(/\[1\] Pantau, 14 Mei 2025/);
    expect(cards[0]!.reply_markup.inline_keyboard[0]![0]!.url).toMatch(/start=r_MY_RU$/);
    expect(answer.cacheTime).toBeGreaterThan(0);
    expect(answer.button).toMatchObject({ start_parameter: "inline" });
  });

  it("offers a country's top partners", async () => {
    const { cards } = await cardsFor("Rusia");
    expect(cards.map((card) => card.title)).toEqual(
      expect.arrayContaining(["Rusia – Malaysia", "Rusia – Pakistan"]),
    );
  });

  it("offers the pairs most in the news in the latest week when the query is empty", async () => {
    const { cards } = await cardsFor("");
    expect(cards[0]?.title).toBe("China – Kirgizstan");
  });

  it("says so when a pair has no tie, and answers nonsense with no cards", async () => {
    expect((await cardsFor("Serbia Kosovo")).cards.map((card) => card.id)).toEqual(["n:RS:XK"]);
    expect((await cardsFor("<b>zzz</b>")).cards).toEqual([]);
  });

  it("opens a shared pair in the bot from the card's deep link", async () => {
    const reply = await testBot.ask("/start r_MY_RU");
    expect(reply.plainText).toContain("Anwar Ibrahim");
  });
});
