import { describe, expect, it } from "vitest";
import { analyseSentence } from "./sentence-parties.js";
import { directedPairs } from "./tie-acts.js";

const acts = (text: string) =>
  directedPairs(analyseSentence({ index: 5, paragraph: 2, text }, [], 2024), 2024).map((pair) =>
    pair.join("-"),
  );

describe("one country acting on another in a sentence", () => {
  it("finds a verb whose doer is one country and whose receiver is the other", () => {
    expect(acts("Kemudian Chile menuduh Peru melanggar perjanjian perikanan.")).toEqual(["CL-PE"]);
    expect(acts("Norwegia telah menawarkan bantuan kepada Kenya untuk memadamkan api.")).toEqual([
      "KE-NO",
    ]);
  });

  it("reads thanks or condolences said or conveyed to a country as an act on it", () => {
    expect(
      acts("Netanyahu mengucapkan terima kasih kepada Presiden AS Donald Trump atas sikapnya."),
    ).toEqual(["IL-US"]);
    expect(
      acts(
        "Pemerintah Chile menyampaikan permintaan maaf kepada pemerintah Peru atas insiden itu.",
      ),
    ).toEqual(["CL-PE"]);
  });

  it("reads urging a country, named right after the verb, as an act on it", () => {
    expect(acts("Sementara Bangladesh meminta Myanmar memulangkan para pengungsi.")).toEqual([
      "BD-MM",
    ]);
    expect(acts("PM Chile akan mendesak Presiden Peru, Pedro Castillo, untuk berdialog.")).toEqual([
      "CL-PE",
    ]);
    // Experts of a country are not the country.
    expect(acts("Chile mendesak para pakar Peru untuk membantu penyelidikan.")).toEqual([]);
  });

  it("reads a leader's title before the country as part of the object, not words between", () => {
    expect(acts("Arab Saudi mengutuk rencana Perdana Menteri Israel Benjamin Netanyahu.")).toEqual([
      "IL-SA",
    ]);
    // A passive verb's doer still follows it directly.
    expect(acts("Ia ditelepon Duta Besar RI untuk Jerman pada malam itu.")).toEqual([]);
  });

  it("reads the West Bank as Palestine's land: annexing it acts on Palestine", () => {
    expect(acts("Netanyahu bersumpah akan mencaplok sebagian Tepi Barat jika terpilih.")).toEqual([
      "IL-PS",
    ]);
  });

  it("reads a phone call as one country acting on another", () => {
    expect(acts("Presiden Chile bertelepon dengan Presiden Peru pada Sabtu.")).toEqual(["CL-PE"]);
  });

  it("reads valuing another country's act as cooperation with it", () => {
    expect(acts("Palestina menghargai reaksi cepat Arab Saudi.")).toEqual(["PS-SA"]);
  });

  it("reads solidarity declared with a country as an act on it", () => {
    expect(acts("Prancis menyatakan solidaritas penuh dengan Arab Saudi.")).toEqual(["FR-SA"]);
  });

  it("when an ambassador serves several countries, none of them is the doer of the envoy's act", () => {
    expect(
      acts(
        "Duta Besar Inggris untuk Kenya dan Uganda, Jane Marriott, menyampaikan apresiasi kepada Tanzania.",
      ),
    ).toEqual(["GB-TZ"]);
  });

  it("reads switching recognition from one country to another as acting on both", () => {
    expect(
      acts("Pemerintah Panama mengalihkan pengakuan diplomatiknya dari Taiwan ke China.").sort(),
    ).toEqual(["CN-PA", "PA-TW"]);
  });

  it("reads a third country's claim of who was behind an attack as no act of the accused on the victim", () => {
    expect(
      acts("Menlu AS menuturkan, Iran berada di balik hampir 100 serangan terhadap Arab Saudi."),
    ).toEqual(["IR-US"]);
    expect(
      acts(
        '"Hampir 100 persen Peru berada di balik serangan terhadap Bolivia," tulis Menlu Chile.',
      ),
    ).toEqual(["CL-PE"]);
    expect(acts("Penegasan Chile bahwa Peru berada di balik serangan fasilitas Bolivia.")).toEqual([
      "CL-PE",
    ]);
    expect(acts("Iran berada di balik serangan terhadap Arab Saudi.")).toEqual(["IR-SA"]);
    // "pelaku", "dalang", "terlibat dalam" claim it too; a country after the claim's clause
    // claims only as a quote's speaker.
    expect(
      acts(
        "Menlu Chile mengatakan Peru yang merupakan pelaku penyerangan kilang yang dikelola Bolivia.",
      ),
    ).toEqual(["CL-PE"]);
    // Also written "berada dibalik", or "di belakang"; a bare "dibalik" is "reversed".
    expect(acts("Sumber Bolivia mengatakan Peru berada dibalik serangan drone itu.")).toEqual([
      "BO-PE",
    ]);
    expect(acts("Chile menyebut Peru di belakang serangan terhadap Bolivia.")).toEqual(["CL-PE"]);
    expect(acts("Keputusan Chile dapat dibalik dan perjanjian dengan Peru berlaku.")).toEqual([]);
    expect(acts("Amerika Serikat melancarkan serangan terhadap Suriah, kata Rusia.")).toEqual([
      "SY-US",
    ]);
  });

  it("does not take a country after 'di' for the receiver", () => {
    expect(acts("Brasil mendukung proses perdamaian di Kolombia.")).toEqual([]);
  });

  it("does not make one of several counterparts met together a receiver", () => {
    expect(acts("Putin bertemu dengan Presiden Turki Erdogan dan Presiden Iran Rouhani.")).toEqual(
      [],
    );
  });

  it("does not count an act that did not happen", () => {
    expect(acts("Kanada tidak akan bertemu dengan Meksiko bulan ini.")).toEqual([]);
  });
});

