import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates.js";

// Thursday 12 September 2024.
const THURSDAY = { year: 2024, month: 9, day: 12 };
const dateOf = (text: string) => findDateMentions(text, THURSDAY)[0]?.date;

describe("a weekday of a named week", () => {
  it("'Selasa pekan depan' is the Tuesday of next week", () => {
    expect(dateOf("Ia akan berpidato pada Selasa pekan depan.")).toEqual({
      year: 2024,
      month: 9,
      day: 17,
    });
  });

  it("'Senin minggu lalu' is the Monday of last week", () => {
    expect(dateOf("Mereka bertemu Senin minggu lalu.")).toEqual({ year: 2024, month: 9, day: 2 });
  });

  it("'Minggu pekan ini' is the Sunday that ends this week", () => {
    expect(dateOf("Upacara digelar Minggu pekan ini.")).toEqual({ year: 2024, month: 9, day: 15 });
  });

  it("reads the whole expression as one date", () => {
    const [mention] = findDateMentions("pada Jumat pekan depan", THURSDAY);
    expect(mention).toMatchObject({ raw: "Jumat pekan depan", date: { day: 20 } });
  });
});
