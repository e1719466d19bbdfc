import { canonicalUrl } from "../fetch/canonical-url.js";
import type { FeedItem } from "../fetch/feed-parser.js";
import { parseFeed } from "../fetch/feed-parser.js";
import { extractArticle } from "../fetch/page-extractor.js";
import { type FetchOptions, fetchResource } from "../fetch/safe-fetch.js";
import type { ArticleHints } from "../nlp/types.js";
import type { IngestService } from "./ingest-service.js";
import type { SourceProblem } from "./read-sources.js";

/**
 * Articles from the web: a page is fetched (safely), its article extracted, and the text goes
 * through the same pipeline as a file's. A feed lists pages; each new one is ingested in turn.
 */

export interface PageOutcome {
  url: string;
  id: number;
  inserted: boolean;
  alerts: number;
}

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetch =
  | { kind: "not-modified" }
  | { kind: "ok"; title: string | null; items: FeedItem[]; validators: FeedValidators };

/** News is dated in Jakarta: an evening story in WIB is the next day in UTC. */
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

export function jakartaDay(iso: string | null): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

export class WebIngest {
  constructor(
    private readonly ingest: IngestService,
    private readonly fetchOptions: FetchOptions = {},
  ) {}

  /** Fetches a feed (conditionally, with the validators of the last answer). */
  async fetchFeed(url: string, validators?: FeedValidators): Promise<FeedFetch> {
    const result = await fetchResource(url, {
      ...this.fetchOptions,
      etag: validators?.etag ?? null,
      lastModified: validators?.lastModified ?? null,
      accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8",
    });
    if (result.kind === "not-modified") return result;
    const feed = await parseFeed(result.body, result.url);
    return {
      kind: "ok",
      title: feed.title,
      items: feed.items,
      validators: { etag: result.etag, lastModified: result.lastModified },
    };
  }

  /**
   * Fetches the page and ingests its article. When the page cannot be read as an article (a
   * paywall, a script-only page) the feed item's own description stands in, if it has one.
   */
  async ingestPage(url: string, item?: FeedItem): Promise<PageOutcome> {
    try {
      const result = await fetchResource(url, {
        ...this.fetchOptions,
        accept: "text/html, application/xhtml+xml;q=0.9",
      });
      if (result.kind === "ok") return this.ingestHtml(result.body, result.url, item);
    } catch (error) {
      if (!item?.description) throw error;
    }
    return this.ingestHtml(null, url, item);
  }

  /**
   * `npm run cli -- ingest URL`: a feed's new pages, or one page, whichever the address serves.
   * Problems with single items are reported, not thrown.
   */
  async ingestUrl(url: string): Promise<UrlOutcome> {
    const result = await fetchResource(url, {
      ...this.fetchOptions,
      accept: "application/rss+xml, application/atom+xml, text/html;q=0.9, */*;q=0.5",
    });
    if (result.kind !== "ok") throw new Error(`ingest: ${url} answered 304 to a plain request`);
    if (!looksLikeFeed(result.contentType, result.body))
      return { kind: "page", pages: [this.ingestHtml(result.body, result.url)], problems: [] };
    const feed = await parseFeed(result.body, result.url);
    const outcome: UrlOutcome = { kind: "feed", pages: [], problems: [] };
    for (const item of feed.items) {
      try {
        outcome.pages.push(await this.ingestPage(item.url, item));
      } catch (error) {
        outcome.problems.push({
          source: item.url,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return outcome;
  }

  private ingestHtml(html: string | null, url: string, item?: FeedItem): PageOutcome {
    const page = html === null ? null : extractArticle(html, url);
    const text = page?.text ?? item?.description;
    if (!text) throw new Error(`ingest: no article text found at ${url}`);
    const hints: ArticleHints = {
      url: canonicalUrl(page?.canonicalUrl ?? url),
      title: page?.title ?? item?.title ?? null,
      publisher: page?.siteName ?? null,
      date: jakartaDay(page?.publishedAt ?? item?.publishedAt ?? null),
    };
    const outcome = this.ingest.ingestOne(text, hints, url);
    return { url: hints.url ?? url, ...outcome };
  }
}

export interface UrlOutcome {
  kind: "feed" | "page";
  pages: PageOutcome[];
  problems: SourceProblem[];
}

/** RSS and Atom say so in their content type, or at least in their first element. */
export function looksLikeFeed(contentType: string | null, body: string): boolean {
  if (contentType && /\b(rss|atom)\+xml\b/i.test(contentType)) return true;
  const start = body
    .slice(0, 2000)
    .replace(/<\?xml[^>]*\?>/, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trimStart();
  return /^<(rss|feed|rdf:RDF)\b/i.test(start);
}
