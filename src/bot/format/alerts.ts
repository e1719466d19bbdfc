import type { StoredArticle } from "../../db/article-store.js";
import type { FeedEvent } from "../../ingest/feed-poller.js";
import { truncateWords } from "../../nlp/text.js";
import type { AlertContent } from "../../services/alert-service.js";
import { ID, type Translator } from "../i18n.js";
import { describeEvent, describeFigure, type SheetLinks } from "./fact-sheet.js";
import { bold, type Html, html, italic, join, link, MESSAGE_LIMIT, visibleLength } from "./html.js";
import { pairLabel, targetLabel } from "./subscriptions.js";

/**
 * Alerts: one message per new story (headline, pair, key fact, every outlet that told it), or one
 * daily digest listing them. Lengths are capped piece by piece, so a message always fits.
 */

const HEADLINE_MAX = 200;
const FACT_MAX = 320;
const MAX_SOURCES = 6;
const NOTE_ROOM = 120;

function articleUrl(article: StoredArticle, links: SheetLinks): string {
  return article.url ?? `https://t.me/${links.botUsername}?start=a_${article.id}`;
}

/** One link per outlet, the first teller first: "ANTARA, Kompas, Tempo". */
export function sourceLinks(articles: StoredArticle[], links: SheetLinks, tr: Translator): Html {
  const outlets = new Map<string, StoredArticle>();
  for (const article of articles) {
    const outlet =
      article.publisher ?? article.url?.replace(/^https?:\/\/(www\.)?([^/]+).*$/, "$2");
    const name = outlet ?? tr.t("source-unknown");
    if (!outlets.has(name)) outlets.set(name, article);
  }
  const shown = [...outlets].slice(0, MAX_SOURCES);
  return join(
    shown.map(([name, article]) => link(articleUrl(article, links), name)),
    ", ",
  );
}

function keyFactLine(content: AlertContent, tr: Translator): Html | null {
  const fact = content.keyFact;
  if (fact === null) return null;
  if (typeof fact === "string") return html`${truncateWords(fact, FACT_MAX)}`;
  return fact.kind === "event" ? describeEvent(fact, tr) : describeFigure(fact, tr);
}

export function alertMessage(
  content: AlertContent,
  links: SheetLinks,
  tr: Translator = ID(),
): Html {
  const lines: Html[] = [html`🔔 ${bold(truncateWords(content.headline, HEADLINE_MAX))}`];
  if (content.pair) lines.push(html`${pairLabel(content.pair, tr)}`);
  const fact = keyFactLine(content, tr);
  if (fact) lines.push(fact);
  lines.push(tr.h("alert-sources", { sources: sourceLinks(content.story.articles, links, tr) }));
  lines.push(italic(tr.t("alert-following", { target: targetLabel(content.subscription, tr) })));
  return join(lines, "\n");
}

function digestEntry(content: AlertContent, links: SheetLinks, tr: Translator): Html {
  const pair = content.pair ? html` (${pairLabel(content.pair, tr)})` : "";
  const headline = bold(truncateWords(content.headline, HEADLINE_MAX));
  return html`• ${headline}${pair} — ${sourceLinks(content.story.articles.slice(0, 3), links, tr)}`;
}

/** The day's stories, as many as fit in one message; the rest counted at the end. */
export function digestMessage(
  contents: AlertContent[],
  links: SheetLinks,
  tr: Translator = ID(),
): Html {
  const title = bold(tr.t("digest-title", { count: contents.length }));
  const entries: Html[] = [];
  let length = visibleLength(title);
  for (const [index, content] of contents.entries()) {
    const entry = digestEntry(content, links, tr);
    // Room kept for the closing "…and N more" line, whatever N.
    if (length + visibleLength(entry) + 1 + NOTE_ROOM > MESSAGE_LIMIT) {
      entries.push(html`\n${tr.h("digest-more", { count: contents.length - index })}`);
      break;
    }
    entries.push(entry);
    length += visibleLength(entry) + 1;
  }
  return join([title, ...entries], "\n");
}

/** For the admins: a feed keeps failing, or works again. */
export function feedEventMessage(event: FeedEvent, tr: Translator = ID()): Html {
  const url = truncateWords(event.url, 200);
  if (event.kind === "recovered") return tr.h("feed-recovered", { url });
  return tr.h("feed-failing", {
    url,
    failures: event.failures,
    error: truncateWords(event.error, 300),
  });
}
