import { describe, expect, it } from "vitest";
import { analyseSentence } from "./sentence-parties.js";
import { opposite } from "./tie-groups.js";

const sentence = (text: string) => analyseSentence({ index: 3, paragraph: 1, text }, [], 2024);
const groupsOf = (text: string) => (sentence(text).groups ?? []).map((group) => group.codes);

describe("how the countries of a sentence stand to each other", () => {
  it("groups names joined by commas and 'dan' and keeps the other side apart", () => {
    expect(groupsOf("Kenya, Uganda dan Tanzania mengecam Sudan atas serangan itu.")).toEqual([
      ["KE", "UG", "TZ"],
      ["SD"],
    ]);
  });

  it("keeps a title and a person's name with their country", () => {
    const text =
      "Presiden Chile dan Perdana Menteri Peru bertemu dengan Menteri Luar Negeri Bolivia.";
    expect(groupsOf(text)).toEqual([["CL", "PE"], ["BO"]]);
  });

  it("puts countries side by side in a group, not face to face", () => {
    const { groups } = sentence("Norwegia memanggil duta besar Kuba dan Venezuela pekan ini.");
    expect(opposite(groups ?? [], "CU", "VE")).toBe(false);
    expect(opposite(groups ?? [], "NO", "VE")).toBe(true);
  });

  it("when the only group follows a preposition, its members stand side by side", () => {
    const imported = sentence("Bawang putih itu diimpor dari Kenya dan Uganda tanpa dokumen.");
    expect(opposite(imported.groups ?? [], "KE", "UG")).toBe(false);
    // The only group as the subject still faces itself.
    const agreed = sentence("Kenya dan Uganda sepakat memperkuat kerja sama dagang.");
    expect(opposite(agreed.groups ?? [], "KE", "UG")).toBe(true);
  });

  it("reads two hyphenated names as the two sides of a relation a third country only speaks of", () => {
    const { groups } = sentence("Perang dagang Kenya-Uganda menguntungkan pelaku bisnis Tanzania.");
    expect(opposite(groups ?? [], "KE", "UG")).toBe(true);
    expect(opposite(groups ?? [], "TZ", "UG")).toBe(false);
    // A border named by its two countries is a place, not their relation.
    const border = sentence("Prajurit Kenya berjaga di perbatasan Kenya-Uganda bersama warga.");
    expect(border.groups?.some((group) => group.between)).toBe(false);
  });

  it("sets aside a relation of two named as the news' backdrop", () => {
    expect([
      ...sentence("Imbas Perang Dagang Kenya-Uganda, Tanzania Bidik Ekspor Mebel").parties,
    ]).toEqual(["TZ"]);
    expect([
      ...sentence("Tanzania menaikkan ekspor di tengah ketegangan antara Kenya dan Uganda.")
        .parties,
    ]).toEqual(["TZ"]);
  });

  it("reads 'antara A dan B' as the two sides of a relation", () => {
    const { groups } = sentence("Ghana menengahi sengketa antara Togo dan Benin soal perbatasan.");
    expect(opposite(groups ?? [], "BJ", "TG")).toBe(true);
  });

  it("a lone group of two acting together faces itself", () => {
    const { groups } = sentence("Kamboja dan Laos sepakat membuka jalur kereta baru.");
    expect(opposite(groups ?? [], "KH", "LA")).toBe(true);
  });

  it("when a lone group only acts against someone unnamed, its members stand together, not face to face", () => {
    const facing = (text: string) => opposite(sentence(text).groups ?? [], "KH", "LA");
    expect(facing("Pejabat Kamboja dan Laos menolak klaim kelompok pemberontak itu.")).toBe(false);
    expect(facing("Kamboja dan Laos mengecam serangan tersebut.")).toBe(false);
    // A quarrel between them, or a conflict told as mutual, is with each other.
    expect(facing("Kamboja dan Laos saling menuduh soal banjir itu.")).toBe(true);
    expect(facing("Sengketa Kamboja dan Laos memanas.")).toBe(true);
  });
});

