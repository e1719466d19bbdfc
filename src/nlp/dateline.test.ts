import { describe, expect, it } from "vitest";
import { parseDateline } from "./dateline.js";

const LEAD =
  "Konsulat Jenderal Republik Indonesia di Istanbul akan membantu para pengusaha Turki yang ingin mengimpor kopi dari Indonesia.";

describe("a bare dateline", () => {
  it("names a place", () => {
    expect(parseDateline(`Kairo - ${LEAD}`)?.place).toBe("Kairo");
  });

  it("shaped like a news site's name is the outlet, not a place", () => {
    expect(parseDateline(`Rimanews - ${LEAD}`)?.place ?? null).toBeNull();
    expect(parseDateline(`Kabarnews.com - ${LEAD}`)?.place ?? null).toBeNull();
  });
});
