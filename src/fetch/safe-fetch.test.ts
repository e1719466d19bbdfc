import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchResource } from "./safe-fetch.js";
import { expectFetchError, startTestServer, type TestServer } from "./test-server.js";

let server: TestServer;
const local = { allowPrivate: true } as const;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("fetchResource: statuses, redirects and time limits", () => {
  it("returns the body, status, content type, final URL and validators of a normal page", async () => {
    server.route("/feed", (_request, response) => {
      response.writeHead(200, {
        "content-type": "application/rss+xml; charset=utf-8",
        etag: '"v1"',
        "last-modified": "Tue, 14 May 2024 03:00:00 GMT",
      });
      response.end("<rss>Berita Indonesia–Jepang</rss>");
    });
    const result = await fetchResource(`${server.origin}/feed`, local);
    expect(result).toEqual({
      kind: "ok",
      url: `${server.origin}/feed`,
      status: 200,
      contentType: "application/rss+xml; charset=utf-8",
      body: "<rss>Berita Indonesia–Jepang</rss>",
      etag: '"v1"',
      lastModified: "Tue, 14 May 2024 03:00:00 GMT",
    });
    expect(server.lastHeaders["user-agent"]).toBe("HubunganBot/0.1 (+https://github.com/hubungan)");
    expect(server.lastHeaders["accept-encoding"]).toContain("gzip");
  });

  it("sends the ETag and Last-Modified back and reports not-modified on 304", async () => {
    server.route("/conditional", (request, response) => {
      const unchanged =
        request.headers["if-none-match"] === '"v1"' &&
        request.headers["if-modified-since"] === "Tue, 14 May 2024 03:00:00 GMT";
      if (unchanged) return void response.writeHead(304).end();
      response.writeHead(200, { etag: '"v1"' }).end("fresh");
    });
    const result = await fetchResource(`${server.origin}/conditional`, {
      ...local,
      etag: '"v1"',
      lastModified: "Tue, 14 May 2024 03:00:00 GMT",
    });
    expect(result).toEqual({ kind: "not-modified" });
  });

  it("sends the requested Accept and User-Agent headers", async () => {
    server.route("/headers", (_request, response) => response.end("ok"));
    await fetchResource(`${server.origin}/headers`, {
      ...local,
      accept: "application/atom+xml",
      userAgent: "Uji/1.0",
    });
    expect(server.lastHeaders.accept).toBe("application/atom+xml");
    expect(server.lastHeaders["user-agent"]).toBe("Uji/1.0");
  });

  it("fails with http-status naming the URL when the server answers 500", async () => {
    server.route("/error", (_request, response) => response.writeHead(500).end("boom"));
    const error = await expectFetchError(
      fetchResource(`${server.origin}/error`, local),
      "http-status",
    );
    expect(error.status).toBe(500);
    expect(error.message).toBe(`fetch: ${server.origin}/error answered HTTP 500`);
  });

  it("follows redirects and reports the final URL", async () => {
    server.route("/old", (_request, response) =>
      response.writeHead(301, { location: "/moved" }).end(),
    );
    server.route("/moved", (_request, response) =>
      response.writeHead(302, { location: `${server.origin}/new` }).end(),
    );
    server.route("/new", (_request, response) => response.end("di sini"));
    const result = await fetchResource(`${server.origin}/old`, local);
    expect(result).toMatchObject({ kind: "ok", url: `${server.origin}/new`, body: "di sini" });
  });

  it("fails with too-many-redirects on a redirect loop", async () => {
    server.route("/ping", (_request, response) =>
      response.writeHead(302, { location: "/pong" }).end(),
    );
    server.route("/pong", (_request, response) =>
      response.writeHead(307, { location: "/ping" }).end(),
    );
    await expectFetchError(fetchResource(`${server.origin}/ping`, local), "too-many-redirects");
  });

  it("fails with too-many-redirects after maxRedirects hops", async () => {
    server.route("/hop", (request, response) => {
      const next = Number(new URL(request.url ?? "", server.origin).searchParams.get("n")) + 1;
      response.writeHead(308, { location: `/hop?n=${next}` }).end();
    });
    const before = server.requested.length;
    await expectFetchError(
      fetchResource(`${server.origin}/hop?n=0`, { ...local, maxRedirects: 3 }),
      "too-many-redirects",
    );
    expect(server.requested.length - before).toBe(4);
  });

  it.each(["file:///etc/passwd", "ftp://127.0.0.1/feed.xml"])(
    "refuses a redirect to %s with code scheme",
    async (target) => {
      server.route("/escape", (_request, response) =>
        response.writeHead(302, { location: target }).end(),
      );
      await expectFetchError(fetchResource(`${server.origin}/escape`, local), "scheme");
    },
  );

  it("times out when the server never answers", async () => {
    server.route("/silent", () => {});
    const started = Date.now();
    await expectFetchError(
      fetchResource(`${server.origin}/silent`, { ...local, timeoutMs: 300 }),
      "timeout",
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("times out when the body trickles in past the deadline", async () => {
    server.route("/trickle", (_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => response.write("."), 50);
      response.on("close", () => clearInterval(timer));
    });
    await expectFetchError(
      fetchResource(`${server.origin}/trickle`, { ...local, timeoutMs: 300 }),
      "timeout",
    );
  });
});
