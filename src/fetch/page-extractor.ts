import { Readability } from "@mozilla/readability";
import { absoluteHttpUrl } from "./canonical-url.js";
import { toIsoDate } from "./feed-date.js";
import {
  collapseWhitespace,
  type HtmlDocument,
  type HtmlElement,
  paragraphsOf,
  parseHtmlDocument,
  parseHtmlFragment,
} from "./html-text.js";

export interface ExtractedPage {
  title: string | null;
  /** The article body as plain text, paragraphs separated by blank lines. */
  text: string;
  /** Absolute URL the site says is this article's own (rel=canonical, og:url, else the page). */
  canonicalUrl: string;
  /** ISO 8601, or null when the page gives no readable date. */
  publishedAt: string | null;
  siteName: string | null;
}

/** Shorter than this is a teaser, an error page or a paywall stub, not an article. */
const MIN_ARTICLE_CHARS = 200;
/** Past this share of linked text the "article" is a headline list (a section front page). */
const MAX_LINK_DENSITY = 0.5;

/** Where sites put the publication time, most specific first. */
const PUBLISHED_TIME_SOURCES: ReadonlyArray<[selector: string, attribute: string]> = [
  ['meta[property="article:published_time"]', "content"],
  ['meta[name="article:published_time"]', "content"],
  ['meta[property="og:article:published_time"]', "content"],
  ['meta[property="og:published_time"]', "content"],
  ['meta[itemprop="datePublished"]', "content"],
  ['[itemprop="datePublished"][datetime]', "datetime"],
  ['[itemprop="datePublished"][content]', "content"],
  ['meta[name="pubdate"]', "content"],
  ['meta[name="publishdate"]', "content"],
  ["time[datetime]", "datetime"],
];

function attributeOf(document: HtmlDocument, selector: string, attribute: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(attribute)?.trim();
  return value ? value : null;
}

interface PageMetadata {
  canonicalUrl: string;
  publishedAt: string | null;
  siteName: string | null;
  title: string | null;
}

function readMetadata(document: HtmlDocument, pageUrl: string): PageMetadata {
  const canonical =
    absoluteHttpUrl(attributeOf(document, 'link[rel~="canonical"]', "href"), pageUrl) ??
    absoluteHttpUrl(attributeOf(document, 'meta[property="og:url"]', "content"), pageUrl) ??
    pageUrl;
  let publishedAt: string | null = null;
  for (const [selector, attribute] of PUBLISHED_TIME_SOURCES) {
    publishedAt = toIsoDate(attributeOf(document, selector, attribute));
    if (publishedAt) break;
  }
  return {
    canonicalUrl: canonical,
    publishedAt,
    siteName: attributeOf(document, 'meta[property="og:site_name"]', "content"),
    title: attributeOf(document, 'meta[property="og:title"]', "content"),
  };
}

function textLength(elements: ArrayLike<HtmlElement>): number {
  let total = 0;
  for (const element of Array.from(elements))
    total += collapseWhitespace(element.textContent ?? "").length;
  return total;
}

function nonEmpty(text: string | null | undefined): string | null {
  const collapsed = collapseWhitespace(text ?? "");
  return collapsed === "" ? null : collapsed;
}

/**
 * The main article of a news page as plain text with its metadata, or null when the page has
 * no article (a front page, an error page, a stub).
 */
export function extractArticle(html: string, pageUrl: string): ExtractedPage | null {
  const document = parseHtmlDocument(html);
  // Readability rewrites the document it reads, so the metadata is taken first.
  const metadata = readMetadata(document, pageUrl);
  let article: ReturnType<Readability["parse"]>;
  try {
    article = new Readability(document).parse();
  } catch {
    // Readability can trip over odd markup; for us that page simply has no article.
    return null;
  }
  if (!article?.content) return null;

  const content = parseHtmlFragment(article.content);
  const text = paragraphsOf(content).join("\n\n");
  if (text.length < MIN_ARTICLE_CHARS) return null;
  const linkedShare = textLength(content.querySelectorAll("a")) / textLength([content]);
  if (linkedShare > MAX_LINK_DENSITY) return null;

  return {
    title: nonEmpty(article.title) ?? metadata.title,
    text,
    canonicalUrl: metadata.canonicalUrl,
    publishedAt: metadata.publishedAt ?? toIsoDate(article.publishedTime),
    siteName: metadata.siteName ?? nonEmpty(article.siteName),
  };
}
