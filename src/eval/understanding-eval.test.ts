import { describe, expect, it } from "vitest";
import { type EvalArticle, type EvalLabel, evaluateUnderstanding } from "./understanding-eval.js";

const article: EvalArticle = {
  id: "a1",
  url: null,
  publisher: "Kompas",
  date: "2019-09-20",
  title: "Iran Kecam Amerika Serikat",
  text: [
    "Menteri Luar Negeri Iran Mohammad Javad Zarif mengecam Amerika Serikat, Jumat (20/9/2019).",
    "Zarif bertemu Menteri Luar Negeri AS Mike Pompeo di New York pada 1 Agustus 2019.",
  ].join("\n\n"),
};

const label = (date: string): EvalLabel => ({
  id: "a1",
  ties: [["IR", "US"]],
  event: { pair: ["IR", "US"], type: "statement", date, place: null },
  figures: [],
  tone: {},
  story: null,
});

describe("the article's main event, as the evaluation reads it", () => {
  it("is the story's own news, not a meeting it recalls from weeks before", () => {
    const report = evaluateUnderstanding([article], [label("2019-09-20")]);
    expect(report.eventDates).toEqual({ correct: 1, total: 1 });
  });
});
