import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A news site on 127.0.0.1 for feed tests: an RSS feed (and an Atom one) listing the articles
 * published so far, each at its own HTML page. A path can be made to misbehave the way real
 * servers do: an error status, garbage, a huge body, a redirect loop.
 */

export interface SiteArticle {
  slug: string;
  title: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** Site name shown as og:site_name ("Kompas.com"). */
  publisher: string;
  /** ISO time; default: now. */
  publishedAt?: string;
}

export type Misbehaviour = "500" | "garbage" | "huge" | "redirect-loop" | "slow";

export interface FakeNewsSite {
  origin: string;
  feedUrl: string;
  atomUrl: string;
  pageUrl(slug: string): string;
  publish(article: SiteArticle): void;
  /** Makes this path (e.g. "/broken.xml") misbehave. */
  misbehave(path: string, how: Misbehaviour): void;
  /** Requests received, by path. */
  hits(path: string): number;
  stop(): Promise<void>;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function pageHtml(article: SiteArticle, url: string): string {
  const paragraphs = article.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeXml(p.trim())}</p>`)
    .join("\n");
  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>${escapeXml(article.title)} - ${escapeXml(article.publisher)}</title>
<link rel="canonical" href="${url}?utm_source=feed">
<meta property="og:site_name" content="${escapeXml(article.publisher)}">
<meta property="article:published_time" content="${article.publishedAt}">
</head><body>
<nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a> <a href="/ekonomi">Ekonomi</a></nav>
<main><article><h1>${escapeXml(article.title)}</h1>
${paragraphs}
</article>
<aside><h3>Berita terkait</h3><ul><li><a href="/x">Serbia dan Kosovo kembali bersitegang</a></li></ul></aside></main>
<footer>Hak cipta © ${escapeXml(article.publisher)}. Semua hak dilindungi.</footer>
</body></html>`;
}

export async function startFakeNewsSite(): Promise<FakeNewsSite> {
  const articles: Required<SiteArticle>[] = [];
  const broken = new Map<string, Misbehaviour>();
  const hitCounts = new Map<string, number>();
  let origin = "";

  const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Berita Dunia</title><link>${origin}/</link>
${articles
  .map(
    (a) => `<item><title>${escapeXml(a.title)}</title><link>${origin}/news/${a.slug}</link>
<guid isPermaLink="false">news-${a.slug}</guid><pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>
<description>${escapeXml(a.text.split(/\n\s*\n/)[0] ?? "")}</description></item>`,
  )
  .join("\n")}
</channel></rss>`;
  const atom = () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Berita Dunia</title><id>${origin}/</id>
<updated>${new Date().toISOString()}</updated>
${articles
  .map(
    (a) => `<entry><title>${escapeXml(a.title)}</title><link href="/news/${a.slug}"/>
<id>tag:fake,2026:${a.slug}</id><updated>${a.publishedAt}</updated><summary>${escapeXml(a.title)}</summary></entry>`,
  )
  .join("\n")}
</feed>`;

  function misbehave(how: Misbehaviour, path: string, response: ServerResponse): void {
    switch (how) {
      case "500":
        response.writeHead(500).end("Internal Server Error");
        return;
      case "garbage":
        response
          .writeHead(200, { "content-type": "application/rss+xml" })
          .end("\u0000\u0001 <<<not xml at all");
        return;
      case "huge": {
        response.writeHead(200, { "content-type": "application/rss+xml" });
        const chunk = "x".repeat(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < 10 * 1024 * 1024) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once("drain", pump);
          }
          response.end();
        };
        response.on("error", () => {});
        pump();
        return;
      }
      case "redirect-loop":
        response.writeHead(302, { location: `${path}?again=${Date.now()}` }).end();
        return;
      case "slow":
        setTimeout(() => response.writeHead(200).end(rss()), 60_000).unref();
        return;
    }
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", origin).pathname;
    hitCounts.set(path, (hitCounts.get(path) ?? 0) + 1);
    const how = broken.get(path);
    if (how) return misbehave(how, path, response);
    if (path === "/feed.xml")
      return void response
        .writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" })
        .end(rss());
    if (path === "/atom.xml")
      return void response.writeHead(200, { "content-type": "application/atom+xml" }).end(atom());
    const article = articles.find((a) => path === `/news/${a.slug}`);
    if (article)
      return void response
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(pageHtml(article, `${origin}/news/${article.slug}`));
    response.writeHead(404).end("Not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    feedUrl: `${origin}/feed.xml`,
    atomUrl: `${origin}/atom.xml`,
    pageUrl: (slug) => `${origin}/news/${slug}`,
    publish(article) {
      articles.unshift({ publishedAt: new Date().toISOString(), ...article });
    },
    misbehave(path, how) {
      broken.set(path, how);
    },
    hits: (path) => hitCounts.get(path) ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
