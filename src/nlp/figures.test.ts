import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates.js";
import { referenceYear } from "./figure-year.js";
import { extractFigures } from "./figures.js";

const reference = { year: 2023, month: 6, day: 1 };
const figures = (text: string) => extractFigures(text, findDateMentions(text, reference));

describe("money figures", () => {
  it("names what the figure measures in the article's words", () => {
    const [figure] = figures("Nilai ekspor Indonesia ke Mesir mencapai US$1,5 miliar pada 2022.");
    expect(figure).toMatchObject({
      measure: "export",
      label: "Nilai ekspor Indonesia",
      amount: { value: 1.5e9, currency: "USD" },
      year: 2022,
    });
  });

  it("ends the label before words that tell how or when, not what", () => {
    const label = (text: string) => figures(text)[0]?.label;
    expect(label("Neraca perdagangan RI-Korsel mengalami surplus US$2 miliar.")).toBe(
      "Neraca perdagangan RI-Korsel",
    );
    expect(label("Ekspor Vietnam tahun lalu sudah US$30 miliar.")).toBe("Ekspor Vietnam");
    expect(label('Ia menyebut "Kesepakatan" senilai US$3 miliar itu.')).toBe("Kesepakatan");
  });

  it("keeps a period the article names instead of a year", () => {
    const [figure] = figures(
      "Selama Januari-Maret 2023, perdagangan kedua negara naik menjadi US$118 juta.",
    );
    expect(figure).toMatchObject({ year: 2023, period: "Januari-Maret 2023" });
  });

  it("resolves 'tahun lalu' against the publication date", () => {
    const [figure] = figures("Tahun lalu, investasi Korea Selatan mencapai US$2 miliar.");
    expect(figure?.year).toBe(2022);
  });

  it("takes the amount in parentheses as the same figure in another currency", () => {
    const [figure, ...rest] = figures(
      "Bantuan senilai US$ 235 juta (Rp 3,41 triliun) diberikan pada tahun 2021.",
    );
    expect(rest).toEqual([]);
    expect(figure).toMatchObject({
      measure: "aid",
      equivalents: [{ value: 3.41e12, currency: "IDR" }],
      year: 2021,
    });
  });

  it("leaves out money whose measure the sentence does not name", () => {
    expect(figures("Harga tiket pesawat US$500 per orang.")).toEqual([]);
  });
});

describe("the year of a figure", () => {
  it("is the nearest year named before the amount, even a bare one", () => {
    const [first, second] = figures(
      "Nilai perdagangan di 2018 mencapai USD34,4 miliar, sedangkan pada semester pertama 2019 perdagangan tercatat USD14,2 miliar.",
    );
    expect(first).toMatchObject({ year: 2018 });
    expect(second).toMatchObject({ year: 2019 });
  });
});

describe("what a figure measures", () => {
  it("knows investment and claims named by their verbs", () => {
    const [invest] = figures("Qatar berinvestasi dua miliar dolar AS ke pelabuhan di Kenya.");
    expect(invest).toMatchObject({ measure: "investment", amount: { value: 2e9 } });
    const [claim] = figures("Warga Fiji menggugat pemerintah Vanuatu sebesar RM 5 juta.");
    expect(claim).toMatchObject({ measure: "claim", amount: { value: 5e6, currency: "MYR" } });
  });

  it("gives an amount compared with an earlier one the same measure", () => {
    const [now, then] = figures(
      "Ekspor teh ke Iran pada semester pertama 2021 mencapai US$80 juta, lebih tinggi dibandingkan periode yang sama pada tahun 2020 yang hanya menyentuh US$61 juta.",
    );
    expect(now).toMatchObject({ measure: "export", year: 2021 });
    expect(then).toMatchObject({ measure: "export", amount: { value: 61e6 }, year: 2020 });
  });

  it("does not give a measure to an amount that is not compared", () => {
    expect(
      figures("Ekspor kopi naik menjadi US$3 juta; harga tiket pesawat ke sana US$400."),
    ).toHaveLength(1);
  });
});

