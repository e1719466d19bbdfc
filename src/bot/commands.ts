import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";

/**
 * The command menu, in Indonesian by default and in English for users whose Telegram is in
 * English. Each command has an alias in the other language; both work, each menu shows its own.
 */
const MENU: Record<"id" | "en", BotCommand[]> = {
  id: [
    {
      command: "hubungan",
      description: "Lembar fakta hubungan dua negara, mis. /hubungan Malaysia Rusia",
    },
    { command: "negara", description: "Mitra sebuah negara dalam berita, mis. /negara Rusia" },
    { command: "terbaru", description: "Artikel terbaru, semua atau satu negara" },
    {
      command: "linimasa",
      description: "Grafik berita dua negara per bulan, mis. /linimasa Malaysia Rusia",
    },
    { command: "cari", description: "Cari artikel, mis. /cari perdagangan sawit" },
    { command: "artikel", description: "Baca artikel tersimpan menurut nomornya, mis. /artikel 2" },
    { command: "help", description: "Cara memakai bot ini" },
  ],
  en: [
    {
      command: "relations",
      description: "Fact sheet on two countries' ties, e.g. /relations Malaysia Russia",
    },
    { command: "country", description: "A country's partners in the news, e.g. /country Russia" },
    { command: "latest", description: "The newest articles, overall or for a country" },
    {
      command: "timeline",
      description: "Two countries' news per month as a chart, e.g. /timeline Malaysia Russia",
    },
    { command: "search", description: "Search the stored articles, e.g. /search palm oil" },
    { command: "article", description: "Read a stored article by its number, e.g. /article 2" },
    { command: "help", description: "How to use this bot" },
  ],
};

export async function setCommandMenus(api: Api): Promise<void> {
  await api.setMyCommands(MENU.id);
  await api.setMyCommands(MENU.en, { language_code: "en" });
}