describe("countries named as a yardstick, a scene or a topic are not parties", () => {
  it("sets aside a comparison", () => {
    const { parties } = sentence(
      "Ekspor kakao Peru masih kalah dibandingkan dengan Kolombia dan Brasil.",
    );
    expect([...parties]).toEqual(["PE"]);
    expect([...sentence("Kosa kata Peru ternyata mirip Portugal.").parties]).toEqual(["PE"]);
  });

  it("sets aside a country the subject is told to differ from", () => {
    const { parties } = sentence(
      "Presiden Peru mengatakan, berbeda dengan Chile, Lima akan terus berdialog dengan pemberontak.",
    );
    expect([...parties]).toEqual(["PE"]);
  });

  it("sets aside an example and a model", () => {
    expect([...sentence("Negara produsen seperti Ghana terus menaikkan harga.").parties]).toEqual(
      [],
    );
    expect([...sentence("Kenya ingin belajar dari Rwanda soal sampah plastik.").parties]).toEqual([
      "KE",
    ]);
  });

  it("sets aside a model named with what is copied from it", () => {
    expect([
      ...sentence("Kenya berkaca pada sistem pemasyarakatan Rwanda dalam revisi itu.").parties,
    ]).toEqual(["KE"]);
  });

  it("sets aside the country where a situation unfolds", () => {
    const { parties } = sentence("Mesir menyatakan keprihatinan atas situasi keamanan di Libya.");
    expect([...parties]).toEqual(["EG"]);
  });

  it("sets aside the country where a military operation or an intervention takes place", () => {
    expect([
      ...sentence("Koalisi Peru melancarkan operasi militer di Chile terhadap pemberontak.")
        .parties,
    ]).toEqual(["PE"]);
    expect([...sentence("Koalisi itu melakukan intervensi di Bolivia pada 2015.").parties]).toEqual(
      [],
    );
  });

  it("sets aside a part of a country, its territory or a border between two, as the scene", () => {
    expect([...sentence("Kanada menyerang militan di utara Mali.").parties]).toEqual(["CA"]);
    expect([
      ...sentence("Operasi Kanada itu terjadi di wilayah Mali-Niger, kata pejabat.").parties,
    ]).toEqual(["CA"]);
    expect([
      ...sentence("Dia tewas di dekat perbatasan antara Mali dan Niger oleh pasukan Kanada.")
        .parties,
    ]).toEqual(["CA"]);
  });

  it("keeps a country whose territory is entered: an incursion is a relation", () => {
    const { parties } = sentence("Kapal Kanada memasuki wilayah Mali tanpa izin.");
    expect([...parties].sort()).toEqual(["CA", "ML"]);
    expect([...sentence("Kapal Kanada masuk ke wilayah Mali.").parties].sort()).toEqual([
      "CA",
      "ML",
    ]);
  });

  it("sets aside the country a text is about", () => {
    const { parties } = sentence(
      "Norwegia dan Jepang mengajukan resolusi mengenai Somalia di sidang itu.",
    );
    expect([...parties].sort()).toEqual(["JP", "NO"]);
  });

  it("keeps a country something is linked to", () => {
    const { parties } = sentence("Kanada membekukan aset perusahaan yang terkait dengan Kuba.");
    expect([...parties].sort()).toEqual(["CA", "CU"]);
  });

  it("reads countries after a comma following another country as a list, not a venue", () => {
    const { parties, venues } = sentence(
      "Fiji membutuhkan bantuan dari Amerika Serikat, Australia, Jepang dan Taiwan.",
    );
    expect([...parties].sort()).toEqual(["AU", "FJ", "JP", "TW", "US"]);
    expect([...venues]).toEqual([]);
  });

  it("when a headline's speaker follows a comma and opens a colon, it is no list member", () => {
    const { groups } = sentence("Kecam Serangan ke Bolivia, Chile: Itu Memperburuk Situasi");
    expect(groups?.map((group) => group.codes)).toEqual([["BO"], ["CL"]]);
  });

  it("reads a time zone's place, then a comma and its country, as a venue", () => {
    const { parties, venues } = sentence(
      "Netanyahu mengecam rencana itu, Kamis (21/12) siang waktu New York, AS.",
    );
    expect([...parties]).toEqual(["IL"]);
    expect([...venues]).toEqual(["US"]);
  });

  it("keeps a country after a bare 'di', where relations often happen", () => {
    const { parties } = sentence("Investasi Korea Selatan di Vietnam naik tajam tahun ini.");
    expect([...parties].sort()).toEqual(["KR", "VN"]);
  });

  it("a country both compared and acting is a party", () => {
    const { parties } = sentence("Chile, seperti Peru, menandatangani perjanjian dengan Peru.");
    expect(parties.has("PE")).toBe(true);
  });
});

describe("a third country and someone else's 'antara' relation", () => {
  it("when a side is named only inside 'antara A dan B', it does not face the third country", () => {
    const { groups } = sentence(
      "Norwegia mengirim menteri luar negerinya untuk meredakan krisis antara Kenya dan Uganda.",
    );
    expect(opposite(groups ?? [], "NO", "UG")).toBe(false);
    expect(opposite(groups ?? [], "KE", "UG")).toBe(true);
  });

  it("when the side is also named on its own, it faces the third country", () => {
    const { groups } = sentence(
      "Norwegia mengirim menteri ke Kenya untuk meredakan krisis antara Kenya dan Uganda.",
    );
    expect(opposite(groups ?? [], "NO", "KE")).toBe(true);
  });
});

describe("a group that does something with itself", () => {
  it("when two countries sign together, they face each other and not the third one named", () => {
    const { groups } = sentence(
      "Jepang dan Filipina menandatangani pakta pertahanan pada Senin untuk mengimbangi China.",
    );
    expect(opposite(groups ?? [], "JP", "PH")).toBe(true);
    expect(opposite(groups ?? [], "CN", "JP")).toBe(false);
  });

  it("reads the English verb the same way", () => {
    const { groups } = sentence(
      "Japan and the Philippines signed a defence pact on Monday to counter China in the region.",
    );
    expect(opposite(groups ?? [], "JP", "PH")).toBe(true);
  });

  it("when they meet with a third country, that one is their counterpart", () => {
    const { groups } = sentence("Kenya dan Uganda bertemu dengan Sudan di Nairobi pekan ini.");
    expect(opposite(groups ?? [], "KE", "UG")).toBe(false);
    expect(opposite(groups ?? [], "KE", "SD")).toBe(true);
  });
});
