import { describe, expect, it } from "vitest";
import { extractArticle } from "./page-extractor.js";

const PARAGRAPHS = [
  "Jakarta (ANTARA) - Menteri Luar Negeri RI Sugiono bertemu dengan Menteri Luar Negeri Jepang di Tokyo pada Selasa untuk membahas penguatan kemitraan strategis komprehensif kedua negara.",
  "Dalam pertemuan tersebut, kedua menteri sepakat mempercepat kerja sama di bidang energi bersih, termasuk pengembangan hidrogen hijau dan jaringan listrik lintas pulau di Indonesia.",
  "Sugiono juga menyampaikan apresiasi atas dukungan Jepang terhadap pembangunan Mass Rapid Transit (MRT) Jakarta fase kedua yang ditargetkan rampung pada 2029.",
  "Selain itu, kedua pihak membahas situasi keamanan di kawasan Indo-Pasifik serta pentingnya menjaga stabilitas di Laut China Selatan melalui dialog dan hukum internasional.",
  "Pertemuan ini merupakan bagian dari rangkaian kunjungan kerja Menlu ke Asia Timur yang juga mencakup Korea Selatan dan China sepanjang pekan ini.",
  "Kementerian Luar Negeri menyebut nilai perdagangan Indonesia-Jepang pada tahun lalu mencapai lebih dari 40 miliar dolar AS, menjadikan Jepang salah satu mitra dagang terbesar Indonesia.",
];

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>Menlu RI dan Jepang sepakat perkuat kerja sama energi - ANTARA News</title>
  <link rel="canonical" href="/berita/4100123/menlu-ri-dan-jepang-sepakat-perkuat-kerja-sama-energi">
  <meta property="og:site_name" content="ANTARA News">
  <meta property="og:title" content="Menlu RI dan Jepang sepakat perkuat kerja sama energi">
  <meta property="article:published_time" content="2024-05-14T10:15:00+07:00">
  <script>window.dataLayer = [{ "page": "article" }];</script>
  <style>.nav { color: red }</style>
</head>
<body>
  <header class="site-header">
    <nav class="main-nav"><ul>
      <li><a href="/politik">Politik</a></li><li><a href="/ekonomi">Ekonomi</a></li>
      <li><a href="/dunia">Dunia</a></li><li><a href="/olahraga">Olahraga</a></li>
    </ul></nav>
  </header>
  <div class="ads ad-banner">Iklan: Promo tiket pesawat murah ke Tokyo mulai Rp2 juta!</div>
  <main>
    <article class="post-content">
      <h1>Menlu RI dan Jepang sepakat perkuat kerja sama energi</h1>
      <p class="byline">Oleh Rina Wulandari &middot; Selasa, 14 Mei 2024 10:15 WIB</p>
      <div class="article-body">
        ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n        ")}
      </div>
    </article>
    <aside class="related-articles">
      <h3>Berita Terkait</h3>
      <ul>
        <li><a href="/berita/1">Presiden terima kunjungan PM Jepang di Istana Bogor</a></li>
        <li><a href="/berita/2">Ekspor nikel ke Jepang naik 12 persen</a></li>
        <li><a href="/berita/3">Indonesia-Jepang teken kesepakatan transisi energi</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>Hak Cipta &copy; 2024 ANTARA. Dilarang mengambil konten tanpa izin redaksi.</p>
    <a href="/kontak">Kontak</a> | <a href="/pedoman">Pedoman Media Siber</a>
  </footer>
</body>
</html>`;

describe("extractArticle", () => {
  it("returns the article paragraphs and leaves out navigation, ads, related links and footer", () => {
    const page = extractArticle(
      NEWS_PAGE,
      "https://www.antaranews.com/berita/4100123?utm_source=x",
    );
    expect(page).not.toBeNull();
    const text = page!.text;
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    expect(text).not.toContain("Olahraga");
    expect(text).not.toContain("Berita Terkait");
    expect(text).not.toContain("Hak Cipta");
    expect(text).not.toContain("Pedoman Media Siber");
    expect(text).not.toContain("dataLayer");
  });

  it("separates paragraphs with one blank line", () => {
    const text = extractArticle(NEWS_PAGE, "https://www.antaranews.com/x")!.text;
    const first = PARAGRAPHS[0]!;
    const second = PARAGRAPHS[1]!;
    expect(text).toContain(`${first}\n\n${second}`);
    expect(text).not.toMatch(/\n{3,}/);
  });

  it("reads the canonical URL, publication time, title and site name", () => {
    const page = extractArticle(
      NEWS_PAGE,
      "https://www.antaranews.com/berita/4100123?utm_source=x",
    );
    expect(page).toMatchObject({
      canonicalUrl:
        "https://www.antaranews.com/berita/4100123/menlu-ri-dan-jepang-sepakat-perkuat-kerja-sama-energi",
      publishedAt: "2024-05-14T03:15:00.000Z",
      siteName: "ANTARA News",
    });
    expect(page!.title).toContain("Menlu RI dan Jepang sepakat perkuat kerja sama energi");
  });

  it("falls back to og:url, then to the page URL, when there is no canonical link", () => {
    const withOgUrl = NEWS_PAGE.replace(/<link rel="canonical"[^>]*>/, "").replace(
      "<head>",
      '<head><meta property="og:url" content="https://www.antaranews.com/berita/og">',
    );
    expect(extractArticle(withOgUrl, "https://m.antaranews.com/x")!.canonicalUrl).toBe(
      "https://www.antaranews.com/berita/og",
    );
    const withNeither = NEWS_PAGE.replace(/<link rel="canonical"[^>]*>/, "");
    expect(extractArticle(withNeither, "https://m.antaranews.com/x")!.canonicalUrl).toBe(
      "https://m.antaranews.com/x",
    );
  });

  it("takes the publication time from <time datetime> when no meta tag gives it", () => {
    const page = NEWS_PAGE.replace(/<meta property="article:published_time"[^>]*>/, "").replace(
      '<p class="byline">',
      '<p class="byline"><time datetime="2024-05-13T08:00:00Z">Senin</time> ',
    );
    expect(extractArticle(page, "https://www.antaranews.com/x")!.publishedAt).toBe(
      "2024-05-13T08:00:00.000Z",
    );
  });

  it("returns null for an error page with no article", () => {
    const notFound = `<!DOCTYPE html><html><head><title>404 - ANTARA News</title></head><body>
      <nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav>
      <main><h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda cari tidak tersedia.</p></main>
      <footer>Hak Cipta &copy; 2024 ANTARA</footer></body></html>`;
    expect(extractArticle(notFound, "https://www.antaranews.com/nope")).toBeNull();
  });

  it("returns null for a section front page that is only a list of headlines", () => {
    const headlines = Array.from(
      { length: 30 },
      (_, i) =>
        `<li><a href="/berita/${i}">Judul berita nomor ${i} tentang hubungan bilateral Indonesia dan negara sahabat</a></li>`,
    ).join("");
    const frontPage = `<!DOCTYPE html><html><head><title>Dunia</title></head><body>
      <nav><a href="/">Beranda</a></nav><main><h1>Dunia</h1><ul>${headlines}</ul></main></body></html>`;
    expect(extractArticle(frontPage, "https://www.antaranews.com/dunia")).toBeNull();
  });

  it("returns null for an empty document", () => {
    expect(extractArticle("", "https://www.antaranews.com/")).toBeNull();
  });
});
