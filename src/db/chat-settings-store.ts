import type { Db } from "./database.js";

/** SQL for each chat's settings: the interface language chosen with /lang (see migration 4). */

export type ChatLanguage = "id" | "en";

export class ChatSettingsStore {
  constructor(private readonly db: Db) {}

  /** The chat's chosen language, or null when it has chosen none. */
  language(chatId: number): ChatLanguage | null {
    const row = this.db
      .prepare<[number], { language: ChatLanguage }>(
        "SELECT language FROM chat_settings WHERE chat_id = ?",
      )
      .get(chatId);
    return row?.language ?? null;
  }

  setLanguage(chatId: number, language: ChatLanguage): void {
    this.db
      .prepare(
        "INSERT INTO chat_settings (chat_id, language) VALUES (?, ?) ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language",
      )
      .run(chatId, language);
  }
}
