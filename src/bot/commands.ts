import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import { type Lang, type Translator, translator } from "./i18n.js";

/**
 * The command menu, in Indonesian by default and in English for users whose Telegram is in
 * English. Each command has an alias in the other language; both work, each menu shows its own.
 * The descriptions come from locales/<lang>.ftl (menu-<command>).
 */
const MENU_COMMANDS: Record<Lang, string[]> = {
  id: [
    "hubungan",
    "negara",
    "terbaru",
    "linimasa",
    "cari",
    "artikel",
    "ikuti",
    "berhenti",
    "langganan",
    "ringkasan",
    "bahasa",
    "help",
  ],
  en: [
    "relations",
    "country",
    "latest",
    "timeline",
    "search",
    "article",
    "subscribe",
    "unsubscribe",
    "subscriptions",
    "digest",
    "lang",
    "help",
  ],
};

export function commandMenu(tr: Translator): BotCommand[] {
  return MENU_COMMANDS[tr.lang].map((command) => ({
    command,
    description: tr.t(`menu-${command}`),
  }));
}

export async function setCommandMenus(api: Api): Promise<void> {
  await api.setMyCommands(commandMenu(translator("id")));
  await api.setMyCommands(commandMenu(translator("en")), { language_code: "en" });
}
