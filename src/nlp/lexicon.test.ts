import { describe, expect, it } from "vitest";
import relationData from "../../data/relation-lexicon.json" with { type: "json" };
import { formOf, relationCues } from "./lexicon.js";
import { analyseSentence } from "./sentence-parties.js";
import { pairTone } from "./tone.js";

const categories = (text: string) => relationCues.findAll(text).map((cue) => cue.value.category);
const conflict = (text: string, a: string, b: string) =>
  pairTone([analyseSentence({ index: 2, paragraph: 1, text }, [], 2024)], [a, b], 2024).conflict;

describe("the relation lexicon's data", () => {
  it("lists every term once, in one category", () => {
    const terms = relationData.categories.flatMap((category) =>
      category.terms.map((term) => term.toLowerCase()),
    );
    expect(terms.filter((term, index) => terms.indexOf(term) !== index)).toEqual([]);
  });
});

describe("conflict words of the relation lexicon", () => {
  it("when one side voices disappointment or sneers at the other it is disapproval", () => {
    expect(categories("Chile kecewa dan menyindir Peru.")).toEqual(["DISAPPROVE", "DISAPPROVE"]);
    expect(categories("kekecewaan itu disampaikan lewat sindiran")).toEqual([
      "DISAPPROVE",
      "DISAPPROVE",
    ]);
    expect(conflict("Chile menyindir Peru soal perbatasan.", "CL", "PE")).toBeGreaterThan(0);
  });

  it("when one side calls the other a wrecker or a liar it is disapproval", () => {
    expect(categories("menyebutnya perusak perdamaian dan kebohongan")).toEqual([
      "DISAPPROVE",
      "DISAPPROVE",
    ]);
  });

  it("when one side denies the other's claim it is a rejection", () => {
    expect(categories("Bolivia menyanggah klaim itu dan menyangkal tuduhan")).toEqual([
      "REJECT",
      "REJECT",
      "DISAPPROVE",
    ]);
  });

  it("when one side annexes the other's land it is a seizure, a conflict", () => {
    expect(categories("rencana mencaplok wilayah itu, aneksasi yang ditolak")).toEqual([
      "SEIZE",
      "SEIZE",
      "REJECT",
    ]);
    expect(conflict("Chile mencaplok wilayah Bolivia.", "BO", "CL")).toBeGreaterThan(0);
  });

  it("when one side destroys what the other has it is an assault", () => {
    expect(categories("pasukan itu menghancurkan pangkalan")).toEqual(["ASSAULT"]);
  });
});

describe("words that look like a relation but are not one", () => {
  it("a commemoration ('peringatan HUT') is no warning between the countries", () => {
    const text =
      "Duta Besar Chile untuk Peru menegaskan arti penting peringatan HUT ke-70 hubungan kedua negara.";
    expect(conflict(text, "CL", "PE")).toBe(0);
    expect(
      conflict("Chile mengeluarkan peringatan keras kepada Peru.", "CL", "PE"),
    ).toBeGreaterThan(0);
  });
});

describe("cooperation words of the relation lexicon", () => {
  it("when one side negotiates with the other it is consultation", () => {
    expect(categories("Chile bernegosiasi dengan Peru")).toEqual(["CONSULT"]);
    expect(categories("negotiations were held")).toEqual(["CONSULT"]);
  });

  it("when one side calls the other a friend it is cooperation", () => {
    expect(categories("Peru adalah teman kami, pertemanan yang sama dengan Chile")).toEqual([
      "COOPERATE",
      "COOPERATE",
    ]);
    expect(categories("kedua negara bersahabat")).toEqual(["COOPERATE"]);
  });

  it("when one side calls on or condoles with the other it is consultation and cooperation", () => {
    expect(categories("Wakil PM Chile menyambangi kediaman keluarga")).toEqual(["CONSULT"]);
    expect(categories("ia menyampaikan duka cita dan melayat")).toEqual(["COOPERATE", "COOPERATE"]);
  });

  it("when a delegation attends the other's state funeral it is cooperation", () => {
    expect(categories("delegasi Chile menghadiri pemakaman mantan presiden Peru")).toEqual([
      "COOPERATE",
    ]);
    expect(categories("Chile's envoy attended the funeral")).toEqual(["COOPERATE"]);
  });

  it("when a headline writes the short verb, signing is agreement", () => {
    expect(categories("Chile, Peru teken pakta pertahanan")).toEqual(["AGREE", "AGREE"]);
  });
});

describe("the form of an English relation word", () => {
  it("reads -ed and -ing as a verb acting, save -ing words news uses as nouns", () => {
    expect(formOf("expelled")).toBe("active");
    expect(formOf("expelling")).toBe("active");
    expect(formOf("bombing")).toBe("noun");
    expect(formOf("sanctions")).toBe("noun");
  });

  it("reads a present -s as a verb acting when the lexicon lists its past tense", () => {
    expect(formOf("condemns")).toBe("active");
    expect(formOf("accuses")).toBe("active");
    expect(formOf("expels")).toBe("active");
    // Plurals news uses as nouns stay nouns, even where a verb reads the same.
    expect(formOf("talks")).toBe("noun");
    expect(formOf("relations")).toBe("noun");
  });
});
