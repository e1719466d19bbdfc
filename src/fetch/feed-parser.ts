import Parser from "rss-parser";
import { absoluteHttpUrl } from "./canonical-url.js";
import { toIsoDate } from "./feed-date.js";
import { htmlToPlainText } from "./html-text.js";

export interface FeedItem {
  /** Absolute http(s) URL of the article. */
  url: string;
  title: string | null;
  /** ISO 8601, or null when the feed gives no readable date. */
  publishedAt: string | null;
  /** Plain text, no markup. */
  description: string | null;
  /** The feed's own id for the item (RSS guid, Atom id), else the URL. */
  guid: string;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

/** A feed this long is a dump, not news; its first items are the newest anyway. */
const MAX_ITEMS = 200;

type RawFields = Record<string, unknown>;
type RawItem = RawFields & Parser.Item;

const parser = new Parser<RawFields, RawFields>();

/** rss-parser passes through whatever xml2js built, which is not always a string. */
function textOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** A guid counts as a link only when it is written as an absolute URL, not a bare id. */
function guidUrl(guid: string | null): string | null {
  return guid && /^https?:\/\//i.test(guid) ? absoluteHttpUrl(guid, guid) : null;
}

function plainTextOrNull(html: string | null): string | null {
  if (!html) return null;
  const text = htmlToPlainText(html);
  return text === "" ? null : text;
}

function toFeedItem(raw: RawItem, feedUrl: string): FeedItem | null {
  const guid = textOf(raw.guid) ?? textOf(raw.id);
  const url = absoluteHttpUrl(textOf(raw.link), feedUrl) ?? guidUrl(guid);
  if (!url) return null;
  // Atom's summary and RSS's description are the teaser; full content only as a fallback.
  const description = textOf(raw.summary) ?? textOf(raw.content) ?? textOf(raw["content:encoded"]);
  const title = textOf(raw.title);
  return {
    url,
    title: title ? htmlToPlainText(title) || null : null,
    publishedAt: textOf(raw.isoDate) ?? toIsoDate(textOf(raw.pubDate) ?? textOf(raw.date)),
    description: plainTextOrNull(description),
    guid: guid ?? url,
  };
}

/**
 * rss-parser calls `new Date(x).toISOString()` on Atom dates, which throws on one unreadable
 * date and loses the whole feed. Rewrite those dates as ISO (or blank) before it sees them.
 */
function withReadableAtomDates(xml: string): string {
  return xml.replace(
    /<(published|updated)>([^<]*)<\/\1>/g,
    (_whole, tag: string, date: string) => `<${tag}>${toIsoDate(date) ?? ""}</${tag}>`,
  );
}

function notAFeed(feedUrl: string, reason: string): Error {
  return new Error(`feed: ${feedUrl} is not an RSS or Atom feed (${reason})`);
}

/** Reads an RSS (0.9x, 1.0, 2.0) or Atom document into items that have a usable article URL. */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  if (xml.trim() === "") throw notAFeed(feedUrl, "empty document");
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(withReadableAtomDates(xml));
  } catch (error) {
    throw notAFeed(feedUrl, error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
  const items: FeedItem[] = [];
  const seenUrls = new Set<string>();
  for (const raw of feed.items) {
    const item = toFeedItem(raw, feedUrl);
    if (!item || seenUrls.has(item.url)) continue;
    seenUrls.add(item.url);
    items.push(item);
    if (items.length === MAX_ITEMS) break;
  }
  const title = textOf(feed.title);
  return { title: title ? htmlToPlainText(title) || null : null, items };
}
