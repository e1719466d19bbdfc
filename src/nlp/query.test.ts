import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCountryQuery } from "./query.js";

describe("reading a question about countries", () => {
  it("finds the two countries in a command's arguments or a plain question", () => {
    expect(parseCountryQuery("Malaysia Rusia")).toEqual({ countries: ["MY", "RU"], unknown: [] });
    expect(parseCountryQuery("apa hubungan Malaysia dan Rusia?")).toEqual({
      countries: ["MY", "RU"],
      unknown: [],
    });
    expect(parseCountryQuery("relations between Russia and China")).toEqual({
      countries: ["RU", "CN"],
      unknown: [],
    });
    expect(parseCountryQuery("Indonesia - Arab Saudi").countries).toEqual(["ID", "SA"]);
  });

  it("keeps the order the user wrote", () => {
    expect(parseCountryQuery("Kosovo Malaysia").countries).toEqual(["XK", "MY"]);
  });

  it("names back what it does not know", () => {
    expect(parseCountryQuery("Malaysiaa Rusia")).toEqual({
      countries: ["RU"],
      unknown: ["Malaysiaa"],
    });
  });

  it("ignores markup pasted into the question", () => {
    expect(parseCountryQuery("<b>Malaysia</b> <i>Rusia</i>")).toEqual({
      countries: ["MY", "RU"],
      unknown: [],
    });
  });

  it("reads only the start of a very long message", () => {
    const result = parseCountryQuery(`Malaysia Rusia ${"blah ".repeat(2000)}`);
    expect(result.countries).toEqual(["MY", "RU"]);
    expect(result.unknown.length).toBeLessThanOrEqual(3);
  });

  it("never throws and never returns more than three unknown names, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseCountryQuery(text);
        expect(result.unknown.length).toBeLessThanOrEqual(3);
        expect(new Set(result.countries).size).toBe(result.countries.length);
      }),
    );
  });
});
