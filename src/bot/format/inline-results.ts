import { InlineKeyboard } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { countryName } from "../../nlp/countries.js";
import type { InlineCard } from "../../services/inline-service.js";
import { ID, type Translator } from "../i18n.js";
import {
  describeEvent,
  describeFigure,
  formatFactSheet,
  type SheetLinks,
  sourceLine,
} from "./fact-sheet.js";
import { bold, type Html, html, toPlainText } from "./html.js";
import { relationsReply } from "./messages.js";
import { toneLabel } from "./values.js";

/**
 * Inline results: each card is a message to share, with its source, and a button back to the bot.
 * Result ids are built from country codes only ("s:MY:RU"), so they are far below 64 bytes.
 */

const DESCRIPTION_MAX = 120;

export function pairDeepLink(links: SheetLinks, a: string, b: string): string {
  return `https://t.me/${links.botUsername}?start=r_${a}_${b}`;
}

function article(
  id: string,
  title: string,
  description: string,
  message: Html,
  url: string,
  tr: Translator,
): InlineQueryResultArticle {
  return {
    type: "article",
    id,
    title,
    description: description.slice(0, DESCRIPTION_MAX),
    input_message_content: {
      message_text: message.markup,
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    },
    reply_markup: new InlineKeyboard().url(tr.t("inline-open"), url),
  };
}

function card(
  entry: InlineCard,
  links: SheetLinks,
  tr: Translator,
): InlineQueryResultArticle | null {
  if (entry.kind === "noTie") {
    const [a, b] = entry.countries;
    const noTie = { kind: "noTie" as const, countries: entry.countries };
    const message = relationsReply(noTie, links, false, tr);
    return article(
      `n:${a}:${b}`,
      `${countryName(a, tr.lang)} – ${countryName(b, tr.lang)}`,
      tr.t("inline-no-articles"),
      message,
      pairDeepLink(links, a, b),
      tr,
    );
  }
  const { sheet } = entry;
  const [a, b] = sheet.countries;
  const names = `${countryName(a, tr.lang)} – ${countryName(b, tr.lang)}`;
  const url = pairDeepLink(links, a, b);
  const heading = html`🌐 ${bold(names)}`;
  if (entry.kind === "sheet") {
    const tone = toneLabel(sheet.cooperation, sheet.conflict, tr);
    const latest = sheet.events[0]
      ? toPlainText(describeEvent(sheet.events[0].fact, tr))
      : tr.t("count-articles", { articles: sheet.articleCount });
    const message = formatFactSheet(sheet, links, false, tr);
    return article(`s:${a}:${b}`, names, `${tone} · ${latest}`, message, url, tr);
  }
  const fact =
    entry.kind === "event"
      ? describeEvent(entry.event.fact, tr)
      : describeFigure(entry.figure.fact, tr);
  const source = sourceLine(1, entry.story, links, tr);
  if (!source) return null;
  const message = html`${heading}\n${fact} [1]\n\n${bold(tr.t("section-sources"))}\n${source}`;
  const label = tr.t(entry.kind === "event" ? "inline-latest-event" : "inline-key-figure");
  return article(
    `${entry.kind[0]}:${a}:${b}`,
    tr.t("inline-card-title", { label, names }),
    toPlainText(fact),
    message,
    url,
    tr,
  );
}

export function inlineResults(
  cards: InlineCard[],
  links: SheetLinks,
  tr: Translator = ID(),
): InlineQueryResultArticle[] {
  return cards.flatMap((entry) => card(entry, links, tr) ?? []).slice(0, 50);
}