describe("the doer of a verb in a sentence naming several countries", () => {
  it("when a country stands right before the verb it is the doer, not those named earlier", () => {
    expect(
      acts("Peru dan Chile berseberangan soal itu, dengan Kanada mendukung pemerintah Bolivia."),
    ).toEqual(["BO-CA"]);
  });

  it("when a country before the verb is only where its subject is ('di X'), it is not the doer", () => {
    expect(acts("Eks duta besar Peru di Belanda itu menuduh Chile berbohong.")).toEqual(["CL-PE"]);
  });

  it("when a country before the verb is only where its subject serves or goes ('untuk X', 'ke X'), it is not the doer", () => {
    expect(acts("Dubes Peru untuk Bolivia itu menuduh Chile berbohong.")).toEqual(["CL-PE"]);
    expect(acts("Sebelum ke Kenya, Menteri Peru lebih dulu berkunjung ke Uganda.")).toEqual([
      "PE-UG",
    ]);
  });
});

describe("English present tense and scare quotes", () => {
  it("reads a present-tense verb in scare quotes as the act of the country before it", () => {
    expect(acts("The United States \u201ccondemns\u201d Peru's latest missile test.")).toEqual([
      "PE-US",
    ]);
    expect(acts("Italy expels 30 Russian diplomats.")).toEqual(["IT-RU"]);
  });
});

describe("people named by their country", () => {
  it("when citizens stand between a state and the word, they are its doers, not the state", () => {
    expect(
      acts(
        "Kedutaan Besar Peru di Quito mengimbau seluruh warga negara Peru yang berencana melakukan kunjungan ke Bolivia.",
      ),
    ).toEqual([]);
    expect(acts("Pemerintah Peru melakukan kunjungan ke Bolivia.")).toEqual(["BO-PE"]);
  });
});

