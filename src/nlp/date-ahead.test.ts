import { describe, expect, it } from "vitest";
import { plannedDate } from "./date-ahead.js";
import { findDateMentions } from "./dates.js";
import { eventsIn } from "./testing.js";

// Thursday 12 September 2024.
const THURSDAY = { year: 2024, month: 9, day: 12 };
const mentionIn = (text: string) => findDateMentions(text, THURSDAY)[0]!;

describe("a bare weekday told of a plan", () => {
  it("is the coming one", () => {
    expect(plannedDate(mentionIn("pada Senin"), THURSDAY)).toEqual({
      year: 2024,
      month: 9,
      day: 16,
    });
  });

  it("stays the publication day when it names it", () => {
    expect(plannedDate(mentionIn("pada Kamis"), THURSDAY)).toEqual(THURSDAY);
  });

  it("stays where words say which one it is", () => {
    expect(plannedDate(mentionIn("Senin lalu"), THURSDAY)).toEqual({
      year: 2024,
      month: 9,
      day: 9,
    });
  });

  it("dates a planned visit ahead", () => {
    const [visit] = eventsIn(
      "Presiden Chile Gabriel Boric akan berkunjung ke Lima bertemu Presiden Peru Dina Boluarte pada Senin.",
    );
    expect(visit).toMatchObject({ planned: true, date: { year: 2024, month: 9, day: 16 } });
  });
});

describe("a bare month told of a plan", () => {
  it("is the coming one", () => {
    expect(plannedDate(mentionIn("pada bulan Desember"), THURSDAY)).toEqual({
      year: 2024,
      month: 12,
    });
    expect(plannedDate(mentionIn("pada Februari"), THURSDAY)).toEqual({ year: 2025, month: 2 });
  });

  it("stays where words or a year say which one it is", () => {
    expect(plannedDate(mentionIn("pada Februari lalu"), THURSDAY)).toEqual({
      year: 2024,
      month: 2,
    });
    expect(plannedDate(mentionIn("pada Februari 2024"), THURSDAY)).toEqual({
      year: 2024,
      month: 2,
    });
    expect(plannedDate(mentionIn("pada Februari tahun ini"), THURSDAY)).toEqual({
      year: 2024,
      month: 2,
    });
  });

  it("dates a planned meeting ahead", () => {
    const [meeting] = eventsIn(
      "Menteri Energi Arab Saudi mengatakan Arab Saudi dan Rusia akan bertemu lagi pada Februari di Riyadh.",
    );
    expect(meeting).toMatchObject({ planned: true, date: { year: 2025, month: 2 } });
  });
});
