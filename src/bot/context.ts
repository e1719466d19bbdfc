import type { Context } from "grammy";
import type { ChatSettingsStore } from "../db/chat-settings-store.js";
import type { Logger } from "../logger.js";
import type { FeedService } from "../services/feed-service.js";
import type { InlineService } from "../services/inline-service.js";
import type { RelationsService } from "../services/relations-service.js";
import type { SearchService } from "../services/search-service.js";
import type { SubscriptionService } from "../services/subscription-service.js";
import type { TimelineService } from "../services/timeline-service.js";
import type { Translator } from "./i18n.js";

/** What the features need, given once to createBot and reachable from every update's context. */
export interface BotDeps {
  relations: RelationsService;
  inline: InlineService;
  search: SearchService;
  timeline: TimelineService;
  /** Each chat's chosen interface language. */
  settings: ChatSettingsStore;
  subscriptions: SubscriptionService;
  feeds: FeedService;
  /** Telegram user ids allowed to manage feeds (ADMIN_IDS). */
  admins: ReadonlySet<number>;
  logger: Logger;
}

/** `tr`: the interface's words in this update's language (see create-bot.ts). */
export type AppContext = Context & { deps: BotDeps; tr: Translator };
