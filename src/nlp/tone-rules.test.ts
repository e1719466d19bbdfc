import { describe, expect, it } from "vitest";
import { analyseSentence } from "./sentence-parties.js";
import { pairTone } from "./tone.js";
import type { Pair } from "./types.js";

const tone = (pair: Pair, text: string) =>
  pairTone([analyseSentence({ index: 2, paragraph: 1, text }, [], 2024)], pair, 2024);

describe("quotations and the unsaid doer of a relation word", () => {
  it("when a country is named only inside a quotation, it is not the doer of a word told outside it", () => {
    const text =
      '"Kami akan menulis surat kepada pemerintah Peru," kata menteri itu usai bertemu Presiden Chile.';
    expect(tone(["CL", "PE"], text).cooperation).toBe(0);
  });

  it("when the country is named outside the quotation before the word, it may still be its doer", () => {
    const text = 'Peru, kata menteri itu, "sangat terbuka", lalu bertemu pemimpin Chile.';
    expect(tone(["CL", "PE"], text).cooperation).toBe(1);
  });
});

describe("verbs of degree", () => {
  it("when what is raised is a conflict ('meningkatkan sanksi'), raising it is no cooperation", () => {
    expect(tone(["CU", "US"], "Amerika Serikat meningkatkan sanksi terhadap Kuba.")).toEqual({
      cooperation: 0,
      conflict: 2,
    });
  });

  it("when what is raised is cooperation, raising it is cooperation", () => {
    expect(tone(["CL", "PE"], "Peru dan Chile meningkatkan perdagangan.").cooperation).toBe(2);
  });
});

describe("words of war that name no war", () => {
  it("when 'perang' is part of a warship ('kapal perang'), it is no act of war", () => {
    expect(tone(["CL", "PE"], "Kapal perang Peru berlabuh di pelabuhan Chile.").conflict).toBe(0);
  });

  it("when one side reacts harshly to the other ('bereaksi keras terhadap'), it is disapproval", () => {
    expect(tone(["CL", "PE"], "Peru bereaksi keras terhadap langkah Chile.").conflict).toBe(2);
  });
});

describe("a conflict word in a relative clause that hangs on no country", () => {
  it("is the act of what the clause hangs on (an organisation), not of the pair", () => {
    const text =
      "Chile bernegosiasi dengan Peru agar memblokir semua upaya Dewan Keamanan PBB yang bermaksud mengkritik kekerasan di perbatasan.";
    expect(tone(["CL", "PE"], text).conflict).toBe(0);
  });

  it("is the country's act when the clause hangs on a country", () => {
    const text = "Peru menanggapi pemerintah Chile yang mengkritik kebijakan itu.";
    expect(tone(["CL", "PE"], text).conflict).toBeGreaterThan(0);
  });
});
