import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";

/** The command menu, in Indonesian by default and in English for users whose Telegram is in English. */
const MENU: Record<"id" | "en", BotCommand[]> = {
  id: [
    {
      command: "hubungan",
      description: "Lembar fakta hubungan dua negara, mis. /hubungan Malaysia Rusia",
    },
    { command: "relations", description: "Sama dengan /hubungan" },
    { command: "help", description: "Cara memakai bot ini" },
    { command: "start", description: "Mulai" },
  ],
  en: [
    {
      command: "relations",
      description: "Fact sheet on two countries' ties, e.g. /relations Malaysia Russia",
    },
    { command: "hubungan", description: "Same as /relations (Indonesian)" },
    { command: "help", description: "How to use this bot" },
    { command: "start", description: "Start" },
  ],
};

export async function setCommandMenus(api: Api): Promise<void> {
  await api.setMyCommands(MENU.id);
  await api.setMyCommands(MENU.en, { language_code: "en" });
}
