import { InlineKeyboard } from "grammy";
import { countryName } from "../../nlp/countries.js";
import type { RelationsAnswer } from "../../services/relations-service.js";
import { encodeCallback } from "../callback-data.js";
import { ID, type Translator } from "../i18n.js";

/** Inline keyboards for the relations replies; button data is built in callback-data.ts. */

/** "m:MY:RU": show the whole fact sheet in place of its compact form. */
export function moreButton(a: string, b: string, tr: Translator = ID()): InlineKeyboard {
  return new InlineKeyboard().text(
    tr.t("more-button"),
    encodeCallback({ kind: "fullSheet", countries: [a, b] }),
  );
}

/** One button per partner, two to a row, for a reply that lists partners; none otherwise. */
export function keyboardFor(
  answer: RelationsAnswer,
  tr: Translator = ID(),
): InlineKeyboard | undefined {
  if (answer.kind !== "partners" || !answer.partners.length) return undefined;
  const keyboard = new InlineKeyboard();
  answer.partners.forEach((partner, index) => {
    const data = encodeCallback({
      kind: "pairSheet",
      countries: [answer.country, partner.country],
    });
    keyboard.text(countryName(partner.country, tr.lang), data);
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}
