import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates.js";
import { extractFigures } from "./figures.js";

const reference = { year: 2023, month: 6, day: 1 };
const figures = (text: string) => extractFigures(text, findDateMentions(text, reference));

describe("what a figure measures", () => {
  it("knows exports and imports named by their verbs", () => {
    const [sold] = figures("Vietnam mengekspor lada ke Mesir dengan nilai US$ 42 juta.");
    expect(sold).toMatchObject({ measure: "export", amount: { value: 42e6, currency: "USD" } });
    const [bought] = figures("Kenya mengimpor teh Sri Lanka sebanyak 9 ribu ton, Rp 610 miliar.");
    expect(bought).toMatchObject({ measure: "import", amount: { value: 610e9 } });
  });

  it("knows the trade balance written 'neraca dagang'", () => {
    const [trade] = figures("Neraca dagang Chili dan Korea mencapai 4,1 miliar dolar AS.");
    expect(trade).toMatchObject({ measure: "trade", amount: { value: 4.1e9, currency: "USD" } });
  });

  it("knows development funds as aid", () => {
    const [aid] = figures("Jepang menawarkan dana pembangunan sebesar USD 12 juta untuk Tonga.");
    expect(aid).toMatchObject({ measure: "aid", amount: { value: 12e6, currency: "USD" } });
  });

  it("reads a measure written after the same amount in another currency", () => {
    const [aid] = figures(
      "Norwegia menahan US$ 25 juta (Rp 370 miliar) dalam bantuan untuk Sudan.",
    );
    expect(aid).toMatchObject({
      measure: "aid",
      amount: { value: 25e6, currency: "USD" },
      equivalents: [{ value: 370e9, currency: "IDR" }],
    });
  });

  it("reads a measure an amount is said to be ('yang merupakan hibah')", () => {
    const [grant] = figures("Sekolah itu dibangun dengan Rp 90 miliar yang merupakan hibah Korea.");
    expect(grant).toMatchObject({ measure: "aid", amount: { value: 90e9, currency: "IDR" } });
  });
});

describe("measures with '-nya' and remittances", () => {
  it("knows a measure word with the possessive '-nya'", () => {
    const [deal] = figures("Total pengadaannya dari Prancis mencapai US$ 2,2 miliar.");
    expect(deal).toMatchObject({ measure: "deal", amount: { value: 2.2e9 } });
  });

  it("knows remittances of migrant workers", () => {
    const [sent] = figures("Remitansi pekerja Filipina dari Jepang mencapai US$ 1,3 miliar.");
    expect(sent).toMatchObject({ measure: "remittance", amount: { value: 1.3e9 } });
  });
});

describe("an amount referred back to the sentence before", () => {
  const previous = ["Investasi Norwegia di Ghana pada 2021 mencapai US$ 800 juta."];

  it("gives 'angka tersebut' the measure of the figure before", () => {
    const text = "Angka tersebut naik dari US$ 650 juta pada 2020.";
    const [figure] = extractFigures(text, findDateMentions(text, reference), { previous });
    expect(figure).toMatchObject({ measure: "investment", amount: { value: 650e6 }, year: 2020 });
  });

  it("needs a word that refers back", () => {
    const text = "Harga tiket pesawat ke Accra US$ 900.";
    expect(extractFigures(text, [], { previous })).toEqual([]);
  });
});

describe("giving and equivalents", () => {
  it("knows money given ('pemberian', 'memberikan', 'menyalurkan') as aid", () => {
    const [given] = figures("Kuwait memberikan US$ 30 juta kepada Yaman.");
    expect(given).toMatchObject({ measure: "aid", amount: { value: 30e6, currency: "USD" } });
    const [grant] = figures("Pemberian 5 juta euro dari Belanda diumumkan kemarin.");
    expect(grant).toMatchObject({ measure: "aid", amount: { value: 5e6, currency: "EUR" } });
  });

  it("takes an amount after 'atau sekitar' as the same figure in another currency", () => {
    const found = figures("Qatar memberikan 40 juta dolar AS atau sekitar Rp 560 miliar.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ equivalents: [{ value: 560e9, currency: "IDR" }] });
  });
});

describe("prices and rates", () => {
  it("leaves out an amount per unit: a price or an exchange rate", () => {
    expect(figures("Ekspor minyak Oman ke Jepang dihargai US$ 61 per barel.")).toEqual([]);
    expect(figures("Impor beras Vietnam tercatat Rp 9.000/kg.")).toEqual([]);
  });

  it("keeps an amount per year, a yearly total", () => {
    const [aid] = figures("Bantuan Swiss ke Nepal sebesar US$ 20 juta per tahun.");
    expect(aid).toMatchObject({ measure: "aid", amount: { value: 20e6 } });
  });
});

describe("contrasted amounts", () => {
  it("when a contrast names its own measure, the amount after it measures that", () => {
    const [trade, investment] = figures(
      "Perdagangan Mesir dan Yordania mencapai US$ 2,5 miliar, sedangkan investasi Mesir hanya US$ 20 juta.",
    );
    expect(trade).toMatchObject({ measure: "trade" });
    expect(investment).toMatchObject({ measure: "investment", amount: { value: 20e6 } });
  });

  it("when a contrast names no measure, the amount after it keeps the clause's", () => {
    const [, sudan] = figures("Ekspor ke Mesir US$ 1 miliar, sedangkan ke Sudan US$ 2 juta.");
    expect(sudan).toMatchObject({ measure: "export", amount: { value: 2e6 } });
  });
});