describe("the year of a figure, counted", () => {
  it("takes a year written right after the amount over one before it", () => {
    const [first, second] = figures(
      "Impor gandum dari Kanada tahun 2019 naik menjadi US$900 juta, dari US$700 juta pada 2018.",
    );
    expect(first).toMatchObject({ year: 2019 });
    expect(second).toMatchObject({ year: 2018 });
  });

  it("is not the day the amount was said or reported, written after a speech verb", () => {
    const [said] = figures(
      "Investasi Mesir di Indonesia mencapai US$2 miliar, kata Menteri Investasi, Senin (29/5/2023).",
    );
    expect(said).toMatchObject({ year: null });
    const [own] = figures(
      "Investasi Mesir mencapai US$2 miliar pada 2022, kata Menteri Investasi, Senin (29/5/2023).",
    );
    expect(own).toMatchObject({ year: 2022 });
    const [cited] = figures(
      "Nilai ekspor ke Mesir mencapai US$1 miliar, dilansir Reuters, 29 Mei 2023.",
    );
    expect(cited).toMatchObject({ year: null });
  });

  it("when the article gives a financial year ('2022-23'), is the year it ends", () => {
    const [english] = figures("Two-way trade between Chile and Peru was A$26 billion in 2022-23.");
    expect(english).toMatchObject({ year: 2023, period: "2022-23" });
    const [slash] = figures("Perdagangan Chile-Peru 2022/23 mencapai US$ 3 miliar.");
    expect(slash).toMatchObject({ year: 2023, period: "2022/23" });
  });

  it("counts 'tahun sebelumnya' back from the year named before it, else from now", () => {
    const [, before] = figures(
      "Pada 2020 hibah Korea Selatan US$30 juta, sedangkan tahun sebelumnya US$20 juta.",
    );
    expect(before).toMatchObject({ amount: { value: 20e6 }, year: 2019 });
    const text =
      "Transaksi di pameran itu Rp 9 miliar, di atas tahun sebelumnya senilai Rp 6 miliar.";
    const [current, previous] = extractFigures(text, findDateMentions(text, reference), {
      year: 2023,
    });
    // The base of a comparison is not the year of the amount before it.
    expect(current).toMatchObject({ year: null });
    expect(previous).toMatchObject({ year: 2022 });
  });

  it("reads a country's market share in another, in money, as its exports there", () => {
    const [figure] = figures(
      "Pangsa pasar kopi Indonesia di Turki hanya 208.000 dolar Amerika Serikat pada 2015.",
    );
    expect(figure).toMatchObject({
      measure: "export",
      amount: { value: 208_000, currency: "USD" },
      year: 2015,
    });
  });

  it("gives the two ends of a change from one year to the next their own years", () => {
    const [from, to] = figures(
      "Defisit perdagangan Chile dengan Peru pada 2017 ke 2018 melebar, dari US$1,4 miliar menjadi US$2,1 miliar.",
    );
    expect(from).toMatchObject({ amount: { value: 1.4e9 }, year: 2017 });
    expect(to).toMatchObject({ amount: { value: 2.1e9 }, year: 2018 });
  });

  it("counts 'sekarang' and 'saat ini' as the year the article is published", () => {
    const text =
      "Target perdagangan kedua negara menjadi US$30 miliar di tahun 2025, naik dari yang sekarang sekitar US$18 miliar.";
    const [target, now] = extractFigures(text, findDateMentions(text, reference), { year: 2023 });
    expect(target).toMatchObject({ amount: { value: 30e9 }, year: 2025 });
    expect(now).toMatchObject({ amount: { value: 18e9 }, year: 2023 });
    const offer = "Cina saat ini menawarkan bantuan sebesar US$8 juta kepada Solomon.";
    const [aid] = extractFigures(offer, findDateMentions(offer, reference), { year: 2023 });
    expect(aid).toMatchObject({ year: 2023 });
  });

  it("resolves 'tahun lalu' on an undated page from the latest month it names", () => {
    const page = "Tahun lalu, perdagangan kedua negara mencapai US$40 juta.";
    const later = "Sepanjang April-Juni 2024, ekspor naik.";
    const mentions = [...findDateMentions(page, null), ...findDateMentions(later, null)];
    const year = referenceYear(null, [...mentions, ...findDateMentions("visi 2020-2045", null)]);
    expect(year).toBe(2024);
    const [figure] = extractFigures(page, findDateMentions(page, null), { year });
    expect(figure).toMatchObject({ year: 2023, period: null });
  });
});

