import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./countries.js";
import {
  figuresOfLoneCountry,
  figuresOfTheirClause,
  settleRestatedFigures,
  yearOfAddedFigures,
} from "./figure-pairs.js";
import type { FigureFact, PairAnalysis } from "./types.js";

const figure = (value: number, year: number | null): FigureFact => ({
  kind: "figure",
  measure: "aid",
  label: "bantuan",
  amount: { value, currency: "USD" },
  equivalents: [],
  year,
  period: null,
  sentence: "",
});

const pair = (a: string, b: string, facts: [number, FigureFact][]): PairAnalysis => ({
  pair: [a, b],
  score: 5,
  cooperation: 0,
  conflict: 0,
  facts: facts.map(([sentenceIndex, fact]) => ({ sentenceIndex, fact })),
});

const amounts = (analysis: PairAnalysis) =>
  analysis.facts.map(({ fact }) => (fact.kind === "figure" ? [fact.amount.value, fact.year] : []));

// Sentence 0 names Fiji and Japan; sentence 1 names only Fiji; sentence 2 names Fiji and Tonga.
const named: ReadonlySet<string>[] = [
  new Set(["FJ", "JP"]),
  new Set(["FJ"]),
  new Set(["FJ", "TO"]),
];
const partiesOf = (index: number) => named[index] ?? new Set<string>();

describe("an amount told twice", () => {
  it("stays with the pair named with it, and takes the year the other telling gives", () => {
    const main = pair("FJ", "TO", [[1, figure(5e8, 2019)]]);
    const aid = pair("FJ", "JP", [[0, figure(5e8, null)]]);
    settleRestatedFigures([main, aid], partiesOf);
    expect(amounts(main)).toEqual([]);
    expect(amounts(aid)).toEqual([[5e8, 2019]]);
  });

  it("keeps a figure of a sentence naming only one side when no pair names it with both", () => {
    const main = pair("FJ", "TO", [[1, figure(3e6, 2019)]]);
    const aid = pair("FJ", "JP", [[0, figure(5e8, null)]]);
    settleRestatedFigures([main, aid], partiesOf);
    expect(amounts(main)).toEqual([[3e6, 2019]]);
    expect(amounts(aid)).toEqual([[5e8, null]]);
  });

  it("does not move a figure whose own sentence names both sides of its pair", () => {
    const tonga = pair("FJ", "TO", [[2, figure(5e8, 2018)]]);
    const japan = pair("FJ", "JP", [[0, figure(5e8, null)]]);
    settleRestatedFigures([tonga, japan], partiesOf);
    expect(amounts(tonga)).toEqual([[5e8, 2018]]);
    expect(amounts(japan)).toEqual([[5e8, null]]);
  });

  it("within one pair, drops the undated telling of a dated amount", () => {
    const aid = pair("FJ", "JP", [
      [0, figure(5e8, null)],
      [0, figure(5e8, 2019)],
      [0, figure(7e6, null)],
    ]);
    settleRestatedFigures([aid], partiesOf);
    expect(amounts(aid)).toEqual([
      [5e8, 2019],
      [7e6, null],
    ]);
  });
});

describe("a figure told of one country alone", () => {
  const sentences = [
    { index: 0, parties: new Set(["FJ", "JP"]) },
    { index: 1, parties: new Set(["TO"]) },
    { index: 2, parties: new Set(["FJ"]) },
  ];
  const figuresOf = (index: number) => (index === 0 ? [] : [figure(8e6 + index, null)]);
  const never = () => false;

  it("goes to that country's tie when it has exactly one", () => {
    const main = pair("FJ", "JP", []);
    const tonga = pair("JP", "TO", []);
    figuresOfLoneCountry([main, tonga], sentences, never, figuresOf);
    expect(amounts(tonga)).toEqual([[8e6 + 1, null]]);
  });

  it("goes nowhere when the country has two ties", () => {
    const japan = pair("FJ", "JP", []);
    const tonga = pair("FJ", "TO", []);
    figuresOfLoneCountry([japan, tonga], sentences, never, figuresOf);
    expect(amounts(japan)).toEqual([]);
    expect(amounts(tonga)).toEqual([[8e6 + 1, null]]);
  });

  it("is not read twice for a pair that already read the sentence", () => {
    const main = pair("FJ", "JP", []);
    figuresOfLoneCountry([main], sentences, () => true, figuresOf);
    expect(amounts(main)).toEqual([]);
  });
});

describe("a figure in a sentence that adds to the one before", () => {
  const told = (sentence: string, year: number | null, value = 3e9) => ({
    ...figure(value, year),
    sentence,
  });

  it("takes the year of the figures of the sentence before", () => {
    const trade = pair("FJ", "JP", [
      [4, told("Tahun lalu, ekspor ke Jepang mencapai US$ 1 miliar.", 2018, 1e9)],
      [5, told("Selain itu, Jepang juga asal impor terbesar yaitu US$ 3 miliar.", null)],
    ]);
    yearOfAddedFigures([trade]);
    expect(amounts(trade)).toEqual([
      [1e9, 2018],
      [3e9, 2018],
    ]);
  });

  it("stays undated without an adding word, or when the sentence before names two years", () => {
    const plain = pair("FJ", "JP", [
      [4, told("Tahun lalu, ekspor ke Jepang mencapai US$ 1 miliar.", 2018, 1e9)],
      [5, told("Jepang juga asal impor terbesar yaitu US$ 3 miliar.", null)],
    ]);
    const twoYears = pair("FJ", "JP", [
      [4, told("Ekspor 2017 US$ 1 miliar dan 2018 US$ 2 miliar.", 2017, 1e9)],
      [4, told("Ekspor 2017 US$ 1 miliar dan 2018 US$ 2 miliar.", 2018, 2e9)],
      [5, told("Selain itu, impor mencapai US$ 3 miliar.", null)],
    ]);
    yearOfAddedFigures([plain, twoYears]);
    expect(amounts(plain)[1]).toEqual([3e9, null]);
    expect(amounts(twoYears)[2]).toEqual([3e9, null]);
  });
});

describe("an amount read for several pairs in a sentence naming three countries", () => {
  const sentence =
    "Ekspor Fiji ke Jepang mencapai US$ 20 juta, sementara ekspor ke Tonga US$ 15 juta.";
  const said = (value: number) => ({ ...figure(value, 2019), sentence });
  const countriesIn = (text: string) =>
    new Set(findCountryMentions(text).map((mention) => mention.code));

  it("belongs to the pair both named in its own clause", () => {
    const japan = pair("FJ", "JP", [
      [3, said(20e6)],
      [3, said(15e6)],
    ]);
    const tonga = pair("FJ", "TO", [
      [3, said(20e6)],
      [3, said(15e6)],
    ]);
    figuresOfTheirClause([japan, tonga], countriesIn);
    expect(amounts(japan)).toEqual([[20e6, 2019]]);
    expect(amounts(tonga)).toEqual([[15e6, 2019]]);
  });

  it("stays with a pair that alone read it", () => {
    const japan = pair("FJ", "JP", [[3, said(15e6)]]);
    figuresOfTheirClause([japan], countriesIn);
    expect(amounts(japan)).toEqual([[15e6, 2019]]);
  });
});
