import { describe, expect, it } from "vitest";
import { parseHtml } from "./telegram-html.js";
import {
  BotApiError,
  checkCommands,
  checkReplyMarkup,
  checkText,
  commandTarget,
  userEntities,
} from "./telegram-rules.js";

const parseError = (html: string) => {
  try {
    checkText(html, "HTML");
  } catch (error) {
    if (error instanceof BotApiError) return error.description;
  }
  return "accepted";
};
const prefix = "Bad Request: can't parse entities: ";

describe("parseHtml: what Telegram accepts", () => {
  it("turns tags into entities with UTF-16 offsets", () => {
    expect(parseHtml("🇲🇾 <b>Malaysia</b> &amp; <i>Rusia</i>")).toEqual({
      text: "🇲🇾 Malaysia & Rusia",
      entities: [
        { type: "bold", offset: 5, length: 8 },
        { type: "italic", offset: 16, length: 5 },
      ],
    });
  });

  it("knows every allowed tag and its attributes", () => {
    const html =
      '<strong>a</strong><em>b</em><u>c</u><ins>d</ins><s>e</s><strike>f</strike><del>g</del><span class="tg-spoiler">h</span><tg-spoiler>i</tg-spoiler><a href="https://x.id/?a=1&b=2">j</a><code>k</code><pre>l</pre><blockquote>m</blockquote><blockquote expandable>n</blockquote><tg-emoji emoji-id="5368324170671202286">o</tg-emoji>';
    expect(parseHtml(html).entities.map((e) => e.type)).toEqual(
      "bold italic underline underline strikethrough strikethrough strikethrough spoiler spoiler text_link code pre blockquote expandable_blockquote custom_emoji".split(
        " ",
      ),
    );
    expect(parseHtml(html).entities[9]).toMatchObject({ url: "https://x.id/?a=1&b=2" });
  });

  it("merges <pre><code class> into one pre with a language, nests, decodes entities", () => {
    expect(parseHtml('<pre><code class="language-ts">x &lt; 1</code></pre>').entities).toEqual([
      { type: "pre", offset: 0, length: 5, language: "ts" },
    ]);
    expect(parseHtml("<B>a<i>b</i></B>").entities).toHaveLength(2);
    expect(parseHtml("&#65;&#x1F600;&quot;&gt;").text).toBe('A😀">');
    expect(parseHtml("a > b").text).toBe("a > b");
  });
});

