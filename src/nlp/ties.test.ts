import { describe, expect, it } from "vitest";
import { pairsIn } from "./testing.js";

const pairs = pairsIn;

describe("deciding which pairs an article ties", () => {
  it("ties two countries acting together with a relation word", () => {
    expect(
      pairs(
        "Jepang dan Vietnam sepakat memperkuat kerja sama maritim. Kedua negara juga membahas perdagangan.",
      ),
    ).toEqual(["JP-VN"]);
  });

  it("does not tie countries merely mentioned in passing", () => {
    expect(
      pairs("Harga minyak naik. Analis di Singapura mencatat permintaan dari Jerman melemah."),
    ).toEqual([]);
  });

  it("counts both countries in a published headline as strong evidence", () => {
    expect(
      pairs("Kedua menteri bertemu di ibu kota.", "Mesir dan Yordania bahas perdagangan"),
    ).toEqual(["EG-JO"]);
  });

  it("does not tie every pair in a list of summit attendees", () => {
    const body =
      "KTT dihadiri Indonesia, Malaysia, Thailand, Vietnam, Filipina dan Singapura. Presiden Indonesia Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim membahas perbatasan. Kedua pemimpin sepakat mempercepat perundingan.";
    expect(pairs(body)).toEqual(["ID-MY"]);
  });

  it("knows a country by its leader named earlier in the article", () => {
    const body =
      "Presiden Prancis Emmanuel Macron tiba di Jakarta. Macron bertemu dengan Presiden Indonesia Prabowo Subianto dan membahas kerja sama pertahanan. Prabowo menyambut baik tawaran Macron.";
    expect(pairs(body)).toEqual(["FR-ID"]);
  });

  it("ties a pair where one acts on the other outside the lead", () => {
    const body =
      "Presiden Ghana bertemu Presiden Nigeria di Accra. Kedua pemimpin sepakat memperkuat kerja sama. Harga kakao naik. Sementara itu, Togo menuduh Benin melanggar perbatasan. Pejabat Benin dan Togo belum berkomentar.";
    expect(pairs(body)).toEqual(["GH-NG", "BJ-TG"]);
  });

  it("reads a title-cased headline's 'di Perbatasan, Kenya' as Kenya acting, not a venue", () => {
    const body =
      "Kenya memanggil diplomat Uganda dan Tanzania setelah insiden di perbatasan. Kenya menuduh Uganda melanggar wilayahnya.";
    expect(
      pairs(body, "Insiden di Perbatasan, Kenya Panggil Diplomat Uganda dan Tanzania"),
    ).toEqual(["KE-UG", "KE-TZ"]);
  });

  it("does not take a city-and-country venue for a party", () => {
    const body =
      "Presiden Brasil Lula bertemu Perdana Menteri India Narendra Modi di sela-sela KTT G20 di Hamburg, Jerman. Kedua pemimpin membahas kerja sama energi.";
    expect(pairs(body)).toEqual(["BR-IN"]);
  });
});

describe("what is no evidence of a tie", () => {
  it("a sport fixture between two national teams is not a tie between the states", () => {
    const body =
      "Timnas Indonesia bermain imbang melawan Myanmar pada laga uji coba di Yangon. Pelatih timnas Indonesia puas dengan hasil pertandingan melawan Myanmar.";
    expect(pairs(body, "Timnas Indonesia imbang lawan Myanmar")).toEqual([]);
  });

  it("a venue named from the city up to the country is not a party", () => {
    const body =
      "Presiden Indonesia Joko Widodo melakukan pertemuan bilateral dengan Perdana Menteri Australia Malcolm Turnbull di KTT G20, Hamburg, Jerman. Kedua pemimpin membahas kerja sama perdagangan.";
    expect(pairs(body)).toEqual(["AU-ID"]);
  });
});

describe("who faces whom in a sentence", () => {
  it("does not tie two countries that are only the objects of a third", () => {
    const body =
      "Norwegia memanggil duta besar Kuba dan Venezuela setelah insiden di kedutaan. Norwegia menuntut penjelasan resmi dari Kuba dan Venezuela.";
    expect(pairs(body, "Norwegia panggil dubes Kuba dan Venezuela")).toEqual(["CU-NO", "NO-VE"]);
  });

  it("gives each of several countries acting together a tie with their target", () => {
    const body =
      "Kenya, Uganda dan Tanzania menangguhkan hubungan diplomatik dengan Sudan Selatan. Kenya menarik duta besarnya dari Sudan Selatan. Tanzania juga mengecam Sudan Selatan atas serangan di perbatasan. Presiden Kenya menyebut sanksi terhadap Sudan Selatan akan diperluas.";
    expect(pairs(body)).toEqual(["KE-SS", "SS-TZ", "SS-UG"]);
  });

  it("does not tie a country named as a yardstick in the headline", () => {
    const body =
      "Produksi kakao Ghana turun tahun ini. Pemerintah Ghana menyiapkan subsidi pupuk bagi petani.";
    expect(pairs(body, "Produksi Kakao Ghana Tertinggal Dibanding Pantai Gading")).toEqual([]);
  });

  it("reads a leader named in the headline as the country", () => {
    const body =
      "Presiden Chili menawarkan kerja sama energi kepada Argentina. Tawaran itu disampaikan di Santiago.";
    expect(pairs(body, "Boric Tawarkan Kerja Sama Energi ke Argentina")).toEqual(["AR-CL"]);
  });
});
