/**
 * Telegram HTML, safe by construction. Every dynamic string enters a message through `html`
 * (which escapes it) or a helper here; a value of type Html is already safe. Telegram refuses a
 * message whose text, once its tags are parsed, is longer than 4096 characters: `fitBlocks` and
 * `visibleLength` make that impossible.
 */

/** Markup that is safe to send: only this module makes it, from literals and escaped values. */
export class Html {
  private constructor(readonly markup: string) {}

  /** For this module only: wraps markup it has built from escaped parts. */
  static fromSafeMarkup(markup: string): Html {
    return new Html(markup);
  }

  toString(): string {
    return this.markup;
  }
}

export const MESSAGE_LIMIT = 4096;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

type Interpolated = string | number | Html | readonly Html[] | null | undefined;

function render(value: Interpolated): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map((item: Html) => item.markup).join("");
  return escapeHtml(String(value));
}

/** Tagged template: literal parts are markup, interpolated values are escaped unless already Html. */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return Html.fromSafeMarkup(out);
}

export function bold(text: string | Html): Html {
  return html`<b>${text}</b>`;
}

export function italic(text: string | Html): Html {
  return html`<i>${text}</i>`;
}

/** A link, only for http(s) and Telegram URLs; anything else is shown as plain text. */
export function link(url: string, text: string | Html): Html {
  // Spaces, quotes and angle brackets are not valid in a URL: encode rather than drop the link.
  const encoded = url.trim().replace(/[\s"<>]/g, (char) => encodeURIComponent(char));
  if (!/^(?:https?:\/\/|tg:\/\/)\S+$/i.test(encoded)) return html`${text}`;
  return html`<a href="${encoded}">${text}</a>`;
}

export function join(parts: readonly Html[], separator: string): Html {
  return Html.fromSafeMarkup(parts.map((part) => part.markup).join(escapeHtml(separator)));
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&amp;": "&" };

/** The text a reader sees in Telegram: tags removed (a link shows only its text), entities decoded. */
export function toPlainText(message: Html): string {
  return message.markup
    .replace(/<[^>]+>/g, "")
    .replace(/&(?:lt|gt|quot|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Length as Telegram counts it: UTF-16 code units of the text once the tags are parsed. */
export function visibleLength(message: Html): number {
  return message.markup.replace(/<[^>]+>/g, "").replace(/&(?:lt|gt|quot|amp);/g, "x").length;
}

/**
 * Joins blocks with blank lines, keeping as many whole blocks as fit within the limit. Blocks are
 * never cut in the middle, so no tag is ever left open; the note says that something was left out.
 */
export function fitBlocks(blocks: readonly Html[], note: Html, limit = MESSAGE_LIMIT): Html {
  const kept: Html[] = [];
  let length = 0;
  for (const block of blocks) {
    const extra = visibleLength(block) + (kept.length ? 2 : 0);
    if (length + extra + visibleLength(note) + 2 > limit) {
      kept.push(note);
      break;
    }
    kept.push(block);
    length += extra;
  }
  return join(kept, "\n\n");
}

export function code(text: string | Html): Html {
  return html`<code>${text}</code>`;
}
