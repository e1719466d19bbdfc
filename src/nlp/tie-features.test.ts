import { describe, expect, it } from "vitest";
import { pairKey } from "./pairs.js";
import { analyseSentence } from "./sentence-parties.js";
import { candidatePairs } from "./tie-features.js";

const sentences = (...texts: string[]) =>
  texts.map((text, index) => analyseSentence({ index, paragraph: 0, text }, [], 2024));
const evidence = (texts: string[], title: string[] = []) =>
  Object.fromEntries(
    candidatePairs(sentences(...texts), new Set(title), undefined, 2024).map((c) => [
      pairKey(c.pair),
      c.features,
    ]),
  );

describe("the evidence an article gives for a pair", () => {
  it("counts a lead sentence where both act with a relation word as relation and lead", () => {
    const features = evidence(["Jepang dan Vietnam sepakat memperkuat kerja sama maritim."])[
      "JP-VN"
    ];
    expect(features).toMatchObject({ relation: 1, bare: 0, lead: 1, early: 1, leading: 1 });
  });

  it("when the sentence tells who does the relation word, a third country named in it gets no relation", () => {
    const found = evidence([
      "Indonesia akan terus mendukung Palestina, bagaimanapun sikap pemerintahan baru Kanada.",
    ]);
    expect(found["ID-PS"]).toMatchObject({ relation: 1, directed: 1 });
    expect(found["CA-PS"]).toMatchObject({ relation: 0, bare: 1 });
    expect(found["CA-ID"]).toMatchObject({ relation: 0, bare: 1 });
  });

  it("counts a foreign country's condolences, with nobody else named, as its act on the news' own country", () => {
    const found = evidence([
      "Mantan presiden Indonesia itu wafat pada Rabu.",
      "Duta Besar Peru menyampaikan belasungkawa atas wafatnya sang tokoh.",
    ]);
    expect(found["ID-PE"]).toMatchObject({ directed: 1 });
  });

  it("when a pair is told mostly at its match, its other relation words and headline are the match's", () => {
    const texts = [
      "Timnas Peru menghadapi Chile pada laga kualifikasi Piala Dunia.",
      "Pertandingan Peru melawan Chile digelar di stadion nasional.",
      "Mengalahkan Chile bukan perkara mudah bagi Peru, yang kalah dalam pertemuan terakhir.",
    ];
    const found = candidatePairs(sentences(...texts), new Set(["CL", "PE"]), undefined, 2024);
    expect(found[0]?.features).toMatchObject({ relation: 0, title: 0 });
    const withAct = candidatePairs(
      sentences(...texts, "Chile memprotes Peru atas perlakuan terhadap suporternya."),
      new Set(["CL", "PE"]),
      undefined,
      2024,
    );
    expect(withAct[0]?.features.relation).toBeGreaterThan(0);
  });

  it("when a pair is named at its match once and never acts on each other, its headline is the match's", () => {
    const texts = [
      "Presiden federasi sepak bola Peru yakin bisa menaklukkan Chile di stadion nasional.",
      "Ia mengatakan tidak ada alasan bagi Peru untuk takut saat menghadapi Chile.",
    ];
    const found = candidatePairs(sentences(...texts), new Set(["CL", "PE"]), undefined, 2024);
    expect(found[0]?.features).toMatchObject({ title: 0 });
  });

  it("counts a mention without a relation word, later in the article, as bare only", () => {
    const features = evidence([
      "Harga minyak naik tajam pekan ini.",
      "Cuaca buruk melanda kawasan itu.",
      "Analis di Singapura dan Jerman mencatat permintaan melemah.",
    ])["DE-SG"];
    expect(features).toMatchObject({ relation: 0, bare: 1, lead: 0, early: 1 / 3 });
  });

  it("counts at most two sentences naming a pair without a relation: two neighbours told at length are no tie", () => {
    const features = evidence([
      "Harga minyak di Malaysia dan Uni Emirat Arab naik pekan ini.",
      "Inflasi Malaysia lebih rendah dari Uni Emirat Arab.",
      "Malaysia dan Uni Emirat Arab sama-sama mencatat surplus.",
      "Analis melihat Malaysia dan Uni Emirat Arab tumbuh cepat.",
    ])["AE-MY"];
    expect(features?.bare).toBe(2);
    expect(features?.relation).toBe(0);
  });

  it("dilutes each pair of a sentence listing many countries", () => {
    const all = evidence([
      "Indonesia, Malaysia, Thailand, Vietnam dan Filipina sepakat memperkuat kerja sama.",
    ]);
    expect(all["ID-MY"]!.relation).toBeCloseTo(0.5);
  });

  it("marks both countries named in the headline", () => {
    expect(evidence(["Kedua menteri bertemu di ibu kota."], ["EG", "JO"])["EG-JO"]).toMatchObject({
      title: 1,
      leading: 1,
      bothCountries: 1,
      mainCountry: 1,
    });
  });

  it("counts 'kedua negara' sentences for the leading pair only", () => {
    const all = evidence([
      "Jepang dan Vietnam sepakat memperkuat kerja sama maritim.",
      "Kedua negara juga sepakat membahas perdagangan.",
      "Sementara itu Laos dan Kamboja membahas perbatasan.",
    ]);
    expect(all["JP-VN"]!.bothCountries).toBe(1);
    expect(all["KH-LA"]!.bothCountries).toBe(0);
  });

  it("counts one country acting on the other as a directed act", () => {
    const all = evidence(["Harga kakao naik.", "Togo menuduh Benin melanggar perbatasan."]);
    expect(all["BJ-TG"]!.directed).toBe(1);
  });

  it("marks a pair with the country the article names most", () => {
    const all = evidence([
      "Jepang dan Vietnam sepakat memperkuat kerja sama maritim.",
      "Jepang juga membahas perdagangan dengan Laos.",
      "Jepang menyambut baik kesepakatan itu.",
    ]);
    expect(all["JP-LA"]!.mainCountry).toBe(1);
    expect(all["JP-VN"]!.mainCountry).toBe(1);
  });

  it("dilutes a list of attendees, but not several countries acting together on one", () => {
    const summit = evidence([
      "Pemimpin Jepang, Vietnam, Laos dan Kamboja membahas kerja sama di Tokyo.",
    ]);
    expect(summit["JP-VN"]!.relation).toBeCloseTo(2 / 3);
    const together = evidence([
      "Amerika Serikat, Australia dan Jepang mendesak China mematuhi putusan arbitrase.",
    ]);
    expect(together["CN-US"]!.relation).toBe(1);
    expect(together["AU-CN"]!.relation).toBe(1);
    expect(together["AU-US"]).toMatchObject({ relation: 0 });
  });

  it("marks several countries acting together on one in the lead as each a leading pair", () => {
    const candidates = candidatePairs(
      sentences(
        "Harga minyak naik.",
        "Pernyataan bersama dari Jerman, Perancis dan Inggris mengemukakan keprihatinan mendalam mengenai aksi Iran.",
      ),
      new Set(),
      undefined,
      2024,
    );
    const marked = candidates.filter((c) => c.groupLead).map((c) => pairKey(c.pair));
    expect(marked.sort()).toEqual(["DE-IR", "FR-IR", "GB-IR"]);
  });
});
