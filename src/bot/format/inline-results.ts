import { InlineKeyboard } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { countryName } from "../../nlp/countries.js";
import type { InlineCard } from "../../services/inline-service.js";
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
    reply_markup: new InlineKeyboard().url("Buka di Hubungan", url),
  };
}

function card(entry: InlineCard, links: SheetLinks): InlineQueryResultArticle | null {
  if (entry.kind === "noTie") {
    const [a, b] = entry.countries;
    const message = relationsReply({ kind: "noTie", countries: entry.countries }, links);
    return article(
      `n:${a}:${b}`,
      `${countryName(a)} – ${countryName(b)}`,
      "Belum ada artikel",
      message,
      pairDeepLink(links, a, b),
    );
  }
  const { sheet } = entry;
  const [a, b] = sheet.countries;
  const names = `${countryName(a)} – ${countryName(b)}`;
  const url = pairDeepLink(links, a, b);
  const heading = html`🌐 ${bold(names)}`;
  if (entry.kind === "sheet") {
    const tone = toneLabel(sheet.cooperation, sheet.conflict);
    const latest = sheet.events[0]
      ? toPlainText(describeEvent(sheet.events[0].fact))
      : `${sheet.articleCount} artikel`;
    return article(`s:${a}:${b}`, names, `${tone} · ${latest}`, formatFactSheet(sheet, links), url);
  }
  const fact =
    entry.kind === "event" ? describeEvent(entry.event.fact) : describeFigure(entry.figure.fact);
  const source = sourceLine(1, entry.story, links);
  if (!source) return null;
  const message = html`${heading}\n${fact} [1]\n\n${bold("Sumber")}\n${source}`;
  const label = entry.kind === "event" ? "Peristiwa terbaru" : "Angka kunci";
  return article(
    `${entry.kind[0]}:${a}:${b}`,
    `${label}: ${names}`,
    toPlainText(fact),
    message,
    url,
  );
}

export function inlineResults(cards: InlineCard[], links: SheetLinks): InlineQueryResultArticle[] {
  return cards.flatMap((entry) => card(entry, links) ?? []).slice(0, 50);
}
