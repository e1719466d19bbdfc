import { describe, expect, it } from "vitest";
import type { EventFact, FigureFact } from "../nlp/types.js";
import {
  saysNothing,
  withoutConversions,
  withoutRetellings,
  withSameEventsMerged,
} from "./fact-sheet.js";

const event = (place: string, day: number, type: EventFact["type"] = "visit"): EventFact => ({
  kind: "event",
  type,
  date: { year: 2019, month: 9, day },
  planned: false,
  place,
  people: [],
  sentence: `${type} di ${place} pada ${day}.`,
});

describe("a story's events in a fact sheet", () => {
  it("lists an event two outlets of one story tell in their own words once", () => {
    const events = [
      { storyId: 1, fact: event("Kementerian Komunikasi", 19) },
      { storyId: 1, fact: event("Kementerian Kominfo", 19) },
    ];
    expect(withoutRetellings(events).map((e) => e.fact.place)).toEqual(["Kementerian Komunikasi"]);
  });

  it("keeps events of other days, other kinds or other stories", () => {
    const events = [
      { storyId: 1, fact: event("Jakarta", 19) },
      { storyId: 1, fact: event("Jakarta", 20) },
      { storyId: 1, fact: event("Jakarta", 19, "meeting") },
      { storyId: 2, fact: event("Jakarta", 19) },
    ];
    expect(withoutRetellings(events)).toHaveLength(4);
  });

  it("lists a statement and a report of one story on one day once, the first told", () => {
    const events = [
      { storyId: 1, fact: event("Jakarta", 20, "report") },
      { storyId: 1, fact: event("Jakarta", 20, "statement") },
      { storyId: 2, fact: event("Jakarta", 20, "statement") },
    ];
    expect(withoutRetellings(events).map((e) => [e.storyId, e.fact.type])).toEqual([
      [1, "report"],
      [2, "statement"],
    ]);
  });

  it("lists one sentence the story's articles date differently once", () => {
    const sentence = "PT Sokonindo mengumumkan kerja sama dengan QSJ Motors Philippine.";
    const events = [
      { storyId: 1, fact: { ...event("Jakarta", 16, "statement"), sentence } },
      { storyId: 1, fact: { ...event("Jakarta", 18, "statement"), sentence } },
    ];
    expect(withoutRetellings(events).map((e) => e.fact.date?.day)).toEqual([16]);
  });

  it("finds nothing to say in a report naming nobody whose sentence has words missing", () => {
    const report = {
      ...event("Jakarta", 20, "report"),
      sentence: "Presiden AS Donald , bakal datang.",
    };
    expect(saysNothing(report)).toBe(true);
    expect(saysNothing({ ...report, sentence: "Presiden AS Donald Trump bakal datang." })).toBe(
      false,
    );
    expect(
      saysNothing({ ...report, people: [{ name: "Trump", role: "Presiden", country: "US" }] }),
    ).toBe(false);
    expect(saysNothing({ ...report, type: "meeting" })).toBe(false);
  });
});

describe("one event told in two stories", () => {
  it("is listed once, citing both, when kind, day and a place name agree", () => {
    const merged = withSameEventsMerged([
      { fact: event("TMP Kalibata, Jakarta Selatan", 15), storyIds: [1] },
      { fact: event("Taman Makam Pahlawan Kalibata, Jakarta", 15), storyIds: [2] },
    ]);
    expect(merged.map((e) => e.storyIds)).toEqual([[1, 2]]);
  });

  it("stays two events on other days, of other kinds, at other places or with no place", () => {
    const events = [
      { fact: event("Kalibata", 15), storyIds: [1] },
      { fact: event("Kalibata", 16), storyIds: [2] },
      { fact: event("Kalibata", 15, "meeting"), storyIds: [3] },
      { fact: event("Bogor", 15), storyIds: [4] },
      { fact: { ...event("x", 15), place: null }, storyIds: [5] },
      { fact: event("Kalibata", 15, "statement"), storyIds: [6] },
      { fact: event("Kalibata", 15, "statement"), storyIds: [7] },
    ];
    expect(withSameEventsMerged(events)).toHaveLength(7);
  });
});

describe("a story's figures in a fact sheet", () => {
  const figure = (
    value: number,
    currency: string,
    equivalents: FigureFact["equivalents"] = [],
  ) => ({
    kind: "figure" as const,
    measure: "claim",
    label: "Gugatan",
    amount: { value, currency },
    equivalents,
    year: null,
    period: null,
    sentence: "Gugatan RM 1 atau Rp 3.352.",
  });

  it("lists a figure once when another outlet gives only its conversion", () => {
    const figures = [
      { storyId: 5, fact: figure(1, "MYR", [{ value: 3352, currency: "IDR" }]) },
      { storyId: 5, fact: figure(3352, "IDR") },
      { storyId: 6, fact: figure(3352, "IDR") },
    ];
    expect(withoutConversions(figures).map((f) => [f.storyId, f.fact.amount.currency])).toEqual([
      [5, "MYR"],
      [6, "IDR"],
    ]);
  });
});
