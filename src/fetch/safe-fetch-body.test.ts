import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchResource } from "./safe-fetch.js";
import { expectFetchError, startTestServer, streamFiller, type TestServer } from "./test-server.js";

const TEN_MB = 10 * 1024 * 1024;
let server: TestServer;
const local = { allowPrivate: true } as const;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("fetchResource: body size, compression and charset", () => {
  it("refuses a 10 MB body announced by Content-Length without downloading it", async () => {
    let bytesSent: Promise<number> = Promise.resolve(0);
    server.route("/huge", (_request, response) => {
      response.writeHead(200, { "content-length": String(TEN_MB) });
      bytesSent = streamFiller(response, TEN_MB);
    });
    await expectFetchError(fetchResource(`${server.origin}/huge`, local), "too-large");
    const sent = await bytesSent;
    expect(sent).toBeLessThan(TEN_MB);
  });
  it("stops reading a chunked body as soon as it passes maxBytes", async () => {
    let bytesSent: Promise<number> = Promise.resolve(0);
    server.route("/chunked", (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      bytesSent = streamFiller(response, TEN_MB);
    });
    await expectFetchError(
      fetchResource(`${server.origin}/chunked`, { ...local, maxBytes: 256 * 1024 }),
      "too-large",
    );
    const sent = await bytesSent;
    expect(sent).toBeLessThan(TEN_MB);
  });
  it("counts the size limit on decompressed bytes, so a gzip bomb is refused", async () => {
    const bomb = gzipSync(Buffer.alloc(TEN_MB));
    server.route("/bomb", (_request, response) => {
      response.writeHead(200, { "content-encoding": "gzip", "content-length": bomb.length });
      response.end(bomb);
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectFetchError(
      fetchResource(`${server.origin}/bomb`, { ...local, maxBytes: 1024 * 1024 }),
      "too-large",
    );
  });
  it("decompresses a gzip body", async () => {
    const text = "Indonesia dan Australia sepakat memperkuat kerja sama pertahanan. ".repeat(50);
    server.route("/gzip", (_request, response) => {
      response.writeHead(200, { "content-encoding": "gzip", "content-type": "text/plain" });
      response.end(gzipSync(text));
    });
    const result = await fetchResource(`${server.origin}/gzip`, local);
    expect(result.kind === "ok" && result.body).toBe(text);
  });
  it("decodes ISO-8859-1 named in Content-Type", async () => {
    server.route("/latin1", (_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" });
      response.end(Buffer.from("Kafé «Bandung», Señor Müller", "latin1"));
    });
    const result = await fetchResource(`${server.origin}/latin1`, local);
    expect(result.kind === "ok" && result.body).toBe("Kafé «Bandung», Señor Müller");
  });
  it("decodes the charset named in the XML declaration when Content-Type has none", async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Café</title></rss>';
    server.route("/declared", (_request, response) => {
      response.writeHead(200, { "content-type": "application/xml" });
      response.end(Buffer.from(xml, "latin1"));
    });
    const result = await fetchResource(`${server.origin}/declared`, local);
    expect(result.kind === "ok" && result.body).toBe(xml);
  });

  it.each([
    ["deflate", deflateSync],
    ["br", brotliCompressSync],
  ] as const)("decompresses a %s body", async (encoding, compress) => {
    const text = "Kerja sama Indonesia–Korea Selatan di bidang industri pertahanan. ".repeat(40);
    server.route(`/${encoding}`, (_request, response) => {
      response.writeHead(200, { "content-encoding": encoding, "content-type": "text/plain" });
      response.end(compress(text));
    });
    const result = await fetchResource(`${server.origin}/${encoding}`, local);
    expect(result.kind === "ok" && result.body).toBe(text);
  });

  it("decodes the charset named in an HTML <meta charset>", async () => {
    const html = '<html><head><meta charset="windows-1252"></head><body>Crème brûlée</body></html>';
    server.route("/meta-charset", (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(Buffer.from(html, "latin1"));
    });
    const result = await fetchResource(`${server.origin}/meta-charset`, local);
    expect(result.kind === "ok" && result.body).toBe(html);
  });

  it("decodes UTF-8 when nothing names a charset", async () => {
    server.route("/plain", (_request, response) => response.end("Kemenlu: “Hubungan RI–RRT”"));
    const result = await fetchResource(`${server.origin}/plain`, local);
    expect(result.kind === "ok" && result.body).toBe("Kemenlu: “Hubungan RI–RRT”");
  });

  it("fails with network when the server drops the connection mid-body", async () => {
    server.route("/cut", (_request, response) => {
      response.writeHead(200, { "content-length": "1000" });
      response.write("sebagian");
      setTimeout(() => response.socket?.destroy(), 20);
    });
    await expectFetchError(fetchResource(`${server.origin}/cut`, local), "network");
  });
});
