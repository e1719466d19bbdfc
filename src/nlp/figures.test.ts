import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates.js";
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
