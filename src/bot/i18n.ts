import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Language } from "../nlp/countries.js";
import { escapeHtml, Html } from "./format/html.js";

/**
 * The interface's words, from locales/<lang>.ftl (Fluent). Markup never comes from a translation:
 * `t` gives plain text, and `h` escapes the whole translated text and only then puts in the Html
 * values the code passes (bold names, <code> examples), so a translation can never break HTML.
 */

export type Lang = Language;
export const LANGUAGES: readonly Lang[] = ["id", "en"];

export type Vars = Record<string, string | number>;
export type HtmlVars = Record<string, string | number | Html>;

export interface Translator {
  readonly lang: Lang;
  /** Plain text: for buttons, toasts, titles, and values that `html` escapes later. */
  t(key: string, vars?: Vars): string;
  /** Escaped text with the given Html values inserted as markup. */
  h(key: string, vars?: HtmlVars): Html;
}

const LOCALES_DIR = new URL("../../locales/", import.meta.url);

export function localeSource(lang: Lang): string {
  return readFileSync(fileURLToPath(new URL(`${lang}.ftl`, LOCALES_DIR)), "utf8");
}

function loadBundle(lang: Lang): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(localeSource(lang)));
  if (errors.length) throw new Error(`hubungan: locales/${lang}.ftl: ${errors[0]?.message}`);
  return bundle;
}

/** Message ids defined in a locale file, for checking that both files say the same things. */
export function messageIds(lang: Lang): string[] {
  return [...localeSource(lang).matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((match) => match[1]!);
}

// Private-use characters mark where an Html value goes; no translation or value contains them.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");

function makeTranslator(lang: Lang): Translator {
  const bundle = loadBundle(lang);
  const t = (key: string, vars?: Vars): string => {
    const message = bundle.getMessage(key);
    if (!message?.value) throw new Error(`hubungan: no message "${key}" in locales/${lang}.ftl`);
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, vars, errors);
    if (errors.length) throw new Error(`hubungan: ${lang}.ftl "${key}": ${errors[0]?.message}`);
    return text;
  };
  const h = (key: string, vars: HtmlVars = {}): Html => {
    const slots: Html[] = [];
    const plain: Vars = {};
    for (const [name, value] of Object.entries(vars)) {
      if (value instanceof Html) {
        plain[name] = `${OPEN}${slots.length}${CLOSE}`;
        slots.push(value);
      } else plain[name] = value;
    }
    const markup = escapeHtml(t(key, plain)).replace(
      SLOT,
      (_, index: string) => slots[Number(index)]?.markup ?? "",
    );
    return Html.fromSafeMarkup(markup);
  };
  return { lang, t, h };
}

const translators = new Map<Lang, Translator>();

export function translator(lang: Lang): Translator {
  let found = translators.get(lang);
  if (!found) {
    found = makeTranslator(lang);
    translators.set(lang, found);
  }
  return found;
}

/** English for a Telegram app in any English ("en", "en-GB"), Indonesian otherwise. */
export function langFromCode(code: string | undefined): Lang {
  return code?.toLowerCase().startsWith("en") ? "en" : "id";
}

/** "en" → "en"; anything else that is not a language the bot speaks → null. */
export function parseLang(text: string): Lang | null {
  const word = text.trim().toLowerCase();
  return (LANGUAGES as readonly string[]).includes(word) ? (word as Lang) : null;
}

/** The default for pure formatters and tests: Indonesian, the bot's first language. */
export const ID = (): Translator => translator("id");