describe("parseHtml: what Telegram refuses, with its error text", () => {
  it.each([
    ["<p>hi</p>", 'Unsupported start tag "p" at byte offset 0'],
    ["line<br>", 'Unsupported start tag "br" at byte offset 4'],
    ["é<br/>", 'Unsupported start tag "br/" at byte offset 2'],
    ["a < b", 'Unsupported start tag "" at byte offset 2'],
    ["1<2", "Unclosed start tag at byte offset 1"],
    ["<b>bold", `Can't find end tag corresponding to start tag "b"`],
    ["<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'],
    ["x</b>", "Unexpected end tag at byte offset 1"],
    ["<b>x</b", "Unclosed end tag at byte offset 4"],
    ['<span class="x">s</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
    ["<a href=https://x.id>x</a>", "Unexpected end of name token at byte offset 8"],
    [
      "<a href>x</a>",
      'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0',
    ],
    ['<tg-emoji emoji-id="x">o</tg-emoji>', "Invalid custom emoji identifier specified"],
    ["Tom & Jerry", 'Bare "&" at byte offset 4; escape it as &amp;'],
    ["a&nbsp;b", 'Bare "&" at byte offset 1; escape it as &amp;'],
  ])("%s", (html, message) => {
    expect(parseError(html)).toBe(prefix + message);
  });
});

describe("checkText", () => {
  it("limits the visible text to 4096 UTF-16 units, after parsing and trimming", () => {
    expect(checkText("x".repeat(4096), undefined).text).toHaveLength(4096);
    expect(checkText(`<b>${"x".repeat(4096)}</b>\n\n`, "html").text).toHaveLength(4096);
    expect(() => checkText("x".repeat(4097), undefined)).toThrow(
      "Bad Request: message is too long",
    );
    expect(() => checkText("😀".repeat(2049), undefined)).toThrow("message is too long");
    expect(() => checkText("&amp;".repeat(4097), "HTML")).toThrow("message is too long");
  });

  it("refuses empty text, allows an empty caption, limits captions to 1024", () => {
    for (const empty of [undefined, "", " \n ", "<b> </b>"]) {
      expect(() => checkText(empty, "HTML")).toThrow("Bad Request: message text is empty");
    }
    expect(checkText(undefined, undefined, "caption").text).toBe("");
    expect(() => checkText("x".repeat(1025), undefined, "caption")).toThrow(
      "Bad Request: message caption is too long",
    );
  });

  it("trims like Telegram and moves the entities along; knows the parse modes", () => {
    expect(checkText("\n  <b>hi</b> there  \n", "HTML")).toEqual({
      text: "hi there",
      entities: [{ type: "bold", offset: 0, length: 2 }],
    });
    expect(checkText("\u00a0", undefined).text).toBe("\u00a0");
    expect(checkText("\ta\r\nb\t", undefined).text).toBe("a\nb");
    expect(checkText("*raw*", "MarkdownV2").text).toBe("*raw*");
    expect(() => checkText("x", "XML")).toThrow("Bad Request: unsupported parse_mode");
  });
});

describe("checkReplyMarkup", () => {
  const keyboard = (data: string) => ({ inline_keyboard: [[{ text: "b", callback_data: data }]] });

  it("allows callback_data of 1 to 64 bytes, counted in UTF-8", () => {
    expect(checkReplyMarkup(keyboard("d".repeat(64)))).toEqual(keyboard("d".repeat(64)));
    expect(checkReplyMarkup(JSON.stringify(keyboard("🇲🇾".repeat(8))))).toBeTruthy();
    for (const data of ["d".repeat(65), "🇲🇾".repeat(9), ""]) {
      expect(() => checkReplyMarkup(keyboard(data))).toThrow("Bad Request: BUTTON_DATA_INVALID");
    }
  });

  it("refuses inline buttons without an action and bad JSON; passes other keyboards", () => {
    expect(() => checkReplyMarkup({ inline_keyboard: [[{ text: "b" }]] })).toThrow(
      "text buttons are unallowed in the inline keyboard",
    );
    expect(() => checkReplyMarkup("{nope")).toThrow("can't parse reply keyboard markup JSON");
    expect(checkReplyMarkup({ keyboard: [[{ text: "ok" }]] })).toBeTruthy();
    expect(checkReplyMarkup(undefined)).toBeUndefined();
  });
});

describe("checkCommands", () => {
  it("takes lower-case commands of up to 32 characters with a description", () => {
    const ok = [{ command: "relations_2", description: "Hubungan" }];
    expect(checkCommands(ok, "id")).toEqual(ok);
    for (const command of ["Relations", "/start", "x".repeat(33), "hubungan-negara"]) {
      expect(() => checkCommands([{ command, description: "d" }], "")).toThrow(
        "BOT_COMMAND_INVALID",
      );
    }
    expect(() => checkCommands([{ command: "a", description: " " }], "")).toThrow(
      "command description must be non-empty",
    );
    expect(() => checkCommands(ok, "ind")).toThrow("invalid language code specified");
  });
});

describe("userEntities and commandTarget", () => {
  it("marks commands and mentions where Telegram does", () => {
    expect(userEntities("/relations Malaysia Rusia")).toEqual([
      { type: "bot_command", offset: 0, length: 10 },
    ]);
    expect(userEntities("/relations@hubungan_test_bot Malaysia Rusia")).toEqual([
      { type: "bot_command", offset: 0, length: 28 },
    ]);
    expect(userEntities("😀 /help @someone")).toEqual([
      { type: "bot_command", offset: 3, length: 5 },
      { type: "mention", offset: 9, length: 8 },
    ]);
    expect(userEntities("a/b https://x.id/path and/or")).toEqual([]);
  });

  it("tells whom a command is for", () => {
    expect(commandTarget("/relations@hubungan_test_bot x")).toEqual({
      command: "relations",
      target: "hubungan_test_bot",
    });
    expect(commandTarget("/start")).toEqual({ command: "start" });
    expect(commandTarget("hello /start")).toBeUndefined();
  });
});
