import { BackgroundLoop } from "../alerts/background-loop.js";
import type { Lease } from "../alerts/lease.js";
import type { ArticleStore } from "../db/article-store.js";
import type { Feed, FeedStore } from "../db/feed-store.js";
import { canonicalUrl } from "../fetch/canonical-url.js";
import type { FeedItem } from "../fetch/feed-parser.js";
import { FetchError } from "../fetch/fetch-error.js";
import type { Logger } from "../logger.js";
import type { WebIngest } from "./web-ingest.js";

/**
 * Polls each feed every interval: a conditional request, then each item not seen before is
 * fetched and ingested (alerts are queued in the same transaction). A failing feed waits longer
 * after each failure, and the admins hear of it once, not at every try.
 */

export type FeedEvent =
  | { kind: "failing"; url: string; failures: number; error: string }
  | { kind: "recovered"; url: string };

export interface FeedPollerDeps {
  feeds: FeedStore;
  articles: ArticleStore;
  web: WebIngest;
  intervalMs: number;
  logger: Logger;
  /** Only the lease holder polls: two processes on one store never fetch the same page twice. */
  lease: Lease;
  /** New alerts were queued. */
  onAlerts?: () => void;
  /** For the admins: a feed keeps failing, or works again. */
  onFeedEvent?: (event: FeedEvent) => Promise<void> | void;
  now?: () => number;
}

/** Failures in a row before the admins are told. */
export const FAILURES_BEFORE_REPORT = 3;
/** New pages fetched per feed per poll: a first poll of a busy feed is not a crawl. */
export const MAX_NEW_ITEMS_PER_POLL = 30;
const MAX_BACKOFF_MS = 6 * 3_600_000;
const LEASE_RETRY_MS = 15_000;

export function feedBackoffMs(failures: number, intervalMs: number): number {
  return Math.min(
    intervalMs * 2 ** Math.max(failures - 1, 0),
    Math.max(MAX_BACKOFF_MS, intervalMs),
  );
}

/** A page that will never work (gone, forbidden, too big, no article) is not fetched again. */
function isPermanent(error: unknown): boolean {
  if (!(error instanceof FetchError)) return !(error instanceof TypeError);
  if (error.code === "http-status") return (error.status ?? 500) < 500 && error.status !== 429;
  return ["scheme", "private-address", "too-large", "too-many-redirects"].includes(error.code);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class FeedPoller extends BackgroundLoop {
  private readonly now: () => number;

  constructor(private readonly deps: FeedPollerDeps) {
    super("feed poller", deps.lease, deps.logger);
    this.now = deps.now ?? Date.now;
  }

  /** Rests until the next feed is due (or an admin adds one), at most one interval. */
  protected async work(): Promise<number> {
    // Another process polls this store's feeds: look again later whether it still does.
    if (!this.lease.hold()) return Math.min(LEASE_RETRY_MS, this.deps.intervalMs);
    await this.round();
    const next = this.deps.feeds.nextPollAt();
    const wait = next === null ? this.deps.intervalMs : next - this.now();
    return Math.min(Math.max(wait, 1), this.deps.intervalMs);
  }

  /** Polls every feed that is due; returns how many pages were stored. */
  async round(): Promise<number> {
    let stored = 0;
    if (!this.lease.hold()) return 0;
    for (const feed of this.deps.feeds.due(this.now())) {
      if (this.stopping || !this.lease.isHeld) break;
      stored += await this.poll(feed);
    }
    return stored;
  }

  async poll(feed: Feed): Promise<number> {
    const { feeds, web, logger, intervalMs } = this.deps;
    let fetched: Awaited<ReturnType<WebIngest["fetchFeed"]>>;
    try {
      fetched = await web.fetchFeed(feed.url, feed);
    } catch (error) {
      await this.failed(feed, messageOf(error));
      return 0;
    }
    let stored = 0;
    let alerts = 0;
    if (fetched.kind === "ok") {
      const items = fetched.items;
      const fresh = new Set(
        feeds.unseen(
          feed.id,
          items.map((item) => item.guid),
        ),
      );
      for (const item of items.filter((i) => fresh.has(i.guid)).slice(0, MAX_NEW_ITEMS_PER_POLL)) {
        if (!this.lease.isHeld) break;
        const outcome = await this.ingestItem(feed, item);
        if (outcome?.inserted) stored++;
        alerts += outcome?.alerts ?? 0;
      }
    }
    feeds.recordSuccess(
      feed.id,
      fetched.kind === "ok" ? fetched.validators : null,
      this.now() + intervalMs,
    );
    if (feed.failureReported) await this.deps.onFeedEvent?.({ kind: "recovered", url: feed.url });
    if (alerts) this.deps.onAlerts?.();
    if (stored) logger.info({ feed: feed.url, stored, alerts }, "feed: new articles stored");
    return stored;
  }

  private async ingestItem(feed: Feed, item: FeedItem) {
    const { feeds, articles, web, logger } = this.deps;
    const known = articles.idByUrl(canonicalUrl(item.url));
    if (known !== null) {
      feeds.markSeen(feed.id, item.guid, known);
      return null;
    }
    try {
      const outcome = await web.ingestPage(item.url, item);
      feeds.markSeen(feed.id, item.guid, outcome.id);
      return outcome;
    } catch (error) {
      const permanent = isPermanent(error);
      logger.warn(
        { feed: feed.url, url: item.url, err: messageOf(error), permanent },
        "feed: could not ingest an item",
      );
      if (permanent) feeds.markSeen(feed.id, item.guid, null);
      return null;
    }
  }

  private async failed(feed: Feed, error: string): Promise<void> {
    const failures = feed.failures + 1;
    const delay = feedBackoffMs(failures, this.deps.intervalMs);
    this.deps.feeds.recordFailure(feed.id, error.slice(0, 500), this.now() + delay);
    this.deps.logger.warn(
      { feed: feed.url, failures, error, retryInMs: delay },
      "feed: poll failed",
    );
    if (failures >= FAILURES_BEFORE_REPORT && !feed.failureReported) {
      this.deps.feeds.markFailureReported(feed.id);
      await this.deps.onFeedEvent?.({ kind: "failing", url: feed.url, failures, error });
    }
  }
}
