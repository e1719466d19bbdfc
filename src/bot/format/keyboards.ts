import { InlineKeyboard } from "grammy";
import { countryName } from "../../nlp/countries.js";
import type { RelationsAnswer } from "../../services/relations-service.js";

/**
 * Inline keyboards. Button data carries codes and ids, never user text, so it stays far below
 * Telegram's 64 bytes: "r:RU:MY" opens the fact sheet of a pair.
 */

const PAIR_BUTTON = /^[rm]:([A-Z]{2}):([A-Z]{2})$/;

export function pairButtonData(a: string, b: string): string {
  return `r:${a}:${b}`;
}

export function parsePairButton(data: string): [string, string] | null {
  const match = PAIR_BUTTON.exec(data);
  return match ? [match[1]!, match[2]!] : null;
}

/** "m:MY:RU": show the whole fact sheet in place of its compact form. */
export function moreButton(a: string, b: string): InlineKeyboard {
  return new InlineKeyboard().text("Selengkapnya ▼", `m:${a}:${b}`);
}

/** One button per partner, two to a row, for a reply that lists partners; none otherwise. */
export function keyboardFor(answer: RelationsAnswer): InlineKeyboard | undefined {
  if (answer.kind !== "partners" || !answer.partners.length) return undefined;
  const keyboard = new InlineKeyboard();
  answer.partners.forEach((partner, index) => {
    keyboard.text(countryName(partner.country), pairButtonData(answer.country, partner.country));
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}
