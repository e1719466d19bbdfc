import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bold, escapeHtml, fitBlocks, html, link, toPlainText, visibleLength } from "./html.js";

describe("HTML for Telegram", () => {
  it("escapes every interpolated string", () => {
    expect(html`<b>${"<script>&"}</b>`.markup).toBe("<b>&lt;script&gt;&amp;</b>");
  });

  it("does not escape markup it built itself twice", () => {
    expect(html`${bold("a<b")} c`.markup).toBe("<b>a&lt;b</b> c");
  });

  it("links only to web and Telegram addresses", () => {
    expect(link("https://example.com/a?b=1&c=2", "x").markup).toBe(
      '<a href="https://example.com/a?b=1&amp;c=2">x</a>',
    );
    expect(link("javascript:alert(1)", "x").markup).toBe("x");
  });

  it("turns markup back into the text a reader sees, a link showing only its text", () => {
    expect(toPlainText(html`${bold("A & B")} ${link("https://t.me/x", "judul")}`)).toBe(
      "A & B judul",
    );
  });

  it("counts length as Telegram does, without tags and with entities as one character", () => {
    expect(visibleLength(html`<b>${"a&b"}</b>`)).toBe(3);
  });

  it("keeps whole blocks within the limit and says what was left out", () => {
    const blocks = Array.from({ length: 50 }, (_, i) => html`${`blok ${i} `.repeat(20)}`);
    const fitted = fitBlocks(blocks, html`(dipotong)`, 1000);
    expect(visibleLength(fitted)).toBeLessThanOrEqual(1000);
    expect(toPlainText(fitted).endsWith("(dipotong)")).toBe(true);
  });

  it("never lets a string change the markup, whatever it holds", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const markup = html`<i>${text}</i>`.markup;
        expect(markup.slice(3, -4)).toBe(escapeHtml(text));
        expect(markup.slice(3, -4)).not.toMatch(/[<>]/);
      }),
    );
  });
});
