import { describe, expect, it } from "vitest";
import { parseFeed } from "./feed-parser.js";

const RSS_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>ANTARA News - Dunia</title>
  <link>https://www.antaranews.com/dunia</link>
  <description>Berita dunia terkini</description>
  <atom:link href="https://www.antaranews.com/rss/dunia.xml" rel="self" type="application/rss+xml"/>
  <item>
    <title>Indonesia dan Malaysia sepakati batas laut di Sulawesi</title>
    <link>https://www.antaranews.com/berita/4100001/indonesia-dan-malaysia-sepakati-batas-laut</link>
    <guid isPermaLink="false">antara-4100001</guid>
    <pubDate>Tue, 14 May 2024 09:30:00 +0700</pubDate>
    <description><![CDATA[<img src="https://img.antaranews.com/x.jpg" /><p>Jakarta (ANTARA) - Pemerintah Indonesia dan Malaysia
      menandatangani <b>perjanjian</b> batas laut &amp; zona ekonomi&nbsp;eksklusif.</p>]]></description>
  </item>
  <item>
    <title>Menlu bertemu Dubes Australia bahas &quot;kemitraan&quot; pertahanan</title>
    <link>/berita/4100002/menlu-bertemu-dubes-australia</link>
    <pubDate>Selasa, 14 Mei 2024 08:00:00 WIB</pubDate>
    <description>&lt;p&gt;Menteri Luar Negeri menerima Duta Besar Australia.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Item tanpa tautan</title>
    <guid isPermaLink="false">antara-4100003</guid>
    <description>Tidak ada link di sini.</description>
  </item>
  <item>
    <title>Guid sebagai tautan</title>
    <guid>https://www.antaranews.com/berita/4100004/guid-sebagai-tautan</guid>
  </item>
  <item>
    <title>Tautan javascript</title>
    <link>javascript:alert(1)</link>
  </item>
