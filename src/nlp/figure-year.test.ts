import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates.js";
import { extractFigures } from "./figures.js";

const reference = { year: 2019, month: 9, day: 15 };
const figures = (text: string) =>
  extractFigures(text, findDateMentions(text, reference), { year: reference.year });

describe("the year of a figure, not the day of an act", () => {
  it("does not take the year of a single day named before the amount", () => {
    const [figure] = figures(
      "Presiden menunda kenaikan tarif 1 Oktober terhadap impor barang Kanada senilai USD50 miliar.",
    );
    expect(figure).toMatchObject({ amount: { value: 50e9 }, year: null });
  });

  it("does not take the year of a week or a day counted from now", () => {
    const [week] = figures(
      "Pertemuan pekan ini membahas tarif atas impor barang Kanada senilai USD50 miliar.",
    );
    expect(week).toMatchObject({ year: null });
    const [yesterday] = figures("Kemarin Chile menawarkan bantuan senilai US$5 juta.");
    expect(yesterday).toMatchObject({ year: null });
  });

  it("does not take the year of a span of days after the amount", () => {
    const [figure] = figures(
      "AS menunda tarif atas barang Kanada senilai USD50 miliar, dari 1 Oktober hingga 15 Oktober.",
    );
    expect(figure).toMatchObject({ year: null });
  });

  it("does not take the year of a relative date that comes before a verb of saying", () => {
    const [said] = figures(
      "Bulan lalu, AS mengatakan akan menaikkan tarif atas impor Kanada senilai USD50 miliar.",
    );
    expect(said).toMatchObject({ year: null });
    const [stated] = figures(
      "Pada Agustus 2019, BPS mengatakan impor dari Kanada mencapai US$358 juta.",
    );
    expect(stated).toMatchObject({ year: 2019 });
  });

  it("still takes the year of a month or a year", () => {
    const [month] = figures("Pada Agustus 2019 ekspor ke Peru mencapai US$3 miliar.");
    expect(month).toMatchObject({ year: 2019 });
    const [year] = figures("Ekspor ke Peru pada 2018 mencapai US$2 juta.");
    expect(year).toMatchObject({ year: 2018 });
    const [lastMonth] = figures("Bulan lalu impor dari Peru mencapai US$1 miliar.");
    expect(lastMonth).toMatchObject({ year: 2019 });
  });
});
