import { describe, expect, it } from "vitest";
import { countryName, findCountryMentions, suggestCountries } from "./countries.js";

const codes = (text: string) => findCountryMentions(text).map((mention) => mention.code);

describe("finding countries in text", () => {
  it("recognises Indonesian and English names and the aliases the news uses", () => {
    expect(codes("Rusia, Russia dan Federasi Rusia")).toEqual(["RU", "RU", "RU"]);
    expect(codes("Tiongkok, China, Cina dan RRT")).toEqual(["CN", "CN", "CN", "CN"]);
    expect(codes("Kirgistan, Kirgizstan, Kyrgyzstan")).toEqual(["KG", "KG", "KG"]);
    expect(codes("AS, Amerika Serikat dan USA")).toEqual(["US", "US", "US"]);
    expect(codes("RI dan Indonesia")).toEqual(["ID", "ID"]);
    expect(codes("Inggris, Britania Raya, UK")).toEqual(["GB", "GB", "GB"]);
    expect(codes("Korsel dan Korea Selatan")).toEqual(["KR", "KR"]);
    expect(codes("Kosovo")).toEqual(["XK"]);
  });

  it("takes Zanzibar, a part of Tanzania with its own government, for Tanzania", () => {
    const found = findCountryMentions("Pemerintah Zanzibar menyambut delegasi Indonesia.");
    expect(found.map((mention) => mention.code)).toEqual(["TZ", "ID"]);
  });

  it("prefers the longest name, so Sudan Selatan is not Sudan", () => {
    expect(codes("Sudan Selatan dan Sudan")).toEqual(["SS", "SD"]);
    expect(codes("Uni Emirat Arab")).toEqual(["AE"]);
  });

  it("takes the Republic of China (Republik Cina) for Taiwan, the People's Republic for China", () => {
    expect(codes("Wakil Presiden Republik of Cina Chen Chien-Jen")).toEqual(["TW"]);
    expect(codes("Republik Cina dan Republik Rakyat Cina")).toEqual(["TW", "CN"]);
  });

  it("matches acronyms only in capitals, since 'as' and 'ri' are ordinary words", () => {
    expect(codes("seperti as roda dan ri")).toEqual([]);
    expect(codes("hubungan RI-AS")).toEqual(["ID", "US"]);
  });

  it("does not take a currency for the country", () => {
    expect(codes("3,2 miliar dolar AS")).toEqual([]);
    expect(codes("US$174,2 juta")).toEqual([]);
  });

  it("does not take a phrase that only contains a country's name for the country", () => {
    expect(codes("negara-negara Amerika Latin")).toEqual([]);
    expect(codes("pelajaran bahasa Inggris")).toEqual([]);
    expect(codes("rencana mencaplok Lembah Yordan di Tepi Barat")).toEqual([]);
    expect(codes("settlements in the Jordan Valley")).toEqual([]);
    expect(codes("seperti dilaporkan Russia Today")).toEqual([]);
    expect(codes("dilansir China Daily dan Times of India")).toEqual([]);
  });

  it("when a sea, strait or gulf bears a country's name, it is a place, not the country", () => {
    expect(codes("kapal perang Kanada melintasi Selat Taiwan")).toEqual(["CA"]);
    expect(codes("sengketa di Laut China Selatan dan Laut Cina Timur")).toEqual([]);
    expect(codes("a patrol in the South China Sea")).toEqual([]);
  });

  it("when a country's name follows 'bahasa' it is a language, not the country", () => {
    expect(codes("kursus bahasa Prancis di Bandung dan bahasa Portugal")).toEqual([]);
    expect(codes("Prancis membuka kursus di Bandung")).toEqual(["FR"]);
  });

  it("does not take a company or a non-state group named after a country for the state", () => {
    expect(codes("kilang minyak Saudi Aramco di Abqaiq")).toEqual([]);
    expect(codes("Pasukan Demokratik Suriah (SDF) merebut Raqa")).toEqual([]);
    expect(codes("menurut Syrian Observatory for Human Rights")).toEqual([]);
  });

  it("does not find a name inside another word", () => {
    expect(codes("Nigeria")).toEqual(["NG"]);
    expect(codes("Indonesian")).toEqual(["ID"]);
    expect(codes("Omanisasi")).toEqual([]);
  });

  it("gives offsets that point at the name in the text", () => {
    const text = "Presiden Rusia Vladimir Putin";
    const [mention] = findCountryMentions(text);
    expect(text.slice(mention!.start, mention!.end)).toBe("Rusia");
  });
});

describe("country names and suggestions", () => {
  it("shows a country under its everyday name in each language", () => {
    expect(countryName("RU")).toBe("Rusia");
    expect(countryName("RU", "en")).toBe("Russia");
    expect(countryName("XK")).toBe("Kosovo");
  });

  it("suggests the closest countries for a misspelt name", () => {
    expect(suggestCountries("Malaysiaa")[0]?.code).toBe("MY");
    expect(suggestCountries("Rusa")[0]?.code).toBe("RU");
    expect(suggestCountries("Kazakstan")[0]?.code).toBe("KZ");
  });

  it("suggests nothing for a word that is no country at all", () => {
    expect(suggestCountries("Narnia")).toEqual([]);
  });
});

describe("a model's code", () => {
  it("is no country, though its letters spell one", () => {
    expect(codes("Monumen itu adalah Pesawat AS–202 Bravo, pesawat latih buatan Swiss.")).toEqual([
      "CH",
    ]);
    expect(codes("Hubungan AS-China memanas.")).toEqual(["US", "CN"]);
  });
});

describe("tournaments named after a country", () => {
  it("when a country's name is followed by 'Open', 'Terbuka' or 'Masters' it is a tournament", () => {
    expect(codes("Wakil Indonesia lolos di China Open dan Malaysia Terbuka.")).toEqual(["ID"]);
    expect(codes("Indonesia Masters digelar di Jakarta.")).toEqual([]);
  });
});

describe("names of people that begin with a country's name", () => {
  it("when a country's name is followed by 'al-' or 'bin' it is a person's name, not the country", () => {
    expect(codes("Juru bicara koalisi Kolonel Turki al-Maliki mengatakan Iran terlibat.")).toEqual([
      "IR",
    ]);
    expect(codes("Pangeran Turki bin Faisal pernah memimpin intelijen Arab Saudi.")).toEqual([
      "SA",
    ]);
  });

  it("still finds the country followed by an ordinary word", () => {
    expect(codes("Turki akan membeli rudal dari Rusia.")).toEqual(["TR", "RU"]);
  });
});