</channel>
</rss>`;

const ATOM_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Kemlu RI - Siaran Pers</title>
  <link href="https://kemlu.go.id/portal/id" rel="alternate"/>
  <link href="https://kemlu.go.id/feed.atom" rel="self"/>
  <id>tag:kemlu.go.id,2024:siaran-pers</id>
  <updated>2024-05-14T12:00:00+07:00</updated>
  <entry>
    <title>Indonesia dan Jepang perkuat kerja sama maritim</title>
    <link rel="alternate" href="/portal/id/read/5001/berita/indonesia-jepang-maritim"/>
    <id>tag:kemlu.go.id,2024:5001</id>
    <published>2024-05-14T10:00:00+07:00</published>
    <updated>2024-05-14T11:00:00+07:00</updated>
    <summary type="html">&lt;p&gt;Kedua negara sepakat &lt;em&gt;memperluas&lt;/em&gt; patroli bersama.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Pernyataan bersama ASEAN soal Myanmar</title>
    <link href="https://kemlu.go.id/portal/id/read/5002/berita/asean-myanmar"/>
    <id>tag:kemlu.go.id,2024:5002</id>
    <published>kemarin sore</published>
    <content type="html">&lt;p&gt;Para menteri luar negeri ASEAN menyerukan penghentian kekerasan.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe("parseFeed", () => {
  it("reads an RSS 2.0 feed's title and items", async () => {
    const feed = await parseFeed(RSS_FEED, "https://www.antaranews.com/rss/dunia.xml");
    expect(feed.title).toBe("ANTARA News - Dunia");
    expect(feed.items[0]).toEqual({
      url: "https://www.antaranews.com/berita/4100001/indonesia-dan-malaysia-sepakati-batas-laut",
      title: "Indonesia dan Malaysia sepakati batas laut di Sulawesi",
      publishedAt: "2024-05-14T02:30:00.000Z",
      description:
        "Jakarta (ANTARA) - Pemerintah Indonesia dan Malaysia menandatangani perjanjian batas laut & zona ekonomi eksklusif.",
      guid: "antara-4100001",
    });
  });

  it("resolves relative item links against the feed URL", async () => {
    const feed = await parseFeed(RSS_FEED, "https://www.antaranews.com/rss/dunia.xml");
    expect(feed.items[1]!.url).toBe(
      "https://www.antaranews.com/berita/4100002/menlu-bertemu-dubes-australia",
    );
  });

  it("strips HTML from escaped descriptions and decodes entities in titles", async () => {
    const feed = await parseFeed(RSS_FEED, "https://www.antaranews.com/rss/dunia.xml");
    expect(feed.items[1]!.description).toBe("Menteri Luar Negeri menerima Duta Besar Australia.");
    expect(feed.items[1]!.title).toBe('Menlu bertemu Dubes Australia bahas "kemitraan" pertahanan');
  });

  it("reads dates written in Indonesian", async () => {
    const feed = await parseFeed(RSS_FEED, "https://www.antaranews.com/rss/dunia.xml");
    expect(feed.items[1]!.publishedAt).toBe("2024-05-14T01:00:00.000Z");
  });

  it("uses a URL guid as the link, uses the URL as guid when there is none, and skips items without an http(s) link", async () => {
    const feed = await parseFeed(RSS_FEED, "https://www.antaranews.com/rss/dunia.xml");
    expect(feed.items.map((item) => item.title)).toEqual([
      "Indonesia dan Malaysia sepakati batas laut di Sulawesi",
      'Menlu bertemu Dubes Australia bahas "kemitraan" pertahanan',
      "Guid sebagai tautan",
    ]);
    const url = "https://www.antaranews.com/berita/4100004/guid-sebagai-tautan";
    expect(feed.items[2]).toMatchObject({ url, guid: url, description: null, publishedAt: null });
    expect(feed.items[1]!.guid).toBe(feed.items[1]!.url);
  });

  it("reads an Atom feed, with entry ids as guids and summaries as plain text", async () => {
    const feed = await parseFeed(ATOM_FEED, "https://kemlu.go.id/feed.atom");
    expect(feed.title).toBe("Kemlu RI - Siaran Pers");
    expect(feed.items[0]).toEqual({
      url: "https://kemlu.go.id/portal/id/read/5001/berita/indonesia-jepang-maritim",
      title: "Indonesia dan Jepang perkuat kerja sama maritim",
      publishedAt: "2024-05-14T03:00:00.000Z",
      description: "Kedua negara sepakat memperluas patroli bersama.",
      guid: "tag:kemlu.go.id,2024:5001",
    });
  });

  it("keeps an Atom entry whose date cannot be read, without a date", async () => {
    const feed = await parseFeed(ATOM_FEED, "https://kemlu.go.id/feed.atom");
    expect(feed.items[1]).toMatchObject({
      url: "https://kemlu.go.id/portal/id/read/5002/berita/asean-myanmar",
      publishedAt: null,
      description: "Para menteri luar negeri ASEAN menyerukan penghentian kekerasan.",
    });
  });

  it("keeps at most 200 items", async () => {
    const items = Array.from(
      { length: 250 },
      (_, i) =>
        `<item><title>Berita ${i}</title><link>https://example.id/berita/${i}</link></item>`,
    ).join("");
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Banyak</title>${items}</channel></rss>`;
    const feed = await parseFeed(xml, "https://example.id/rss");
    expect(feed.items).toHaveLength(200);
    expect(feed.items[0]!.url).toBe("https://example.id/berita/0");
  });

  it.each([
    ["an empty document", ""],
    ["plain text", "Service Unavailable"],
    [
      "an HTML page",
      "<!DOCTYPE html><html><head><title>ANTARA</title></head><body><p>Beranda</p></body></html>",
    ],
    ["JSON", '{"items": []}'],
    [
      "XML that is not a feed",
      '<?xml version="1.0"?><sitemap><loc>https://example.id/</loc></sitemap>',
    ],
  ])("throws a feed: error for %s", async (_label, text) => {
    await expect(parseFeed(text, "https://example.id/rss")).rejects.toThrow(
      /^feed: https:\/\/example\.id\/rss is not an RSS or Atom feed/,
    );
  });
});
