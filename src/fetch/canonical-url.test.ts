import { describe, expect, it } from "vitest";
import { canonicalUrl } from "./canonical-url.js";

describe("canonicalUrl", () => {
  it("lower-cases scheme and host and drops the default port", () => {
    expect(canonicalUrl("HTTPS://WWW.AntaraNews.COM:443/Berita/1")).toBe(
      "https://www.antaranews.com/Berita/1",
    );
    expect(canonicalUrl("http://kompas.com:80/a")).toBe("http://kompas.com/a");
  });

  it("keeps a port that is not the scheme's default", () => {
    expect(canonicalUrl("https://example.com:8443/a")).toBe("https://example.com:8443/a");
  });

  it("drops the fragment", () => {
    expect(canonicalUrl("https://example.com/a#komentar")).toBe("https://example.com/a");
  });

  it("drops utm_*, fbclid, gclid, ref, mc_cid, mc_eid and _ga", () => {
    const url =
      "https://example.com/a?utm_source=tw&UTM_Medium=social&utm_campaign=x&fbclid=1&gclid=2&ref=home&mc_cid=3&mc_eid=4&_ga=5&id=9";
    expect(canonicalUrl(url)).toBe("https://example.com/a?id=9");
  });

  it("drops AMP switches but keeps other values of those parameters", () => {
    expect(canonicalUrl("https://example.com/a?amp=1")).toBe("https://example.com/a");
    expect(canonicalUrl("https://example.com/a?outputType=amp")).toBe("https://example.com/a");
    expect(canonicalUrl("https://example.com/a?outputType=json")).toBe(
      "https://example.com/a?outputType=json",
    );
  });

  it("sorts the remaining query parameters", () => {
    expect(canonicalUrl("https://example.com/cari?q=jepang&page=2&lang=id")).toBe(
      "https://example.com/cari?lang=id&page=2&q=jepang",
    );
  });

  it("removes a trailing slash from a non-root path but keeps the root", () => {
    expect(canonicalUrl("https://example.com/berita/dunia/")).toBe(
      "https://example.com/berita/dunia",
    );
    expect(canonicalUrl("https://example.com/")).toBe("https://example.com/");
    expect(canonicalUrl("https://example.com")).toBe("https://example.com/");
  });

  it("gives the same result for spellings of the same article", () => {
    const spellings = [
      "https://www.antaranews.com/berita/4100123/judul?utm_source=facebook#atas",
      "HTTPS://www.antaranews.com:443/berita/4100123/judul/?fbclid=abc",
      "https://www.antaranews.com/berita/4100123/judul?amp=1",
    ];
    expect(new Set(spellings.map(canonicalUrl)).size).toBe(1);
  });

  it("is idempotent", () => {
    const once = canonicalUrl("https://Example.com/a/?b=2&a=1&utm_term=x#f");
    expect(canonicalUrl(once)).toBe(once);
  });

  it("throws a fetch: error for an unparseable URL", () => {
    expect(() => canonicalUrl("bukan url")).toThrow(/^fetch: .*bukan url/);
    expect(() => canonicalUrl("")).toThrow(/^fetch: /);
  });
});
