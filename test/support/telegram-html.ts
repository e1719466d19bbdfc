import type { MessageEntity } from "grammy/types";

/**
 * Telegram's parse_mode "HTML" parser, ported from tdlib's parse_html (td/telegram/MessageEntity.cpp)
 * so that the emulator refuses the same markup, with the same error texts, as the real Bot API.
 * One deliberate difference: a bare "&" that is not one of &lt; &gt; &amp; &quot; &#N; &#xN; is an
 * error here. Telegram shows it as is, but it means the bot forgot to escape its text, and the same
 * bug turns "a &lt; b" in the data into "a < b" on screen.
 */
export class HtmlParseError extends Error {}

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

const TAGS = new Set(
  "a b strong i em u ins s strike del span tg-spoiler tg-emoji code pre blockquote".split(" "),
);
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };
const ENTITY = /^&(?:(lt|gt|amp|quot)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/;
const isSpace = (c: string | undefined) => c === undefined || " \t\r\n\v".includes(c);

interface Open {
  tag: string;
  arg: string;
  offset: number;
  expandable: boolean;
}

/** Decodes one entity at html[i]; undefined when the "&" does not start a valid one. */
function decodeEntity(html: string, i: number): { char: string; length: number } | undefined {
  const m = ENTITY.exec(html.slice(i, i + 12));
  if (!m) return undefined;
  const code = m[1] ? undefined : Number.parseInt(m[2] ?? m[3] ?? "", m[2] ? 10 : 16);
  if (
    code !== undefined &&
    (code === 0 || code >= 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
  ) {
    return undefined;
  }
  return {
    char: m[1] ? (NAMED[m[1]] ?? "") : String.fromCodePoint(code ?? 0),
    length: m[0].length,
  };
}

/** Attribute values are decoded leniently, as tdlib does: unknown "&..." stays literal. */
function decodeAttribute(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; ) {
    const e = value[i] === "&" ? decodeEntity(value, i) : undefined;
    out += e ? e.char : value[i];
    i += e ? e.length : 1;
  }
  return out;
}

function toEntity(open: Open, length: number, inner: string): MessageEntity | undefined {
  const base = { offset: open.offset, length };
  switch (open.tag) {
    case "b":
    case "strong":
      return { type: "bold", ...base };
    case "i":
    case "em":
      return { type: "italic", ...base };
    case "u":
    case "ins":
      return { type: "underline", ...base };
    case "s":
    case "strike":
    case "del":
      return { type: "strikethrough", ...base };
    case "span":
    case "tg-spoiler":
      return { type: "spoiler", ...base };
    case "a":
      return { type: "text_link", ...base, url: open.arg || inner };
    case "code":
      return { type: "code", ...base };
    case "pre":
      return { type: "pre", ...base };
    case "blockquote":
      return { type: open.expandable ? "expandable_blockquote" : "blockquote", ...base };
    case "tg-emoji":
      if (!/^[1-9]\d*$/.test(open.arg)) {
        throw new HtmlParseError("Invalid custom emoji identifier specified");
      }
      return { type: "custom_emoji", ...base, custom_emoji_id: open.arg };
  }
  return undefined;
}

export function parseHtml(html: string): ParsedText {
  const at = (i: number) => Buffer.byteLength(html.slice(0, i));
  const fail = (message: string): never => {
    throw new HtmlParseError(message);
  };
  const stack: Open[] = [];
  const entities: MessageEntity[] = [];
  const languages = new Map<MessageEntity, string>();
  let text = "";
  let i = 0;
  const skipSpaces = () => {
    while (i < html.length && isSpace(html[i])) i++;
  };
  while (i < html.length) {
    const c = html[i] ?? "";
    if (c === "&") {
      const e =
        decodeEntity(html, i) ?? fail(`Bare "&" at byte offset ${at(i)}; escape it as &amp;`);
      text += e.char;
      i += e.length;
      continue;
    }
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }
    const begin = i;
    if (html[i + 1] === "/") {
      if (stack.length === 0) fail(`Unexpected end tag at byte offset ${at(begin)}`);
      i += 2;
      while (!isSpace(html[i]) && html[i] !== ">") i++;
      const name = html.slice(begin + 2, i).toLowerCase();
      skipSpaces();
      if (html[i] !== ">") fail(`Unclosed end tag at byte offset ${at(begin)}`);
      const open = stack.pop() as Open;
      if (name && name !== open.tag) {
        fail(
          `Unmatched end tag at byte offset ${at(begin)}, expected "</${open.tag}>", found "</${name}>"`,
        );
      }
      const length = text.length - open.offset;
      const entity = length > 0 ? toEntity(open, length, text.slice(open.offset)) : undefined;
      // "<pre><code class="language-x">...</code></pre>" is one pre entity with a language.
      const last = entities.at(-1);
      const language = last && languages.get(last);
      if (open.tag === "pre" && language && last.offset === open.offset && last.length === length) {
        entities[entities.length - 1] = { type: "pre", offset: open.offset, length, language };
      } else if (entity) {
        entities.push(entity);
        if (open.tag === "code" && open.arg) languages.set(entity, open.arg);
      }
      i++;
      continue;
    }
    i++;
    while (!isSpace(html[i]) && html[i] !== ">") i++;
    if (i >= html.length) fail(`Unclosed start tag at byte offset ${at(begin)}`);
    const tag = html.slice(begin + 1, i).toLowerCase();
    if (!TAGS.has(tag)) fail(`Unsupported start tag "${tag}" at byte offset ${at(begin)}`);
    const open: Open = { tag, arg: "", offset: text.length, expandable: false };
    while (html[i] !== ">") {
      skipSpaces();
      if (html[i] === ">") break;
      const nameStart = i;
      while (!isSpace(html[i]) && html[i] !== "=" && html[i] !== ">") i++;
      const name = html.slice(nameStart, i);
      if (!name) fail(`Empty attribute name in the tag "${tag}" at byte offset ${at(begin)}`);
      skipSpaces();
      if (html[i] !== "=") {
        if (tag === "blockquote" && name === "expandable") {
          open.expandable = true;
          continue;
        }
        fail(
          `Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${at(begin)}`,
        );
      }
      i++;
      skipSpaces();
      if (i >= html.length) fail(`Unclosed start tag "${tag}" at byte offset ${at(begin)}`);
      let value: string;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        if (end < 0) fail(`Unclosed start tag at byte offset ${at(begin)}`);
        value = decodeAttribute(html.slice(i + 1, end));
        i = end + 1;
      } else {
        const tokenStart = i;
        while (/[A-Za-z0-9.-]/.test(html[i] ?? "")) i++;
        value = html.slice(tokenStart, i).toLowerCase();
        if (!isSpace(html[i]) && html[i] !== ">") {
          fail(`Unexpected end of name token at byte offset ${at(tokenStart)}`);
        }
      }
      if (i >= html.length) fail(`Unclosed start tag at byte offset ${at(begin)}`);
      if (tag === "a" && name === "href") open.arg = value;
      else if (tag === "code" && name === "class" && value.startsWith("language-")) {
        open.arg = value.slice(9);
      } else if (tag === "span" && name === "class" && value.startsWith("tg-"))
        open.arg = value.slice(3);
      else if (tag === "tg-emoji" && name === "emoji-id") open.arg = value;
    }
    if (tag === "span" && open.arg !== "spoiler") {
      fail(`Tag "span" must have class "tg-spoiler" at byte offset ${at(begin)}`);
    }
    stack.push(open);
    i++;
  }
  const unclosed = stack.at(-1);
  if (unclosed) fail(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}
