import { describe, expect, it } from "vitest";
import { analyseSentence } from "./sentence-parties.js";
import { pairsIn } from "./testing.js";

const abroad = (text: string) => [
  ...analyseSentence({ index: 1, paragraph: 0, text }, [], 2024).abroad,
];
const pairs = (body: string) => pairsIn(body);

describe("consular matters", () => {
  it("when a country is only where one's citizens or mission are ('WNI di Amerika Serikat (AS)'), it is a host, not a counterpart", () => {
    expect(
      abroad(
        "Pemerintah Indonesia membantu seorang warga negara Indonesia (WNI) di Amerika Serikat (AS).",
      ),
    ).toEqual(["US"]);
    expect(abroad("Ia menghubungi kedutaan Indonesia di Jepang untuk meminta bantuan.")).toEqual([
      "JP",
    ]);
    expect(
      abroad("Tiga mengaku telah didatangi pihak Kedutaan Besar Indonesia di Amerika."),
    ).toEqual(["US"]);
  });

  it("when a country is only where one's citizens travel ('Warga Negara Indonesia yang berencana berkunjung ke Yordania'), it is no counterpart", () => {
    expect(
      abroad(
        "Kedutaan Indonesia mengimbau seluruh Warga Negara Indonesia yang berencana melakukan kunjungan ke Yordania untuk menunda rencananya hingga situasi di Yordania pulih.",
      ),
    ).toEqual(["JO"]);
    expect(abroad("Turki membantu mencegah masuknya WNI ke negara Suriah.")).toEqual(["SY"]);
    // A country named only as a place, with no citizens or mission there, is not a host.
    expect(abroad("Indonesia mendukung konservasi candi di Yordania.")).toEqual([]);
  });

  it("when an article only helps its citizens abroad, it ties no states", () => {
    expect(
      pairs(
        "Pemerintah Indonesia memberikan bantuan kepada seorang WNI di Kanada yang sakit. Ia meminta bantuan kedutaan Indonesia di Kanada.",
      ),
    ).toEqual([]);
  });

  it("when the host country acts too, it is a party as usual", () => {
    expect(abroad("Kanada menahan seorang WNI di Kanada.")).toEqual([]);
    expect(
      pairs(
        "Kanada menolak memberikan akses kekonsuleran kepada Indonesia. Indonesia memprotes Kanada.",
      ),
    ).toEqual(["CA-ID"]);
  });
});

describe("people of a country are not its state", () => {
  const parties = (text: string) => [
    ...analyseSentence({ index: 1, paragraph: 0, text }, [], 2024).parties,
  ];

  it("when a man or an actor is named by his country, the country does not act", () => {
    expect(
      parties("Seorang pria Malaysia diadili di pengadilan Singapura atas pembunuhan."),
    ).toEqual(["SG"]);
    expect(parties("Aktor Korea Selatan dan aktor Taiwan berkunjung ke Candi Prambanan.")).toEqual(
      [],
    );
  });

  it("when companies, an industry or a school are named by their country, it does not act", () => {
    expect(
      parties("Industri otomotif Jepang khawatir akan ekspor produknya ke Meksiko.").sort(),
    ).toEqual(["MX"]);
    expect(parties("Perusahaan Jepang berinvestasi di pabrik baru di Vietnam.")).toEqual(["VN"]);
    expect(parties("Institut Prancis di Indonesia bekerja sama dengan sebuah restoran.")).toEqual([
      "ID",
    ]);
  });

  it("when a firm is described before its country ('perusahaan ... terbesar Tiongkok'), it does not act", () => {
    expect(
      parties("Investor baru itu termasuk perusahaan group buying terbesar Tiongkok Meituan."),
    ).toEqual([]);
    expect(parties("Dua perusahaan perkebunan kelapa sawit asal Malaysia membantah.")).toEqual([]);
  });

  it("when a clause stands between ('pemberontak Houthi yang didukung oleh Iran'), the country acts", () => {
    expect(
      parties("Pemberontak Houthi yang selama ini didukung oleh Iran menyerang kota itu."),
    ).toEqual(["IR"]);
  });

  it("when a film, a dish, coffee or batik is named by its country, the country does not act", () => {
    expect(parties("Film Peru itu meraih penghargaan dari pemerintah Kanada.")).toEqual(["CA"]);
    expect(parties("Kopi Kenya sulit menembus pasar Ghana.")).toEqual(["GH"]);
  });

  it("when a colonial past or its legacy is named by its country, the country does not act", () => {
    expect(
      parties("Pasal itu berwatak kolonial, undang-undang peninggalan Belanda di Indonesia."),
    ).toEqual(["ID"]);
    expect(parties("Bangunan warisan Portugal itu dipugar pemerintah Peru.")).toEqual(["PE"]);
  });

  it("when the public or a diaspora is named by its country, it does not act", () => {
    expect(parties("Festival itu memperkenalkan budaya Peru kepada masyarakat Kanada.")).toEqual([
      "PE",
    ]);
    expect(parties("Diaspora Nigeria di Ghana menggelar pawai.")).toEqual(["GH"]);
  });

  it("when food or drink is named by its country, the country does not act", () => {
    expect(parties("Ramen merupakan salah satu makanan Jepang yang digemari di Peru.")).toEqual([
      "PE",
    ]);
    expect(parties("Cara makan orang Peru berbeda dengan ramen khas Jepang.")).toEqual(["PE"]);
  });

  it("when pilgrims or a pilgrimage committee are named by a country, the country does not act", () => {
    expect(
      parties(
        "Panitia Penyelenggara Ibadah Haji (PPIH) Arab Saudi memberi penghargaan kepada Peru.",
      ),
    ).toEqual(["PE"]);
    expect(parties("Peru melayani jamaah haji Chile dengan baik.")).toEqual(["PE"]);
  });

  it("when football supporters are named by their country, the country does not act", () => {
    expect(parties("Saat itu, suporter Peru menyerang pendukung Chile di tribun.")).toEqual(["CL"]);
  });

  it("when a scholar is named by their country, the country does not act", () => {
    expect(parties("Peru menggugat profesor Chile karena diduga mencuri teknologi.")).toEqual([
      "PE",
    ]);
  });

  it("when the state itself acts, it stays a party", () => {
    expect(parties("Malaysia mengadili seorang pria di pengadilan Singapura.").sort()).toEqual([
      "MY",
      "SG",
    ]);
  });
});
