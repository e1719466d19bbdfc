import { describe, expect, it } from "vitest";
import { Html, html } from "./format/html.js";
import { LANGUAGES, langFromCode, messageIds, parseLang, translator } from "./i18n.js";

describe("the locale files", () => {
  it("define exactly the same message ids in id.ftl and en.ftl", () => {
    const id = messageIds("id");
    expect(id.length).toBeGreaterThan(50);
    expect(new Set(id).size).toBe(id.length);
    expect([...messageIds("en")].sort()).toEqual([...id].sort());
  });

  it("parse without errors and format every message", () => {
    for (const lang of LANGUAGES) {
      const tr = translator(lang);
      for (const key of messageIds(lang)) {
        expect(() => tr.t(key, { stories: 2, articles: 3 })).not.toThrow(/no message/);
      }
    }
  });
});

describe("a translator", () => {
  it("escapes the translated words and inserts the code's markup", () => {
    const tr = translator("id");
    const message = tr.h("unknown-country", { name: "<b>x</b> & y" });
    expect(message).toBeInstanceOf(Html);
    expect(message.markup).toBe("Saya tidak mengenal negara “&lt;b&gt;x&lt;/b&gt; &amp; y”.");
    const example = tr.h("example", { example: html`<code>/relations A B</code>` });
    expect(example.markup).toBe("Contoh: <code>/relations A B</code>");
  });

  it("counts in English", () => {
    const tr = translator("en");
    expect(tr.t("count-articles", { articles: 1 })).toBe("1 article");
    expect(tr.t("count-stories-articles", { stories: 2, articles: 1 })).toBe(
      "2 stories, 1 article",
    );
  });

  it("picks English for English apps and Indonesian otherwise", () => {
    expect(langFromCode("en")).toBe("en");
    expect(langFromCode("en-GB")).toBe("en");
    expect(langFromCode("id")).toBe("id");
    expect(langFromCode("ru")).toBe("id");
    expect(langFromCode(undefined)).toBe("id");
    expect(parseLang(" EN ")).toBe("en");
    expect(parseLang("xx")).toBeNull();
  });
});
