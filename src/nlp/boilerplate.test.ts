import { describe, expect, it } from "vitest";
import { parseArticle } from "./article-parser.js";
import { classifyLine } from "./boilerplate.js";
import { parseCredit } from "./credits.js";
import { canonicalPublisher, publisherFromUrl, publisherInPhrase } from "./publishers.js";

const LEAD =
  "Jakarta (ANTARA) - Indonesia dan Brasil sepakat memperluas kerja sama energi terbarukan dalam pertemuan bilateral.";
const LAST = "Kedua menteri juga membahas rencana kunjungan kenegaraan tahun depan.";
const body = (...middle: string[]) => parseArticle([LEAD, ...middle, LAST].join("\n")).body;

describe("classifyLine: furniture cut wherever it is", () => {
  it.each([
    "Baca juga: Serbia, Kosovo kembali gagal sepakati normalisasi hubungan",
    "BACA JUGA : Turki janji dukung Kosovo",
    "Berita Terkait: Kantor Imigrasi Papua Deportasi 61 WNA",
    "Lihat Juga: Video Pertemuan Dua Presiden",
    "Simak juga: Jepang dan China Bertemu",
    "Artikel ini telah tayang di Tribunnews.com dengan judul Jepang Bertemu China",
    "HOME ⁄ Internasional",
    "Beranda › Dunia › Asia",
    "Foto: Anwar dan Putin di Moskow (Sumber: ANTARA/Virna P Setyorini).",
    "Presiden bertemu Perdana Menteri Jepang di Tokyo, Senin (17/6/2025). (ANTARA FOTO/Hafidz Mubarak A)",
    "Menteri Luar Negeri kedua negara berjabat tangan. (Dok. Kemlu)",
    "Facebook Twitter WhatsApp",
    "Telp: +62 21 2995 7500",
    "Fax: +62 21 5277975",
    "Jl. Jend. Gatot Subroto, Jakarta Selatan, Jakarta 12950",
    "Berita Satu Plaza, Lantai 11 Kav. 35-36,",
    "CONTACT US",
    "Skip to main content",
    "Advertisement · Scroll to continue",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Your email address will not be published.",
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI.",
    "CLOSE ADS",
    "ADVERTISEMENT",
    "0",
    "(ant/wir)",
  ])("%j is dropped", (line) => {
    expect(classifyLine(line).kind).toBe("drop");
  });

  it.each([
    "BERITA LAINNYA",
    "REKOMENDASI",
    "BAGIKAN",
    "SHARE :",
    "TERKONEKSI BERSAMA KAMI",
    "Leave A Reply",
    "Berita Terkait",
    "Tags: Malaysia, Rusia",
    "Komentar",
    "Read Next",
    "More from Reuters",
    "Recommended for you",
  ])("%j starts a section that is not the article", (line) => {
    expect(classifyLine(line).kind).toBe("tail");
  });

  it.each([
    "Oleh karena itu, Hartati mengatakan dialog politik kedua negara akan dihidupkan kembali.",
    "Jalan menuju perdamaian antara kedua negara masih panjang.",
    "Email itu dikirim kepada duta besar Jepang pada Senin.",
    "Malaysia Fokus pada Teknologi, BRICS, dan Kedaulatan ASEAN",
    "Gedung Putih menyatakan Presiden akan berkunjung ke Jepang pada 12 Mei 2025.",
    "Presiden menyatakan kedua negara sepakat. Menurut dia, ini penting (ANTARA/Reuters).",
    "Wartawan Jepang Ditahan di Myanmar",
    "Editor Senior Tempo Meninggal Dunia",
    "Undang-Undang Hak Cipta direvisi DPR pekan ini.",
  ])("%j is article text", (line) => {
    expect(classifyLine(line).kind).toBe("content");
  });
});

describe("classifyLine: lines that carry metadata", () => {
  it("reads publisher and year from copyright lines in either order", () => {
    expect(classifyLine("Copyright © ANTARA 2025")).toMatchObject({
      publisher: "ANTARA",
      year: 2025,
    });
    expect(classifyLine("Copyright © 2021 BeritaSatu")).toMatchObject({
      publisher: "BeritaSatu",
      year: 2021,
    });
    expect(classifyLine("© 2008 - 2024 Kompas.com. All rights reserved")).toMatchObject({
      publisher: "Kompas",
      year: 2024,
    });
    expect(classifyLine("Hak Cipta © 2024 PT Suara Pembaruan")).toMatchObject({
      publisher: "Suara Pembaruan",
    });
    expect(classifyLine("Allright Reserved").kind).toBe("copyright");
  });

  it("reads the publisher from source lines, logos and site-name lines", () => {
    expect(classifyLine("Sumber: BeritaSatu.com")).toMatchObject({
      kind: "source",
      publisher: "BeritaSatu",
    });
    expect(classifyLine("Logo BeritaSatu")).toMatchObject({
      kind: "publisherMark",
      publisher: "BeritaSatu",
    });
    expect(classifyLine("Pantau Flash")).toMatchObject({
      kind: "publisherMark",
      publisher: "Pantau",
    });
    expect(classifyLine("KOMPAS.com")).toMatchObject({
      kind: "publisherMark",
      publisher: "Kompas",
    });
  });

  it("tells a header date line from a teaser's rubric and date", () => {
    expect(classifyLine("Kamis, 8 April 2021 | 19:40 WIB")).toMatchObject({
      kind: "date",
      rubric: false,
      date: { year: 2021, month: 4, day: 8 },
    });
    expect(classifyLine("DUNIA | 8 April 2021")).toMatchObject({ kind: "date", rubric: true });
    expect(classifyLine("Rabu, 14 Mei 2025 ada pertemuan").kind).toBe("content");
  });

  it("reads an English date line with its clock time, zone and age", () => {
    expect(classifyLine("July 8, 2024 9:12 AM GMT+7 Updated 2 hours ago")).toMatchObject({
      kind: "date",
      updated: true,
      date: { year: 2024, month: 7, day: 8 },
    });
  });
});