describe("blaming another country for an attack", () => {
  it("when a country says an attack was done by another, it blames that country", () => {
    expect(acts("Chile dan Peru menyebut serangan itu dilancarkan oleh Bolivia.").sort()).toEqual([
      "BO-CL",
      "BO-PE",
    ]);
    expect(acts("Chile menyebut dalang serangan itu adalah Bolivia, bukan pemberontak.")).toEqual([
      "BO-CL",
    ]);
    // A believing verb without a prefix ("percaya", "yakin") has its subject as the blamer too.
    expect(acts("Chile dan Peru percaya serangan itu dilancarkan oleh Bolivia.").sort()).toEqual([
      "BO-CL",
      "BO-PE",
    ]);
  });

  it("when a country says the weapons of an attack were made in another, it blames that one", () => {
    expect(acts("Chile mengatakan senjata yang menyerang kilang adalah buatan Bolivia.")).toEqual([
      "BO-CL",
    ]);
    expect(
      acts(
        "Peru membantah tudingan Chile yang mengatakan serangan itu memakai drone asal Bolivia.",
      ),
    ).toContain("BO-CL");
    // "dengan senjata X"; and a comma right after the verb opens the report.
    expect(acts("Chile mengatakan serangan itu dilakukan dengan senjata Bolivia.")).toEqual([
      "BO-CL",
    ]);
    expect(
      acts("Chile mengatakan, penyelidikan menunjukkan bahwa senjata serangan itu buatan Bolivia."),
    ).toEqual(["BO-CL"]);
  });

  it("when the attack's doer is not a country the speaker names, nobody is blamed", () => {
    expect(acts("Chile menyebut serangan itu dilancarkan oleh pemberontak dari Bolivia.")).toEqual(
      [],
    );
  });
});

describe("acts asked for, not done", () => {
  it("when an act is only demanded ('agar X memutuskan hubungan dengan Y') it is not an act", () => {
    expect(
      acts("Daftar tuntutan itu mencakup agar Peru memutuskan hubungan diplomatik dengan Kuba."),
    ).toEqual([]);
    expect(acts("Chile meminta supaya Bolivia menghentikan impor dari Peru.")).toEqual([]);
  });

  it("when the wish is in an earlier clause, the act after it still counts", () => {
    expect(acts("Ia berharap agar hujan turun, Peru lalu menuduh Chile berbohong.")).toEqual([
      "CL-PE",
    ]);
  });
});

describe("calling another country a hostile name", () => {
  it("when one side calls the other's leader a hostile name ('menyebut X sebagai perusak'), it accuses it", () => {
    expect(
      acts('Menlu Peru Ana Gervasi menyebut Presiden Chile sebagai "perusak perdamaian".'),
    ).toEqual(["CL-PE"]);
    expect(acts("Canada called Mexico a threat to the region.")).toEqual(["CA-MX"]);
    // "sebagai" may be left out, and what is called hostile may be the other's statement.
    expect(acts("Menlu Peru menyebut pernyataan Presiden Chile ilegal, melanggar hukum.")).toEqual([
      "CL-PE",
    ]);
  });

  it("when the name given is not hostile, it is no accusation", () => {
    expect(acts("Peru menyebut Chile sebagai tetangga terdekatnya.")).toEqual([]);
  });

  it("when what is called hostile is an act, not the other country, it is no accusation of it", () => {
    expect(acts("Peru menyebut serangan ke Chile sebagai tindakan perang.")).toEqual([]);
  });
});

describe("an act named by a noun after a light verb", () => {
  it("makes the country before the light verb act on the one after the noun", () => {
    expect(acts("Peru berada di balik hampir 100 serangan terhadap Bolivia.")).toEqual(["BO-PE"]);
    expect(acts("Norwegia menjatuhkan sanksi baru terhadap Kenya.")).toEqual(["KE-NO"]);
  });

  it("does not take the speaker before another country for the doer: the speaker accuses it", () => {
    expect(acts("Menlu Chile menuturkan, Peru berada di balik serangan terhadap Bolivia.")).toEqual(
      ["CL-PE"],
    );
  });

  it("keeps countries joined by 'dan' before the light verb as joint doers", () => {
    expect(acts("Chile dan Peru melancarkan serangan ke Bolivia.").sort()).toEqual([
      "BO-CL",
      "BO-PE",
    ]);
  });

  it("does not make a noun alone an act, whoever is named before it", () => {
    expect(acts("Chile mengatakan serangan terhadap Bolivia itu mengejutkan.")).toEqual([]);
  });
});
