import { describe, expect, it } from "vitest";
import { findMoney, parseNumber } from "./money.js";

const amounts = (text: string) => findMoney(text).map((money) => [money.value, money.currency]);

describe("money amounts", () => {
  it("reads the amount, scale word and currency as the Indonesian news writes them", () => {
    expect(amounts("mencapai 3,2 miliar dolar AS pada 2024")).toEqual([[3.2e9, "USD"]]);
    expect(amounts("mencapai US$174,2 juta")).toEqual([[174.2e6, "USD"]]);
    expect(amounts("sekitar Rp53 triliun")).toEqual([[53e12, "IDR"]]);
    expect(amounts("US$ 18,4 miliar")).toEqual([[18.4e9, "USD"]]);
    expect(amounts("658 juta USD")).toEqual([[658e6, "USD"]]);
    expect(amounts("Rp 3,41 triliun")).toEqual([[3.41e12, "IDR"]]);
  });

  it("reads English amounts with a decimal point", () => {
    expect(amounts("A$26 billion")).toEqual([[26e9, "AUD"]]);
    expect(amounts("$3.2 billion")).toEqual([[3.2e9, "USD"]]);
  });

  it("reads Indonesian thousands separators", () => {
    expect(amounts("Rp 1.500.000")).toEqual([[1.5e6, "IDR"]]);
    expect(parseNumber("1.234,5", false)).toBe(1234.5);
  });

  it("does not take a number without a currency for money", () => {
    expect(amounts("meningkat 210 persen pada tahun 2024")).toEqual([]);
  });

  it("keeps the raw text of each amount", () => {
    const text = "bantuan senilai US$ 235 juta (Rp 3,41 triliun)";
    expect(findMoney(text).map((money) => text.slice(money.start, money.end))).toEqual([
      "US$ 235 juta",
      "Rp 3,41 triliun",
    ]);
  });
});

describe("amounts in words and misspelt scales", () => {
  it("reads a number written in words before a scale word", () => {
    expect(amounts("mencapai tiga miliar dolar AS")).toEqual([[3e9, "USD"]]);
  });

  it("does not take a number word without a scale for money", () => {
    expect(amounts("tiga dolar")).toEqual([]);
  });

  it("reads 'milliar' as miliar and keeps the digits the text gave", () => {
    expect(amounts("impor senilai US$250 milliar")).toEqual([[250e9, "USD"]]);
    expect(amounts("4,1 miliar dollar AS")).toEqual([[4.1e9, "USD"]]);
  });
});

describe("compound numbers in words", () => {
  it("joins tens, teens and hundreds before a scale word", () => {
    expect(amounts("senilai dua puluh lima juta dolar AS")).toEqual([[25e6, "USD"]]);
    expect(amounts("sebesar dua belas miliar rupiah")).toEqual([[12e9, "IDR"]]);
    expect(amounts("hibah seratus lima puluh juta ringgit")).toEqual([[150e6, "MYR"]]);
    expect(amounts("sekitar satu setengah miliar dolar AS")).toEqual([[1.5e9, "USD"]]);
  });

  it("reads English numbers in words", () => {
    expect(amounts("two hundred and fifty million US dollars")).toEqual([[250e6, "USD"]]);
    expect(amounts("a billion dollars")).toEqual([[1e9, "USD"]]);
  });

  it("does not join words that are no number", () => {
    expect(amounts("tiga negara dan dua miliar dolar")).toEqual([[2e9, "USD"]]);
  });
});

describe("money written the English way", () => {
  it("reads a scale word joined by a hyphen", () => {
    expect(findMoney("a $1.85-million grant")).toMatchObject([{ value: 1.85e6, currency: "USD" }]);
  });

  it("reads thousands separated by commas where no Indonesian decimal fits", () => {
    expect(findMoney("paid $1,850,000 to Fiji")).toMatchObject([{ value: 1_850_000 }]);
    expect(findMoney("USD 2,500.50")).toMatchObject([{ value: 2500.5, currency: "USD" }]);
    // One comma is still an Indonesian decimal.
    expect(findMoney("US$ 6,5 miliar")).toMatchObject([{ value: 6.5e9 }]);
  });

  it("reads 'US $' and 'USD$' as US dollars", () => {
    expect(findMoney("US $40 million")).toMatchObject([{ value: 40e6, currency: "USD" }]);
    expect(findMoney("USD$ 3 juta")).toMatchObject([{ value: 3e6, currency: "USD" }]);
  });
});

