import type { Context } from "grammy";
import type { Logger } from "../logger.js";
import type { InlineService } from "../services/inline-service.js";
import type { RelationsService } from "../services/relations-service.js";
import type { SearchService } from "../services/search-service.js";
import type { TimelineService } from "../services/timeline-service.js";

/** What the features need, given once to createBot and reachable from every update's context. */
export interface BotDeps {
  relations: RelationsService;
  inline: InlineService;
  search: SearchService;
  timeline: TimelineService;
  logger: Logger;
}

export type AppContext = Context & { deps: BotDeps };