describe("figures beyond trade", () => {
  it("knows arms and equipment sales and purchases", () => {
    const [sale] = figures(
      "Brasil menyetujui penjualan senjata ke Peru senilai USD 1,2 miliar pada 2022.",
    );
    expect(sale).toMatchObject({ measure: "arms", amount: { value: 1.2e9, currency: "USD" } });
    expect(sale?.year).toBe(2022);
    const [jets] = figures("Mesir membeli 24 jet tempur dari Prancis senilai 6,5 miliar dolar AS.");
    expect(jets).toMatchObject({ measure: "deal", amount: { value: 6.5e9, currency: "USD" } });
    const [english] = figures("Norway signed a contract worth $450 million for Chilean frigates.");
    expect(english).toMatchObject({ measure: "deal", amount: { value: 450e6, currency: "USD" } });
  });

  it("knows assets seized or frozen", () => {
    const [frozen] = figures("Kanada membekukan aset bank sentral Laos sebesar US$ 30 juta.");
    expect(frozen).toMatchObject({ measure: "assets", amount: { value: 30e6 } });
  });

  it("knows aid cut or suspended, loans, debt and fines", () => {
    const [cut] = figures("Belanda memangkas bantuan untuk Mali sebesar 2 miliar euro.");
    expect(cut).toMatchObject({ measure: "cut", amount: { value: 2e9, currency: "EUR" } });
    const [loan] = figures("Kuwait memberi pinjaman 50 juta dolar AS kepada Yordania.");
    expect(loan).toMatchObject({ measure: "loan", amount: { value: 50e6, currency: "USD" } });
    const [fine] = figures("Polandia dijatuhi denda Rp 4 miliar oleh pengadilan Jerman.");
    expect(fine).toMatchObject({ measure: "fine", amount: { value: 4e9, currency: "IDR" } });
  });

  it("reads the measure written right after the amount", () => {
    const [aid] = figures("Swedia menahan US$ 15 juta bantuan militer untuk Chad.");
    expect(aid).toMatchObject({ measure: "aid", label: "Bantuan militer" });
    const [english] = figures("Oman received $1.85 million in grants from Qatar.");
    expect(english).toMatchObject({ measure: "aid", amount: { value: 1.85e6, currency: "USD" } });
    expect(figures("Harga tiket US$ 40 ke Yordania.")).toEqual([]);
  });

  it("reads a measure described by a word or two after a joiner ('in new development aid')", () => {
    const [english] = figures("Norway will provide $50 million in new development assistance.");
    expect(english).toMatchObject({ measure: "aid", amount: { value: 50e6, currency: "USD" } });
    const [hibah] = figures("Swedia menyerahkan US$ 2 juta dalam bentuk hibah baru.");
    expect(hibah).toMatchObject({ measure: "aid", label: "Hibah" });
    expect(figures("Tiket US$ 40 baru bantuan untuk Chad.")).toEqual([]);
  });

  it("gives an amount valued as a thing ('senilai', 'worth') the measure of a deal", () => {
    const [deal] = figures("Chile menyerahkan kapal tanker senilai US$ 80 juta kepada Peru.");
    expect(deal).toMatchObject({ measure: "deal", amount: { value: 80e6, currency: "USD" } });
    expect(deal?.label).toMatch(/kapal tanker$/i);
    const [english] = figures("Ghana handed over a cocoa shipment worth $3 million to Togo.");
    expect(english).toMatchObject({ measure: "deal", amount: { value: 3e6 } });
  });

  it("leaves out a value that is a project's cost, a budget or a price", () => {
    expect(figures("Jalan tol itu proyek senilai US$ 2 miliar.")).toEqual([]);
    expect(figures("Tiketnya seharga Rp 500 ribu.")).toEqual([]);
    // A tour package's or a ticket's value is a price too.
    expect(figures("Paket tersebut senilai Rp 75 juta.")).toEqual([]);
  });
});

describe("a figure that refers back to the sentences before it in its paragraph", () => {
  const inContext = (text: string, ...previous: string[]) =>
    extractFigures(text, findDateMentions(text, reference), { year: 2019, previous });

  it("takes the measure the sentence before names without an amount ('angka penurunannya')", () => {
    const [figure] = inContext(
      '"Angka penurunannya mencapai 358,7 juta dollar AS," ujarnya.',
      "BPS mencatat penurunan tajam pada Agustus 2019.",
      "Kepala BPS mengatakan, penurunan impor dari China merupakan yang terbesar.",
    );
    expect(figure).toMatchObject({ measure: "import", amount: { value: 358.7e6 }, year: 2019 });
  });

  it("takes the last year its paragraph named when its own sentence names none", () => {
    const [figure] = inContext(
      "Sementara nilai ekspor ke China turun jadi 3,7 miliar dollar AS.",
      "Pada Juli 2018, ekspor ke China sebesar 4,1 miliar dollar AS.",
    );
    expect(figure).toMatchObject({ measure: "export", year: 2018 });
  });
});