describe("currencies and ranges", () => {
  it("reads the US dollar written as 'USA$' or 'AS$'", () => {
    expect(amounts("kontrak senilai USA$ 4,5 juta")).toEqual([[4.5e6, "USD"]]);
    expect(amounts("hibah AS$ 2 miliar")).toEqual([[2e9, "USD"]]);
  });

  it("does not take another country's dollar for the US dollar", () => {
    expect(amounts("investasi 7 miliar dolar Kanada")).toEqual([[7e9, "CAD"]]);
    expect(amounts("ekspor NT$ 12 miliar")).toEqual([[12e9, "TWD"]]);
    expect(amounts("bantuan 3 juta dolar Selandia Baru")).toEqual([[3e6, "NZD"]]);
  });

  it("reads the currencies of Asian and other partners", () => {
    expect(amounts("perdagangan 850 juta baht")).toEqual([[850e6, "THB"]]);
    expect(amounts("pinjaman 40 miliar peso")).toEqual([[40e9, "PHP"]]);
    expect(amounts("ekspor 9 miliar lira")).toEqual([[9e9, "TRY"]]);
    expect(amounts("investasi CHF 1,5 miliar")).toEqual([[1.5e9, "CHF"]]);
  });

  it("reads a range as one amount, its lower end", () => {
    expect(amounts("senilai 20-25 juta dolar AS")).toEqual([[20e6, "USD"]]);
    expect(amounts("antara 1–2 miliar euro")).toEqual([[1e9, "EUR"]]);
    expect(amounts("hibah Rp 3 miliar-Rp5 miliar")).toEqual([[3e9, "IDR"]]);
  });

  it("gives the lower end of a range written with words the scale of its upper end", () => {
    expect(amounts("investasi US$ 5 hingga 10 miliar")).toEqual([[5e9, "USD"]]);
    expect(amounts("antara 2 sampai 3 miliar dolar AS")).toEqual([[2e9, "USD"]]);
    expect(amounts("aid of $5 to $10 billion")).toEqual([[5e9, "USD"]]);
  });
});

describe("scales written short", () => {
  it("reads English 'm' for million right after a foreign amount", () => {
    expect(amounts("a grant of £3.5m")).toEqual([[3.5e6, "GBP"]]);
    expect(amounts("aid worth $800m")).toEqual([[800e6, "USD"]]);
  });

  it("reads Indonesian 'M' for miliar and 'T' for triliun after rupiah", () => {
    expect(amounts("hibah Rp 4,5 M")).toEqual([[4.5e9, "IDR"]]);
    expect(amounts("investasi Rp 12 T")).toEqual([[12e12, "IDR"]]);
  });

  it("leaves out a letter that is no scale", () => {
    expect(amounts("Rp 7 m jalan")).toEqual([[7, "IDR"]]);
    expect(amounts("US$ 9 M")).toEqual([[9, "USD"]]);
  });

  it("reads the old spellings 'trilyun' and 'milyard'", () => {
    expect(amounts("Rp 6 trilyun")).toEqual([[6e12, "IDR"]]);
    expect(amounts("USD 3 milyard")).toEqual([[3e9, "USD"]]);
  });
});

describe("English and Malay spellings", () => {
  it("reads three digits after a comma with no scale word as thousands", () => {
    expect(amounts("a grant of $750,000")).toEqual([[750e3, "USD"]]);
    expect(amounts("senilai US$ 2,5 juta")).toEqual([[2.5e6, "USD"]]);
  });

  it("reads plural euros and the Malay 'bilion'", () => {
    expect(amounts("4.5 billion euros")).toEqual([[4.5e9, "EUR"]]);
    expect(amounts("RM3 bilion")).toEqual([[3e9, "MYR"]]);
  });
});

describe("garbled separators", () => {
  it("reads groups of three then a shorter group, all with commas, from the first comma as decimal", () => {
    expect(amounts("mencapai US$ 28,473,1 miliar")).toEqual([[28.4731e9, "USD"]]);
  });

  it("still reads English thousands written with commas", () => {
    expect(amounts("US$ 1,234,567")).toEqual([[1234567, "USD"]]);
  });
});
