import { describe, expect, it } from "vitest";
import relationData from "../../data/relation-lexicon.json" with { type: "json" };
import { relationCues } from "./lexicon.js";
import { analyseSentence } from "./sentence-parties.js";
import { condolencesToHome } from "./tie-condolences.js";

/** The first pair of condolences found, joined ("ID-PE"), or null. */
const condolences = (text: string) => condolers(text)[0]?.split("-") ?? null;
const condolers = (text: string) =>
  condolencesToHome(analyseSentence({ index: 2, paragraph: 1, text }, [], 2019)).map((pair) =>
    pair.join("-"),
  );

describe("condolences offered in national news", () => {
  it("when one foreign country offers them and nobody else is named, they go to the news' own country", () => {
    expect(
      condolences("Kedutaan Besar Peru menyampaikan belasungkawa atas wafatnya sang tokoh."),
    ).toEqual(["ID", "PE"]);
    expect(condolences("Presiden Chile melayat ke rumah duka di Jakarta.")).toEqual(["CL", "ID"]);
    // A visit to the grave is mourning too.
    expect(condolences("Mantan Presiden Chile berziarah ke makam sang tokoh di Kalibata.")).toEqual(
      ["CL", "ID"],
    );
  });

  it("when the home country is named too, as the mission's host, they go to it", () => {
    expect(
      condolences("Ucapan belasungkawa juga datang dari Kedutaan Besar Peru di Indonesia."),
    ).toEqual(["ID", "PE"]);
  });

  it("when the bereaved are named as the home country's people, they still go to it", () => {
    expect(condolences("Duta Besar Peru turut berduka bersama masyarakat Indonesia.")).toEqual([
      "ID",
      "PE",
    ]);
  });

  it("when several foreign countries offer them together, each offers them to the news' own country", () => {
    expect(condolers("Habibie Wafat, Chile, Peru dan Bolivia Ucapkan Belasungkawa")).toEqual([
      "CL-ID",
      "ID-PE",
      "BO-ID",
    ]);
    // Countries that do something with each other besides are not condolers together.
    expect(condolers("Chile dan Peru sepakat bekerja sama dan menyampaikan belasungkawa.")).toEqual(
      [],
    );
  });

  it("when another country is named, the bereaved may be that one: no act", () => {
    expect(
      condolences("Peru menyampaikan belasungkawa atas gempa yang menewaskan warga Chile."),
    ).toBeNull();
  });

  it("when the home country offers them, or no condolence word is used, no act", () => {
    expect(condolences("Indonesia menyampaikan belasungkawa atas wafatnya sang tokoh.")).toBeNull();
    expect(condolences("Kedutaan Besar Peru menggelar festival budaya.")).toBeNull();
  });

  it("every condolence word is also a cooperation word, so sentences without one skip the scan", () => {
    for (const word of relationData.roles.condolences)
      expect(
        relationCues.findAll(word).some((cue) => cue.value.tone > 0),
        word,
      ).toBe(true);
  });
});
