import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardedLookup, type HostResolver, isPublicAddress } from "./address-guard.js";
import { FetchError } from "./fetch-error.js";
import { fetchResource } from "./safe-fetch.js";
import { expectFetchError, startTestServer, type TestServer } from "./test-server.js";

/** A DNS stand-in: test host names resolve to fixed addresses, anything else fails. */
function fakeDns(table: Record<string, string[]>): HostResolver {
  return async (hostname) => {
    const addresses = table[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
}

type LookupOutcome = { error: Error | null; address: string | LookupAddress[]; family?: number };

function runLookup(lookup: LookupFunction, hostname: string, all = false): Promise<LookupOutcome> {
  return new Promise((resolve) =>
    lookup(hostname, { all }, (error, address, family) => resolve({ error, address, family })),
  );
}

describe("isPublicAddress", () => {
  it.each(["8.8.8.8", "103.10.64.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])(
    "allows the public address %s",
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true);
    },
  );

  it.each([
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local (cloud metadata)"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["::1", "IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fd00::1", "IPv6 unique-local"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["not-an-ip", "not an address at all"],
  ])("refuses %s (%s)", (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});

describe("guardedLookup", () => {
  const policy = {
    isAllowedAddress: isPublicAddress,
    resolveHost: fakeDns({
      "news.test": ["8.8.4.10"],
      "both.test": ["8.8.4.4", "2001:4860:4860::8844"],
      "rebind.test": ["8.8.4.4", "127.0.0.1"],
      "internal.test": ["10.0.0.8"],
    }),
  };

  it("passes a public address through to the socket", async () => {
    const outcome = await runLookup(guardedLookup("http://news.test/", policy), "news.test");
    expect(outcome).toEqual({ error: null, address: "8.8.4.10", family: 4 });
  });

  it("answers with every address when Node asks for all of them", async () => {
    const outcome = await runLookup(guardedLookup("http://both.test/", policy), "both.test", true);
    expect(outcome.error).toBeNull();
    expect(outcome.address).toEqual([
      { address: "8.8.4.4", family: 4 },
      { address: "2001:4860:4860::8844", family: 6 },
    ]);
  });

  it("refuses a host that resolves to a private address", async () => {
    const outcome = await runLookup(
      guardedLookup("http://internal.test/", policy),
      "internal.test",
    );
    expect(outcome.error).toBeInstanceOf(FetchError);
    expect(outcome.error).toMatchObject({ code: "private-address" });
    expect(outcome.error?.message).toMatch(/^fetch: http:\/\/internal\.test\/: .*10\.0\.0\.8/);
  });

  it("refuses a host when any of its addresses is private, whatever the order", async () => {
    const outcome = await runLookup(guardedLookup("http://rebind.test/", policy), "rebind.test");
    expect(outcome.error).toMatchObject({ code: "private-address" });
  });

  it("reports a name that does not resolve as a dns error", async () => {
    const outcome = await runLookup(guardedLookup("http://nowhere.test/", policy), "nowhere.test");
    expect(outcome.error).toMatchObject({ code: "dns" });
  });
});

describe("fetchResource refusing private targets", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    server.route("/feed", (_request, response) => response.end("<rss/>"));
  });
  afterAll(() => server.close());

  it.each([
    "http://127.0.0.1:PORT/feed",
    "http://localhost:PORT/feed",
    "http://[::1]:PORT/feed",
    "http://[::ffff:127.0.0.1]:PORT/feed",
    "http://0.0.0.0:PORT/feed",
    "http://2130706433:PORT/feed",
    "http://10.0.0.1/feed",
    "http://169.254.169.254/latest/meta-data/",
  ])("refuses %s before sending any request", async (template) => {
    const url = template.replace("PORT", String(server.port));
    await expectFetchError(fetchResource(url, { timeoutMs: 2000 }), "private-address");
    expect(server.requested).toEqual([]);
  });

  it("refuses non-http(s) URLs and unparseable ones with code scheme", async () => {
    await expectFetchError(fetchResource("file:///etc/passwd"), "scheme");
    await expectFetchError(fetchResource("ftp://example.com/feed.xml"), "scheme");
    await expectFetchError(fetchResource("bukan url"), "scheme");
  });

  it("refuses a redirect from an allowed host to a private one", async () => {
    // The test server stands in for the public internet: news.test is allowed to reach it.
    const options = {
      resolveHost: fakeDns({ "news.test": ["127.0.0.1"], "intranet.test": ["10.0.0.8"] }),
      isAllowedAddress: (ip: string) => ip === "127.0.0.1",
    };
    server.route("/to-intranet", (_request, response) =>
      response.writeHead(302, { location: "http://intranet.test/admin" }).end(),
    );
    server.route("/to-metadata", (_request, response) =>
      response.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    );
    const ok = await fetchResource(`http://news.test:${server.port}/feed`, options);
    expect(ok).toMatchObject({ kind: "ok", body: "<rss/>" });
    for (const path of ["/to-intranet", "/to-metadata"]) {
      await expectFetchError(
        fetchResource(`http://news.test:${server.port}${path}`, options),
        "private-address",
      );
    }
    expect(server.requested).toEqual(["/feed", "/to-intranet", "/to-metadata"]);
  });

  it("reports an unknown host as a dns error", async () => {
    const options = { resolveHost: fakeDns({}) };
    await expectFetchError(fetchResource("http://tidak-ada.test/feed", options), "dns");
  });
});
