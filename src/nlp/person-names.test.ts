import { describe, expect, it } from "vitest";
import { findPeople, findPersonMentions, namedPeople } from "./people.js";
import { readPersonName } from "./person-names.js";

describe("the name in the words after a title", () => {
  it("leaves the office's body, field or place before the name to the office", () => {
    expect(readPersonName("Kementerian Luar Negeri Abbas Mousavi").name).toBe("Abbas Mousavi");
    expect(readPersonName("Bidang Perekonomian Darmin Nasution").name).toBe("Darmin Nasution");
    expect(readPersonName("Komisi I DPR Meutya Hafid").name).toBe("Meutya Hafid");
    expect(readPersonName("Gedung Putih Judd Deere").name).toBe("Judd Deere");
    expect(readPersonName("Jakarta Anies Baswedan").name).toBe("Anies Baswedan");
    expect(readPersonName("Taliban Zabihullah Mujahid").name).toBe("Zabihullah Mujahid");
  });

  it("ends a name at a verb a title-cased headline capitalises", () => {
    expect(readPersonName("Antonio Guterres Kecam Serangan")).toEqual({
      name: "Antonio Guterres",
      unnamed: false,
    });
    expect(readPersonName("Luhut Beberkan Alasan").name).toBe("Luhut");
  });

  it("finds no name in a body, a place, an acronym or a headline's verbs", () => {
    for (const words of [
      "Kementerian Luar Negeri",
      "Abu Dhabi",
      "PBB",
      "Resmikan Monumen Pesawat Terbang",
      "Sambangi Arab",
      "Bidang Perekonomian",
    ])
      expect(readPersonName(words)).toEqual({ name: words, unnamed: true });
  });

  it("keeps names that only look like office words inside them", () => {
    expect(readPersonName("Siti Nurbaya Bakar").name).toBe("Siti Nurbaya Bakar");
    expect(readPersonName("BJ Habibie").name).toBe("BJ Habibie");
    expect(readPersonName("Abdullah II").name).toBe("Abdullah II");
  });
});

describe("an office holder the text does not name", () => {
  const text = "Panglima TNI Resmikan Monumen Pesawat\n\nMonumen itu diresmikan di Yogyakarta.";

  it("still stands for the office's country where the words appear", () => {
    const people = findPeople(text);
    expect(people).toEqual([
      { name: "Resmikan Monumen Pesawat", role: "Panglima", country: "ID", unnamed: true },
    ]);
    const headline = findPersonMentions(text, people).find((mention) => mention.start === 13);
    expect(headline?.person.country).toBe("ID");
  });

  it("is not listed among the people of an event", () => {
    const people = findPeople(`${text} Presiden Joko Widodo hadir.`);
    const mentions = findPersonMentions(`${text} Presiden Joko Widodo hadir.`, people);
    expect(namedPeople(mentions).map((person) => person.name)).toEqual(["Joko Widodo"]);
  });
});
