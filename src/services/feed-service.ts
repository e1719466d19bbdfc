import type { Feed, FeedStore } from "../db/feed-store.js";
import { canonicalUrl } from "../fetch/canonical-url.js";

/**
 * The feeds admins manage with /feeds: checked to be a web address before they are kept. Whether
 * the address is public is checked when it is fetched (see fetch/safe-fetch.ts), at every poll.
 */

export type FeedChange =
  | { result: "added" | "exists" | "removed" | "not-found"; url: string }
  | { result: "invalid"; url: string };

export class FeedService {
  constructor(
    private readonly store: FeedStore,
    /** Called when a feed was added or all were made due, so that they are polled at once. */
    private readonly onAdded: () => void = () => {},
  ) {}

  add(input: string, addedBy: number): FeedChange {
    const url = toFeedUrl(input);
    if (!url) return { result: "invalid", url: input.slice(0, 200) };
    const added = this.store.add(url, "admin", addedBy);
    if (added) this.onAdded();
    return { result: added ? "added" : "exists", url };
  }

  remove(input: string): FeedChange {
    const url = toFeedUrl(input);
    if (!url) return { result: "invalid", url: input.slice(0, 200) };
    return { result: this.store.remove(url) ? "removed" : "not-found", url };
  }

  /**
   * FEEDS is the truth for the feeds it lists: each is added, and those taken out of it stop being
   * polled. Returns the entries that are not http(s) addresses.
   */
  syncConfigured(urls: string[]): string[] {
    const wanted = new Set<string>();
    const invalid: string[] = [];
    for (const url of urls) {
      const feedUrl = toFeedUrl(url);
      if (!feedUrl) invalid.push(url);
      else {
        wanted.add(feedUrl);
        this.store.add(feedUrl, "config");
      }
    }
    for (const feed of this.store.list())
      if (feed.origin === "config" && !wanted.has(feed.url)) this.store.remove(feed.url);
    return invalid;
  }

  /** Polls every feed now rather than at its next turn; returns how many feeds there are. */
  pollNow(): number {
    const feeds = this.store.makeAllDue();
    if (feeds) this.onAdded();
    return feeds;
  }

  list(): Feed[] {
    return this.store.list();
  }
}

/** An http(s) address in canonical form, or null. */
export function toFeedUrl(input: string): string | null {
  const text = input.trim();
  if (!/^https?:\/\/\S+$/i.test(text) || text.length > 2000) return null;
  try {
    return canonicalUrl(text);
  } catch {
    return null;
  }
}
