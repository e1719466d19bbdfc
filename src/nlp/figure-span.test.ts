import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates.js";
import { cumulativeSpan, periodOfSentenceBefore } from "./figure-span.js";
import { extractFigures } from "./figures.js";

const reference = { year: 2019, month: 9, day: 15 };
const figures = (text: string) => extractFigures(text, findDateMentions(text, reference));

describe("a running total since one year up to another", () => {
  it("has no year, and the span as its period", () => {
    const [figure] = figures(
      "Investasi Jepang sejak tahun 2010 sampai semester I/2019 mencapai US$4 miliar.",
    );
    expect(figure).toMatchObject({
      amount: { value: 4e9 },
      year: null,
      period: "sejak tahun 2010 sampai semester I/2019",
    });
  });

  it("reads 'hingga' and English 'since ... to' the same way", () => {
    expect(cumulativeSpan("Bantuan Jepang sejak 2005 hingga 2018 berjumlah US$", 51)).toEqual({
      year: null,
      period: "sejak 2005 hingga 2018",
    });
    const text = "Japan's aid since 2005 to 2018 totalled US$1 billion.";
    expect(cumulativeSpan(text, text.indexOf("US$"))?.year).toBeNull();
  });

  it("leaves an amount in another clause after the span to its own year", () => {
    const [own] = figures(
      "Sejak 2014 hingga 2018 hubungan membaik, dan pada 2019 ekspor ke Peru mencapai US$3 miliar.",
    );
    expect(own).toMatchObject({ year: 2019 });
  });

  it("needs the span to end after it starts", () => {
    const text = "Sejak 2019 sampai 2019 investasi Peru mencapai US$3 miliar.";
    expect(cumulativeSpan(text, text.indexOf("US$"))).toBeNull();
  });
});

describe("an undated amount after a sentence naming a span of months", () => {
  it("reports that span", () => {
    const before = "BPS mencatat impor dari 13 negara sepanjang Januari hingga Agustus 2019.";
    const [figure] = extractFigures("Impor dari Jepang mencapai US$ 10 miliar.", [], {
      year: 2019,
      previous: [before],
    });
    expect(figure).toMatchObject({ year: 2019 });
  });

  it("does not take a single date, or two spans, of the sentence before", () => {
    expect(periodOfSentenceBefore("Menteri tiba di Lima, Senin (16/9/2019).", 2019)).toBeNull();
    expect(
      periodOfSentenceBefore("Januari-Maret 2018 naik, dan Januari-Maret 2019 turun.", 2019),
    ).toBeNull();
  });

  it("keeps the amount's own year", () => {
    const before = "BPS mencatat impor sepanjang Januari hingga Agustus 2019.";
    const [figure] = extractFigures("Pada 2018 impor dari Jepang mencapai US$ 9 miliar.", [], {
      year: 2019,
      previous: [before],
    });
    expect(figure).toMatchObject({ year: 2018 });
  });
});
