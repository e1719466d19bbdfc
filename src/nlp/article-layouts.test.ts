import { describe, expect, it } from "vitest";
import { parseArticle } from "./article-parser.js";

const LEAD_TAIL =
  "kedua negara sepakat memperluas kerja sama perdagangan, energi dan pendidikan dalam pertemuan bilateral.";
const SECOND =
  "Kedua menteri juga membahas rencana kunjungan kenegaraan tahun depan ke ibu kota masing-masing.";

describe("datelines of other publishers", () => {
  it.each([
    ["JAKARTA, KOMPAS.com - Vietnam dan Korea Selatan", "Jakarta", "Kompas"],
    ["Jakarta, CNN Indonesia -- Vietnam dan Korea Selatan", "Jakarta", "CNN Indonesia"],
    ["TEMPO.CO, Jakarta - Vietnam dan Korea Selatan", "Jakarta", "Tempo"],
    ["Liputan6.com, Jakarta - Vietnam dan Korea Selatan", "Jakarta", "Liputan6"],
    ["REPUBLIKA.CO.ID, JAKARTA -- Vietnam dan Korea Selatan", "Jakarta", "Republika"],
    ["KONTAN.CO.ID - JAKARTA. Vietnam dan Korea Selatan", "Jakarta", "Kontan"],
    ["Beijing (Xinhua) - Vietnam dan Korea Selatan", "Beijing", "Xinhua"],
    ["Suara.com - Vietnam dan Korea Selatan", null, "Suara"],
    ["WASHINGTON DC — Vietnam dan Korea Selatan", "Washington DC", null],
  ])("%j gives the place and the publisher", (opening, place, publisher) => {
    const a = parseArticle(`${opening} ${LEAD_TAIL}\n${SECOND}`);
    expect(a.dateline).toBe(place);
    expect(a.publisher).toBe(publisher);
    expect(a.body.split("\n\n")[0]).toBe(`Vietnam dan Korea Selatan ${LEAD_TAIL}`);
  });

  it("a hyphenated pair at the start of a lead is not a dateline", () => {
    const a = parseArticle(`Rusia-Malaysia ${LEAD_TAIL}`);
    expect(a.dateline).toBeNull();
    expect(a.body).toBe(`Rusia-Malaysia ${LEAD_TAIL}`);
  });
});

describe("pages laid out differently", () => {
  it("a Detik-style page: site name, rubric, date line with time, place-only dateline", () => {
    const page = [
      "detikNews",
      "Internasional",
      "Indonesia-Jepang Teken Kerja Sama Pertahanan",
      "Jumat, 14 Mar 2025 14:30 WIB",
      "Tim detikcom - detikNews",
      `Jakarta - Indonesia dan Jepang ${LEAD_TAIL}`,
      SECOND,
    ].join("\n");
    const a = parseArticle(page);
    expect(a).toMatchObject({
      title: "Indonesia-Jepang Teken Kerja Sama Pertahanan",
      titleDerived: false,
      publisher: "Detik",
      publishedAt: { year: 2025, month: 3, day: 14 },
      dateline: "Jakarta",
    });
    expect(a.body).toBe(`Indonesia dan Jepang ${LEAD_TAIL}\n\n${SECOND}`);
  });

  it("a page without dateline: body after the headline, tags and comments cut", () => {
    const page = [
      "kumparan",
      "",
      "Vietnam dan Korea Selatan Perkuat Kerja Sama Baterai",
      "",
      "Penulis Ahmad Naufal | Editor Rizal Nugroho",
      "Kompas.com - 03/02/2025, 09:10 WIB",
      "",
      `Vietnam dan Korea Selatan ${LEAD_TAIL}`,
      "",
      SECOND,
      "",
      "Tags: Vietnam, Korea Selatan, Jepang",
      "Komentar",
      "Tulis komentar tentang Jepang dan China di sini.",
    ].join("\n");
    const a = parseArticle(page);
    expect(a.title).toBe("Vietnam dan Korea Selatan Perkuat Kerja Sama Baterai");
    expect(a.publisher).toBe("kumparan");
    expect(a.publishedAt).toEqual({ year: 2025, month: 2, day: 3 });
    expect(a.authors).toEqual(["Ahmad Naufal"]);
    expect(a.editors).toEqual(["Rizal Nugroho"]);
    expect(a.dateline).toBeNull();
    expect(a.body).toBe(`Vietnam dan Korea Selatan ${LEAD_TAIL}\n\n${SECOND}`);
  });

  it("without a dateline, a standfirst under the headline is text, lines above it are not", () => {
    const page = [
      "Internasional",
      "Ekonomi Dunia",
      "Mesir dan Turki Pulihkan Hubungan Diplomatik",
      "Setelah satu dekade, dua negara kembali bertukar duta besar",
      `Mesir dan Turki ${LEAD_TAIL}`,
      SECOND,
    ].join("\n");
    const a = parseArticle(page);
    expect(a.title).toBe("Mesir dan Turki Pulihkan Hubungan Diplomatik");
    expect(a.body.split("\n\n")).toEqual([
      "Setelah satu dekade, dua negara kembali bertukar duta besar",
      `Mesir dan Turki ${LEAD_TAIL}`,
      SECOND,
    ]);
  });

  it("a headline printed twice is the title even below other headline-like lines", () => {
    const page = [
      "Harga Minyak Dunia Naik Tajam Hari Ini",
      "Mesir dan Turki Pulihkan Hubungan Diplomatik",
      "Mesir dan Turki Pulihkan Hubungan Diplomatik",
      `Mesir dan Turki ${LEAD_TAIL}`,
    ].join("\n");
    const a = parseArticle(page);
    expect(a.title).toBe("Mesir dan Turki Pulihkan Hubungan Diplomatik");
    expect(a.body).toBe(`Mesir dan Turki ${LEAD_TAIL}`);
  });

  it("a dateline is found under a long header of other headlines", () => {
    const others = Array.from(
      { length: 12 },
      (_, i) => `Berita Lain Nomor ${i + 1} Tentang Ekonomi Dunia`,
    );
    const a = parseArticle(
      [...others, "Judul Berita Ini", "Judul Berita Ini", `Jakarta (ANTARA) - ${LEAD_TAIL}`].join(
        "\n",
      ),
    );
    expect(a.dateline).toBe("Jakarta");
    expect(a.title).toBe("Judul Berita Ini");
    expect(a.body).toBe(LEAD_TAIL);
  });

  it("a page that is only text gets a derived title and a short lead stays whole", () => {
    const a = parseArticle("Mesir dan Turki memulihkan hubungan diplomatik.\nIni paragraf kedua.");
    expect(a.title).toBe("Mesir dan Turki memulihkan hubungan diplomatik");
    expect(a.titleDerived).toBe(true);
    expect(a.publisher).toBeNull();
    expect(a.publishedAt).toBeNull();
  });

  it("the publication date prefers the header, then the lead, then the copyright year", () => {
    const lead = `Jakarta (ANTARA) - Pada Senin (16/6), ${LEAD_TAIL}`;
    const copyright = "Copyright © ANTARA 2025";
    expect(
      parseArticle(
        `Judul Berita Tentang Dua Negara\nRabu, 18 Juni 2025 10:00 WIB\n${lead}\n${copyright}`,
      ).publishedAt,
    ).toEqual({ year: 2025, month: 6, day: 18 });
    expect(parseArticle(`${lead}\n${copyright}`).publishedAt).toEqual({
      year: 2025,
      month: 6,
      day: 16,
    });
    expect(
      parseArticle(`Jakarta (ANTARA) - Pada 2 Mei 2024, ${LEAD_TAIL}\n${copyright}`).publishedAt,
    ).toEqual({ year: 2024, month: 5, day: 2 });
    expect(parseArticle(`Jakarta (ANTARA) - ${LEAD_TAIL}\n${copyright}`).publishedAt).toEqual({
      year: 2025,
    });
  });

  it("an updated-at line does not win over the published-at line", () => {
    const page = `Judul Berita Tentang Dua Negara\nDiperbarui 20 Juni 2025, 08:00 WIB\nDiterbitkan 18 Juni 2025, 07:00 WIB\nJakarta (ANTARA) - ${LEAD_TAIL}`;
    expect(parseArticle(page).publishedAt).toEqual({ year: 2025, month: 6, day: 18 });
  });
});