describe("credits", () => {
  it.each([
    ["Pewarta: Virna P Setyorini", "author", ["Virna P Setyorini"]],
    ["Editor: Azis Kurmala", "editor", ["Azis Kurmala"]],
    ["Oleh Rina Hartati", "author", ["Rina Hartati"]],
    ["Oleh : Unggul Wirawan / WIR", "author", ["Unggul Wirawan"]],
    ["Reporter: Jane Doe, John Roe", "author", ["Jane Doe", "John Roe"]],
    ["Penyunting: Sri Haryati (sh)", "editor", ["Sri Haryati"]],
    ["Penerjemah: Yoanita Hastryka Djohan", "other", []],
  ])("%j credits %s %j", (line, role, names) => {
    expect(parseCredit(line)).toEqual([{ role, names, awaitsName: false }]);
  });

  it("a row of credits split by '|' needs no colons", () => {
    expect(parseCredit("Penulis Ahmad Naufal | Editor Rizal Nugroho")).toEqual([
      { role: "author", names: ["Ahmad Naufal"], awaitsName: false },
      { role: "editor", names: ["Rizal Nugroho"], awaitsName: false },
    ]);
  });

  it("a wire story's bracketed credits give its reporters and editors", () => {
    expect(
      parseCredit("(Reporting by Karen Lema and Neil Jerome Morales; Editing by Ed Davies)"),
    ).toEqual([
      { role: "author", names: ["Karen Lema", "Neil Jerome Morales"], awaitsName: false },
      { role: "editor", names: ["Ed Davies"], awaitsName: false },
    ]);
  });

  it("a label alone waits for the name on the next line", () => {
    expect(parseCredit("Penulis :")).toEqual([{ role: "author", names: [], awaitsName: true }]);
  });

  it("several credits on one line are all read", () => {
    expect(
      parseCredit("Pewarta: Virna P Setyorini Editor: Azis Kurmala")?.map((c) => c.names),
    ).toEqual([["Virna P Setyorini"], ["Azis Kurmala"]]);
  });

  it("a photographer is not an author and prose starting with 'Oleh' is not a byline", () => {
    const a = parseArticle(
      `${LEAD}\nPewarta Foto: Hafidz Mubarak\nOleh karena itu, kedua negara sepakat bekerja sama.`,
    );
    expect(a.authors).toEqual([]);
    expect(a.body).toContain("Oleh karena itu");
  });
});

describe("related articles never reach the body", () => {
  it("'Baca juga:' alone takes the titles under it", () => {
    const b = body(
      "Baca juga:",
      "Serbia dan Kosovo gagal sepakat",
      "Turki dukung pengakuan Kosovo",
    );
    expect(b).not.toMatch(/Serbia|Turki/);
    expect(b).toContain(LAST);
  });

  it("a teaser closed by 'RUBRIC | date' is cut with its title and blurb", () => {
    const b = body(
      "Indonesia dan Arab Saudi Perkuat Hubungan Dagang",
      "Arab Saudi menambah kuota jemaah haji.",
      "DUNIA | 8 April 2021",
    );
    expect(b).not.toMatch(/Arab Saudi|DUNIA/);
    expect(b).toContain(LAST);
  });

  it("everything after a related-section heading goes, footer included", () => {
    const page = `${LEAD}\n${LAST}\n\nBERITA LAINNYA\n\nJepang dan China Bertemu\n\nCopyright © 2021 BeritaSatu`;
    const a = parseArticle(page);
    expect(a.body).toBe(`${LEAD.replace("Jakarta (ANTARA) - ", "")}\n\n${LAST}`);
    expect(a.publishedAt).toEqual({ year: 2021 });
  });

  it("a share button or related heading above the lead does not cut the article", () => {
    const a = parseArticle(
      `Judul Berita Dua Negara Bertemu\nSHARE :\nBerita Terkait\n${LEAD}\n${LAST}`,
    );
    expect(a.body).toContain(LAST);
  });
});

describe("publishers data", () => {
  it.each([
    ["Beritasatu.com", "BeritaSatu"],
    ["KOMPAS.com", "Kompas"],
    ["TEMPO.CO", "Tempo"],
    ["Kantor Berita ANTARA", "ANTARA"],
    ["detikcom", "Detik"],
    ["Okezone", "Okezone"],
    ["SINDOnews", "Sindonews"],
    ["Merdeka.com", "Merdeka"],
    ["tirto.id", "Tirto"],
    ["Bisnis.com", "Bisnis Indonesia"],
    ["Jakarta Post", "The Jakarta Post"],
    ["VOA Indonesia", "VOA Indonesia"],
    ["BBC News Indonesia", "BBC Indonesia"],
    ["Reuters", "Reuters"],
    ["Agence France-Presse", "AFP"],
    ["Associated Press", "AP"],
  ])("%j is %j", (name, canonical) => {
    expect(canonicalPublisher(name)).toBe(canonical);
  });

  it("knows publishers by their web address and inside a phrase", () => {
    expect(publisherFromUrl("https://nasional.kompas.com/read/2025/1")).toBe("Kompas");
    expect(publisherFromUrl("https://www.bbc.com/indonesia/articles/x")).toBe("BBC Indonesia");
    expect(publisherFromUrl("not a url")).toBeNull();
    expect(publisherInPhrase("PT Suara Pembaruan")).toBe("Suara Pembaruan");
    expect(canonicalPublisher("Harian Lokal")).toBeNull();
  });
});
