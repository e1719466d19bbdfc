import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze.js";
import { pairOf } from "./pairs.js";
import { analyseSentence } from "./sentence-parties.js";
import { articleOf, pairsIn } from "./testing.js";
import { candidatePairs, FEATURES, type Features } from "./tie-features.js";
import { rankCandidates, type TieModel, tiesOf } from "./ties.js";

const pairs = pairsIn;

describe("deciding which pairs an article ties", () => {
  it("ties two countries acting together with a relation word", () => {
    expect(
      pairs(
        "Jepang dan Vietnam sepakat memperkuat kerja sama maritim. Kedua negara juga membahas perdagangan.",
      ),
    ).toEqual(["JP-VN"]);
  });

  it("when the talks and the war are with an armed group, the country where they happen is no side", () => {
    const body =
      "Presiden AS Donald Trump mengatakan pembicaraan dengan Taliban, yang bertujuan untuk mengakhiri perang 18 tahun di Afghanistan, telah mati. Sebelumnya, kedua belah pihak dilaporkan selangkah lagi menyelesaikan kesepakatan. Enam belas tentara AS tewas di Afghanistan pada tahun ini. Trump telah membuat penarikan pasukan AS dari Afghanistan sebagai tujuan utama kebijakan luar negerinya.";
    expect(pairs(body, "Trump: Pembicaraan Damai dengan Taliban Telah Mati")).toEqual([]);
  });

  it("'both sides' of a deal are the pair where no armed group is named", () => {
    const body =
      "Menteri BUMN mengawal lima BUMN untuk menggarap proyek tambang di Madagaskar. Kerja sama tersebut akan memberikan dampak positif bagi kedua belah pihak, yaitu Indonesia dan Madagaskar.";
    expect(pairs(body, "Rini Kawal 5 BUMN Garap Proyek Tambang di Madagaskar")).toEqual(["ID-MG"]);
  });

  it("does not tie countries merely mentioned in passing", () => {
    expect(
      pairs("Harga minyak naik. Analis di Singapura mencatat permintaan dari Jerman melemah."),
    ).toEqual([]);
  });

  it("a pair named together in the headline with a relation word in the lead is a tie", () => {
    expect(
      pairs(
        "Presiden Ghana menerima kunjungan Presiden Nigeria di Accra. Ekonomi Ghana tumbuh.",
        "Ghana dan Nigeria sepakat perkuat kerja sama",
      ),
    ).toEqual(["GH-NG"]);
  });

  it("when a headline of its own leaves the pair out and the lead only names their dispute as a cause, the pair is passed by", () => {
    const body =
      "Bank-bank nasional mengatur ulang penyaluran kredit. Perang dagang antara Amerika Serikat dan China memukul permintaan global.";
    expect(pairs(body, "Perbankan atur ulang penyaluran kredit")).toEqual([]);
    // Without a headline of its own, the lead is all there is to go by: the pair leads.
    expect(pairs(body)).toEqual(["CN-US"]);
  });

  it("when the headline leaves the pair out but the lead's subject is one of them, the pair leads", () => {
    const body =
      "Duta Besar Kanada untuk Meksiko menyampaikan duka cita atas wafatnya mantan presiden Meksiko. Ia mengenang persahabatan mereka.";
    expect(pairs(body, "Duta besar kenang sang mantan presiden")).toEqual(["CA-MX"]);
  });

  it("when the headline leaves the pair out but one acts on the other, the pair is tied", () => {
    const body =
      "Bank-bank nasional mengatur ulang penyaluran kredit. Amerika Serikat menjatuhkan sanksi terhadap China pekan ini.";
    expect(pairs(body, "Perbankan atur ulang penyaluran kredit")).toEqual(["CN-US"]);
  });

  it("when only the headline names both and no sentence of the body does, the pair is not a tie", () => {
    const body =
      "Menteri Keuangan Mesir memantau dampak lonjakan harga minyak. Ia menyebut anggaran masih aman. Serangan di Yordania membuat harga naik.";
    expect(pairs(body, "Mesir pantau dampak serangan di Yordania")).toEqual([]);
  });

  it("when the headline reports a market, a pair is tied only where one acts on the other", () => {
    const body =
      "Redanya perang dagang antara Kanada dan Meksiko mendorong penguatan rupiah. Investor menyambut baik kesepakatan dagang Kanada dan Meksiko.";
    expect(pairs(body, "Rupiah menguat seiring redanya perang dagang")).toEqual([]);
    expect(pairs(`${body} Kanada menjatuhkan sanksi terhadap Meksiko.`, "Rupiah melemah")).toEqual([
      "CA-MX",
    ]);
    // The same story under a headline of its own about the pair is their news.
    expect(pairs(body, "Kanada dan Meksiko redakan perang dagang")).toEqual(["CA-MX"]);
  });

  it("when the headline tells sport, a pair is tied only where one acts on the other", () => {
    const body =
      "Pebulu tangkis Peru mengalahkan wakil Chile. Hubungan kedua negara di lapangan selalu panas. Peru dan Chile kembali bertemu di babak berikutnya.";
    expect(pairs(body, "Wakil Peru Kalahkan Chile di Semifinal Kejuaraan Dunia")).toEqual([]);
    expect(
      pairs(`${body} Chile memprotes Peru atas perlakuan terhadap suporternya.`, "Kejuaraan Dunia"),
    ).toEqual(["CL-PE"]);
  });

  it("when a headline names two countries side by side with no word of what they do to each other, they are no pair", () => {
    const body =
      "Yakni, Peru dan Chile. Menurut Sidney, selain Peru, Chile sedang mempertimbangkan langkah serupa.";
    expect(pairs(body, "Peru dan Chile Tertarik Liputan Majalah tentang Kartel")).toEqual([]);
    expect(pairs("Kedua menteri bertemu di ibu kota.", "Peru dan Chile Bahas Perdagangan")).toEqual(
      ["CL-PE"],
    );
  });

  it("when both countries are named only as where things are, they are no pair", () => {
    expect(
      pairs(
        "Ponsel itu akan dirilis di Kenya pekan depan. Harganya di Kenya lebih murah daripada di Uganda, menurut laman itu.",
        "Ponsel Terbaru Rilis di Kenya, Kapan di Uganda?",
      ),
    ).toEqual([]);
    // One acting where the other is named stays a pair.
    expect(
      pairs(
        "Investasi Kenya di Uganda naik tajam tahun ini. Kenya dan Uganda sepakat memperluas kerja sama dagang.",
      ),
    ).toEqual(["KE-UG"]);
  });

  it("when a country abroad is only where the other acts, with no act on it, they are no pair", () => {
    expect(
      pairs(
        "Presiden Chile mengatakan perundingan damai dengan pemberontak sudah mati. Perundingan itu akan membuat Chile menarik pasukannya di Kolombia.",
        "Presiden Chile: Perundingan Damai dengan Pemberontak Sudah Mati",
      ),
    ).toEqual([]);
    // An attack there, or acting on it, or the news' own country as the place, still pairs them.
    expect(
      pairs(
        "Kolombia menuduh Chile melancarkan serangan di Kolombia. Chile membantah melancarkan serangan di Kolombia.",
      ),
    ).toEqual(["CL-CO"]);
    expect(
      pairs(
        "Investasi Chile di Indonesia naik tajam. Chile menambah investasi di Indonesia tahun ini.",
      ),
    ).toEqual(["CL-ID"]);
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

  it("knows Indonesia by a minister who deals abroad named alone, in the years of the office", () => {
    const body = "Enggar bertemu Menteri Perdagangan Vietnam di Hanoi membahas impor beras.";
    const tiedIn = (year: number) =>
      analyzeArticle(articleOf(body, { publishedAt: { year, month: 1, day: 9 } })).ties.map((tie) =>
        tie.pair.join("-"),
      );
    expect(tiedIn(2018)).toEqual(["ID-VN"]);
    expect(tiedIn(2023)).toEqual([]);
  });

  it("ties a pair where one acts on the other outside the lead", () => {
    const body =
      "Presiden Ghana bertemu Presiden Nigeria di Accra. Kedua pemimpin sepakat memperkuat kerja sama. Harga kakao naik. Sementara itu, Togo menuduh Benin melanggar perbatasan. Pejabat Benin dan Togo belum berkomentar.";
    expect(pairs(body)).toEqual(["GH-NG", "BJ-TG"]);
  });

  it("when a single sentence tells one acting on the other, in a story led by others, the pair is tied", () => {
    const body =
      "Presiden Ghana bertemu Presiden Nigeria di Accra. Kedua pemimpin sepakat memperkuat kerja sama. Harga kakao naik. Sementara itu, Menteri Luar Negeri Togo mengecam Benin atas penutupan perbatasan.";
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
    // "Bertandang" is an away game, not a visit.
    const away =
      "Hasil manis memang dituai Belanda kala bertandang ke Estonia. Bek Timnas Belanda, Virgil Van Dijk, mengomentari hasil yang diraih timnya.";
    expect(pairs(away, "Bungkam Estonia, Van Dijk Harap Tren Positif Belanda Berlanjut")).toEqual(
      [],
    );
  });

  it("two teams meeting in a knockout round are no tie, however the round is spelled", () => {
    const body =
      "Timnas Indonesia U-16 juara grup dan melaju ke perempatfinal. Di perempatfinal, Indonesia bertemu Australia.";
    expect(pairs(body, "Timnas Indonesia U-16 Diharapkan Lewati Pencapaian")).toEqual([]);
  });

  it("a venue named from the city up to the country is not a party", () => {
    const body =
      "Presiden Indonesia Joko Widodo melakukan pertemuan bilateral dengan Perdana Menteri Australia Malcolm Turnbull di KTT G20, Hamburg, Jerman. Kedua pemimpin membahas kerja sama perdagangan.";
    expect(pairs(body)).toEqual(["AU-ID"]);
  });

  it("a country after a council or assembly and a comma acts there; it is no venue", () => {
    expect(
      pairs("Dalam pertemuan di Dewan Keamanan, Chile mengecam Peru atas uji rudal itu."),
    ).toEqual(["CL-PE"]);
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

/** Weights that read one feature only, for the learned rule's behaviour. */
function only(name: (typeof FEATURES)[number], threshold: number): TieModel {
  const weights = Object.fromEntries(FEATURES.map((feature) => [feature, 0])) as Features;
  return { bias: 0, weights: { ...weights, [name]: 1 }, threshold };
}

const ranked = (texts: string[], model: TieModel) => {
  const sentences = texts.map((text, index) =>
    analyseSentence({ index, paragraph: 0, text }, [], 2024),
  );
  const candidates = candidatePairs(sentences, new Set(), undefined, 2024);
  return tiesOf({ candidates, sentences, headline: false }, model).map((s) => s.pair.join("-"));
};

describe("ranking the candidates", () => {
  it("when an act lifts another pair to the leading pair's score, the leading pair still ranks first", () => {
    const none = Object.fromEntries(FEATURES.map((feature) => [feature, 0])) as Features;
    // Israel and Palestine lead; Jordan condemning Israel once is lifted by the act to the same score.
    const leading = { pair: pairOf("IL", "PS"), features: { ...none, leading: 1 }, evidence: 4 };
    const lifted = { pair: pairOf("IL", "JO"), features: { ...none, directed: 1 }, evidence: 1.5 };
    const ranking = rankCandidates({
      candidates: [leading, lifted],
      sentences: [],
      headline: true,
    });
    expect(ranking.map((entry) => entry.score)).toEqual([4, 4]);
    expect(ranking.map((entry) => entry.pair.join("-"))).toEqual(["IL-PS", "IL-JO"]);
  });
});

describe("ties under learned weights", () => {
  it("ties a pair whose weighted evidence reaches the threshold, and no other", () => {
    const body = [
      "Jepang dan Vietnam sepakat memperkuat kerja sama maritim.",
      "Jepang dan Vietnam juga menandatangani perjanjian dagang.",
      "Analis di Laos dan Kamboja mencatat harga beras naik.",
    ];
    expect(ranked(body, only("relation", 2))).toEqual(["JP-VN"]);
    expect(ranked(body, only("relation", 3))).toEqual([]);
  });

  it("keeps the pair the article leads with first when it is tied", () => {
    const body = [
      "Jepang dan Vietnam sepakat memperkuat kerja sama maritim.",
      "Jepang dan Vietnam menandatangani perjanjian dagang.",
      "Jepang dan Vietnam juga membahas kerja sama energi.",
      "Sementara itu, Togo menuduh Benin melanggar perbatasan.",
      "Togo juga mengecam Benin atas serangan itu.",
    ];
    // Acts of Togo on Benin weigh more under these weights; Japan and Vietnam still lead.
    const model = only("relation", 3);
    model.weights.directed = 3;
    expect(ranked(body, model)).toEqual(["JP-VN", "BJ-TG"]);
  });

  it("lets co-actors of a tied country share its tie", () => {
    const body = [
      "Kenya, Uganda dan Tanzania menangguhkan hubungan diplomatik dengan Sudan Selatan.",
      "Kenya menarik duta besarnya dari Sudan Selatan.",
      "Kenya mengecam Sudan Selatan atas serangan di perbatasan.",
    ];
    // Only Kenya's evidence reaches the threshold: Uganda and Tanzania act with it once.
    expect(ranked(body, only("relation", 1.5))).toEqual(["KE-SS", "SS-TZ", "SS-UG"]);
  });
});

describe("several countries acting together on one in the lead", () => {
  it("ties each of them to it, as a leading pair would be", () => {
    const body =
      "Pernyataan bersama dari Jerman, Perancis dan Inggris, Jumat (13/9/2019) mengemukakan keprihatinan mendalam mengenai aksi-aksi terbaru Iran. " +
      "Harga minyak dunia naik tipis pada perdagangan Jumat.";
    expect(pairsIn(body, "Eropa Dorong Dialog untuk Selesaikan Ketegangan").sort()).toEqual([
      "DE-IR",
      "FR-IR",
      "GB-IR",
    ]);
  });
});
