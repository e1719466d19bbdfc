import placeNames from "../../../data/place-names.json" with { type: "json" };
import { countryName, findCountryMentions } from "../../nlp/countries.js";
import { MONTH_NAMES_EN, MONTH_NAMES_ID } from "../../nlp/date-words.js";
import { formatDateEn, formatDateId, fromIsoDate } from "../../nlp/dates.js";
import { roleInEnglish } from "../../nlp/people.js";
import { escapeRegExp } from "../../nlp/text.js";
import { type Tone, toneOf } from "../../nlp/tone.js";
import type { EventFact, Money, PartialDate, PersonRef } from "../../nlp/types.js";
import { ID, type Lang, type Translator } from "../i18n.js";

/** Values shown to users, in the chat's language: money, dates, people, event types. Plain strings, not yet escaped. */

const CURRENCY_PREFIX: Record<string, string> = {
  USD: "US$",
  AUD: "A$",
  SGD: "S$",
  HKD: "HK$",
  NZD: "NZ$",
  IDR: "Rp",
  MYR: "RM",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
};

const SCALES: [number, string][] = [
  [1e12, "money-trillion"],
  [1e9, "money-billion"],
  [1e6, "money-million"],
];

const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  id: new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

/** 3.2e9 USD → "US$3,2 miliar" / "US$3.2 billion"; 53e12 IDR → "Rp53 triliun". */
export function formatMoney(money: Money, tr: Translator = ID()): string {
  const [scale, key] = SCALES.find(([size]) => Math.abs(money.value) >= size) ?? [1, ""];
  const word = key ? tr.t(key) : "";
  const amount = `${NUMBER_FORMATS[tr.lang].format(money.value / scale)}${word ? ` ${word}` : ""}`;
  const prefix = CURRENCY_PREFIX[money.currency];
  return prefix ? `${prefix}${amount}` : `${amount} ${money.currency}`;
}

export function formatDate(date: PartialDate, lang: Lang = "id"): string {
  return lang === "en" ? formatDateEn(date) : formatDateId(date);
}

/** "14 Mei 2025", or for a range "1–4 Mei 2025", "30 April – 2 Mei 2025"; in English "14 May 2025". */
export function formatDateRange(date: PartialDate, until?: PartialDate, lang: Lang = "id"): string {
  if (!until) return formatDate(date, lang);
  if (date.year === until.year && date.month === until.month && date.day && until.day) {
    const months = lang === "en" ? MONTH_NAMES_EN : MONTH_NAMES_ID;
    return `${date.day}–${until.day} ${months[(date.month ?? 1) - 1]} ${date.year}`;
  }
  return `${formatDate(date, lang)} – ${formatDate(until, lang)}`;
}

export function formatIsoDate(iso: string | null, lang: Lang = "id"): string | null {
  const date = iso ? fromIsoDate(iso) : null;
  return date ? formatDate(date, lang) : null;
}

export function eventTypeLabel(type: EventFact["type"], tr: Translator = ID()): string {
  return tr.t(`event-${type}`);
}

/**
 * "Vladimir Putin (Presiden Rusia)"; in English "Vladimir Putin (President, Russia)": the role as
 * the article gave it (translated where the data knows it), the country in the chat's language.
 */
export function formatPerson(person: PersonRef, tr: Translator = ID()): string {
  const english = tr.lang === "en";
  const role = person.role && english ? roleInEnglish(person.role) : person.role;
  const office = [role, person.country ? countryName(person.country, tr.lang) : null]
    .filter(Boolean)
    .join(english ? ", " : " ");
  return office ? `${person.name} (${office})` : person.name;
}

/**
 * An event's place as the article wrote it; in English its countries are named in English
 * ("New York, Amerika Serikat" → "New York, United States").
 */
/** Indonesian place names with an English one (data/place-names.json), longest first. */
const PLACE_NAMES_EN: Record<string, string> = placeNames.english;
const PLACE_NAME = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(PLACE_NAMES_EN)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}])`,
  "gu",
);

/** "Jenewa, Swiss" → "Geneva, Switzerland" in English; as written otherwise. */
export function formatPlace(place: string, tr: Translator = ID()): string {
  if (tr.lang !== "en") return place;
  let shown = place;
  for (const mention of findCountryMentions(place).reverse())
    shown = `${shown.slice(0, mention.start)}${countryName(mention.code, "en")}${shown.slice(mention.end)}`;
  return shown.replace(PLACE_NAME, (name) => PLACE_NAMES_EN[name] ?? name);
}

export function listWords(items: string[], tr: Translator = ID()): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${tr.t("list-and")} ${items.at(-1)}`;
}

/** One word per tone, for the year-by-year trend line. */
export function toneWord(tone: Tone, tr: Translator = ID()): string {
  return tr.t(`tone-word-${tone}`);
}

export function toneLabel(cooperation: number, conflict: number, tr: Translator = ID()): string {
  return tr.t(`tone-${toneOf(cooperation, conflict)}`);
}
