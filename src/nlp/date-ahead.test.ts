import { describe, expect, it } from "vitest";
import { plannedWeekday } from "./date-ahead.js";
import { findDateMentions } from "./dates.js";
import { eventsIn } from "./testing.js";

// Thursday 12 September 2024.
const THURSDAY = { year: 2024, month: 9, day: 12 };
const mentionIn = (text: string) => findDateMentions(text, THURSDAY)[0]!;

describe("a bare weekday told of a plan", () => {
  it("is the coming one", () => {
    expect(plannedWeekday(mentionIn("pada Senin"), THURSDAY)).toEqual({
      year: 2024,
      month: 9,
      day: 16,
    });
  });

  it("stays the publication day when it names it", () => {
    expect(plannedWeekday(mentionIn("pada Kamis"), THURSDAY)).toEqual(THURSDAY);
  });

  it("stays where words say which one it is", () => {
    expect(plannedWeekday(mentionIn("Senin lalu"), THURSDAY)).toEqual({
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
