import { describe, expect, it } from "vitest";
import { analyseSentence } from "./sentence-parties.js";
import { pairsIn } from "./testing.js";
import { leadSubjects } from "./tie-lead.js";

const subjectsOf = (text: string, index = 0) => [
  ...leadSubjects(analyseSentence({ index, paragraph: 0, text }, [], 2024), 2024),
];

describe("who an article's first sentence is about", () => {
  it("is the country named before the first verb", () => {
    expect(subjectsOf("Wakil Perdana Menteri Kanada menyambangi keluarga mendiang.")).toEqual([
      "CA",
    ]);
  });

  it("is not the country an envoy is posted to", () => {
    expect(subjectsOf("Duta Besar Kanada untuk Meksiko menyampaikan duka cita.")).toEqual(["CA"]);
  });

  it("is nobody when the countries come after the verb", () => {
    expect(
      subjectsOf(
        "Bank-bank nasional mengatur ulang kredit akibat perang dagang Kanada dan Meksiko.",
      ),
    ).toEqual([]);
  });

  it("is a country acting through its office holders or government, not one named as a topic", () => {
    expect(subjectsOf("Perang dagang antara Kanada dan Meksiko membuat investor cemas.")).toEqual(
      [],
    );
    expect(subjectsOf("Pasangan ganda Kanada menyerah dari wakil Meksiko.")).toEqual([]);
    expect(subjectsOf("Pemerintah Kanada mengecam keputusan itu.")).toEqual(["CA"]);
    expect(subjectsOf("Kedutaan Besar Kanada di Lima mengibarkan bendera setengah tiang.")).toEqual(
      ["CA"],
    );
  });

  it("is read only in the first sentence", () => {
    expect(subjectsOf("Menteri Kanada menyambangi Meksiko.", 3)).toEqual([]);
  });
});

describe("an embassy's condolences", () => {
  it("tie its country to the country it mourns with", () => {
    const body =
      "Kedutaan Besar Inggris di Jakarta, Kamis (12/9/2019) mengibarkan bendera setengah tiang sebagai tanda bela sungkawa menyusul wafatnya Presiden ke-3 RI BJ Habibie.";
    expect(
      pairsIn(body, "BJ Habibie Wafat, Kedubes Inggris Kibarkan Bendera Setengah Tiang"),
    ).toEqual(["GB-ID"]);
  });
});
