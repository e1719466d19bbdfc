import { setImmediate as nextTurn } from "node:timers/promises";
import type { Logger } from "../logger.js";
import type { ArticleIndex } from "../search/article-index.js";
import type { IngestService } from "./ingest-service.js";

/**
 * What a restart has to redo: analyse again the articles an older analyser read, and build the
 * in-memory search index. A small store is done before the bot answers (a second at most); a
 * large one in slices between updates, so that the bot answers at once from SQLite while
 * /search says the index is being built (see docs/performance.md for the numbers).
 */

/** Up to this many articles the work is done before answering. */
export const WARM_UP_INLINE_LIMIT = 2000;
const SLICE = 250;

export interface WarmUp {
  /** Resolves when the index is complete. */
  done: Promise<void>;
  /** Stops between two slices (the store is about to close). */
  stop(): void;
}

export function warmUp(
  ingest: IngestService,
  index: ArticleIndex,
  articles: number,
  logger: Logger,
): WarmUp {
  if (articles <= WARM_UP_INLINE_LIMIT) {
    reportRefreshed(ingest.refreshStaleAnalyses(), logger);
    ingest.buildIndex();
    return { done: Promise.resolve(), stop: () => {} };
  }
  let stopped = false;
  index.beginBuild(articles);
  const started = performance.now();
  const run = async () => {
    let refreshed = 0;
    for (let n = SLICE; n === SLICE && !stopped; await nextTurn()) {
      n = ingest.refreshStaleAnalyses(SLICE);
      refreshed += n;
    }
    reportRefreshed(refreshed, logger);
    let last: number | null = 0;
    while (last !== null && !stopped) {
      last = ingest.indexAfter(last, SLICE);
      await nextTurn();
    }
    if (stopped) return;
    index.finishBuild();
    logger.info(
      { indexed: index.size, seconds: Math.round((performance.now() - started) / 100) / 10 },
      "search index ready",
    );
  };
  const done = run().catch((error: unknown) => {
    if (!stopped) logger.error({ err: error }, "could not build the search index");
  });
  return {
    done,
    stop: () => {
      stopped = true;
    },
  };
}

/** How often the bot looks for articles another process stored while it runs. */
const FOLLOW_INTERVAL_MS = 60_000;

export interface StoreFollower {
  /** Indexes what is new in the store now (at most one pass at a time); resolves to how many. */
  catchUp(): Promise<number>;
  stop(): void;
}

/**
 * Indexes, every minute, what another process (`npm run cli -- ingest`) stored since this index
 * was built, in slices between updates.
 */
export function followStore(
  ingest: IngestService,
  index: ArticleIndex,
  logger: Logger,
): StoreFollower {
  let running: Promise<number> | null = null;
  let stopped = false;
  const pass = async () => {
    if (!index.ready) return 0;
    const before = index.size;
    let last: number | null = index.lastId;
    while (last !== null && !stopped) {
      last = ingest.indexAfter(last, SLICE);
      await nextTurn();
    }
    return index.size - before;
  };
  const catchUp = () => {
    running ??= pass().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    catchUp().then(
      (indexed) =>
        indexed && logger.info({ indexed }, "indexed articles stored by another process"),
      (error: unknown) => logger.error({ err: error }, "could not index newly stored articles"),
    );
  }, FOLLOW_INTERVAL_MS);
  timer.unref();
  return {
    catchUp,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}

function reportRefreshed(refreshed: number, logger: Logger): void {
  if (refreshed)
    logger.info({ refreshed }, "analysed stored articles again with the current analyser");
}
