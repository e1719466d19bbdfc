import { describe, expect, it } from "vitest";
import { attributionVerbs } from "./event-attribution.js";
import { eventsIn } from "./testing.js";

describe("a quote's attributing verb", () => {
  it("is a statement right after the quote closes", () => {
    const [verb] = attributionVerbs('"Kami tidak akan mundur," tegas Menlu Chile, Rabu (11/9).');
    expect(verb).toMatchObject({ value: "statement", surface: "tegas" });
    expect(attributionVerbs('"Itu keliru." ujarnya.')[0]?.surface).toBe("ujarnya");
  });

  it("is an ordinary word elsewhere", () => {
    expect(attributionVerbs("Sikap Chile sangat tegas dan jelas, kata demi kata.")).toEqual([]);
  });

  it("reports a dated statement later in the story", () => {
    const body = [
      "Chile memperkuat kerja sama perdagangan dengan Peru. Chile dan Peru sepakat bekerja sama.",
      "Pasar tembaga naik.",
      "Harga ikan turun.",
      "Cuaca cerah.",
      "Panen anggur baik.",
      '"Peru harus menghormati perjanjian itu," tegas Menlu Chile Alberto van Klaveren, Rabu (11/9).',
    ].join("\n\n");
    const statement = eventsIn(body).find((event) => event.type === "statement");
    expect(statement).toMatchObject({ date: { year: 2024, month: 9, day: 11 } });
  });
});