describe("text that is hard to read", () => {
  it("an empty or blank text gives an empty article instead of throwing", () => {
    for (const raw of ["", "   \n\n \r\n", "\u200b"]) {
      expect(parseArticle(raw)).toEqual({
        title: "",
        titleDerived: false,
        publisher: null,
        publishedAt: null,
        authors: [],
        editors: [],
        dateline: null,
        body: "",
        url: null,
      });
    }
  });

  it("a page of nothing but furniture has an empty body but keeps its metadata", () => {
    const a = parseArticle(
      "Baca juga: Serbia dan Kosovo\nPewarta: Virna P Setyorini\nCopyright © ANTARA 2025",
    );
    expect(a.body).toBe("");
    expect(a.publisher).toBe("ANTARA");
    expect(a.authors).toEqual(["Virna P Setyorini"]);
  });

  it("CRLF, non-breaking spaces and zero-width characters read like plain text", () => {
    const plain = `Kuala Lumpur (ANTARA) - Malaysia dan Kosovo ${LEAD_TAIL}\n${SECOND}\nPewarta: Virna P Setyorini\nCopyright © ANTARA 2025`;
    const messy = `\ufeff${plain.replace(/\n/g, "\r\n").replace(/ - /, "\u00a0-\u00a0").replace("Kosovo", "Kos\u200bovo")}`;
    expect(parseArticle(messy)).toEqual(parseArticle(plain));
  });

  it("lines wrapped inside a paragraph are joined, paragraph order is kept", () => {
    const a = parseArticle(
      `Jakarta (ANTARA) - Indonesia dan Brasil sepakat memperluas\nkerja sama energi terbarukan.\n\n${SECOND}\n\nParagraf ketiga ditutup di sini.`,
    );
    expect(a.body.split("\n\n")).toEqual([
      "Indonesia dan Brasil sepakat memperluas kerja sama energi terbarukan.",
      SECOND,
      "Paragraf ketiga ditutup di sini.",
    ]);
  });

  it("a megabyte of text is parsed in reasonable time", () => {
    const paragraph = `Presiden kedua negara bertemu di Jakarta pada Rabu, 14 Mei 2025 dan ${LEAD_TAIL}`;
    const raw = `Jakarta (ANTARA) - ${LEAD_TAIL}\n${Array.from({ length: 6000 }, () => paragraph).join("\n\n")}`;
    expect(raw.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const a = parseArticle(raw);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(a.body.split("\n\n")).toHaveLength(6001);
  });
});
