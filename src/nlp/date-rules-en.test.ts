import { describe, expect, it } from "vitest";
import { findDateMentions, toIsoDate } from "./dates.js";

/** Published Friday 20 September 2019. */
const PUBLISHED = { year: 2019, month: 9, day: 20 };
const dated = (text: string) =>
  findDateMentions(text, PUBLISHED).map((m) => [m.raw, m.date && toIsoDate(m.date)]);

describe("English dates in wire copy", () => {
  it("reads a month before its day without a year, short or full", () => {
    expect(dated("They met on Sept. 17 and again on Aug. 30.")).toEqual([
      ["Sept. 17", "2019-09-17"],
      ["Aug. 30", "2019-08-30"],
    ]);
    expect(dated("on Tuesday, September 17")).toEqual([["Tuesday, September 17", "2019-09-17"]]);
  });

  it("starts a range of days at its first day", () => {
    expect(dated("talks on Sept. 24-25")).toEqual([["Sept. 24-25", "2019-09-24"]]);
  });

  it("leaves a month and a year, or a full date, to the shared rules", () => {
    expect(dated("in September 2019")).toEqual([["September 2019", "2019-09"]]);
    expect(dated("on September 17, 2019")).toEqual([["September 17, 2019", "2019-09-17"]]);
  });

  it("counts yesterday, last Friday and units ago back from publication", () => {
    expect(dated("said yesterday")).toEqual([["yesterday", "2019-09-19"]]);
    expect(dated("in a post last night")).toEqual([["last night", "2019-09-19"]]);
    expect(dated("met last Friday")).toEqual([["last Friday", "2019-09-13"]]);
    expect(dated("three days ago")).toEqual([["three days ago", "2019-09-17"]]);
  });

  it("knows only the month of a week", () => {
    expect(dated("met last week")).toEqual([["last week", "2019-09"]]);
    expect(dated("two weeks ago")).toEqual([["two weeks ago", "2019-09"]]);
  });
});
