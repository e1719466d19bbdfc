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

describe("a dateline with a place and an outlet", () => {
  it("ends at two dashes written apart", () => {
    expect(parseDateline(`Jakarta, CNN Indonesia - - ${LEAD}`)).toMatchObject({
      place: "Jakarta",
      publisher: "CNN Indonesia",
      rest: LEAD,
    });
  });
});

describe("an English wire dateline", () => {
  const lead =
    "Japan and South Korea signed an agreement on Friday to share military intelligence, officials said after the talks.";

  it("passes over the day after the place", () => {
    expect(parseDateline(`TOKYO, Sept. 6 (Reuters) - ${lead}`)).toMatchObject({
      place: "Tokyo",
      publisher: "Reuters",
      rest: lead,
    });
    expect(parseDateline(`NEW DELHI, July 15 — ${lead}`)?.place).toBe("New Delhi");
  });

  it("tidies each part of a place written in capitals", () => {
    expect(parseDateline(`MANILA, Philippines — ${lead}`)?.place).toBe("Manila, Philippines");
  });

  it("ends a known city with a colon, but a label ending with one is no place", () => {
    expect(parseDateline(`KUALA LUMPUR: ${lead}`)?.place).toBe("Kuala Lumpur");
    expect(parseDateline(`BACA JUGA: ${lead}`)).toBeNull();
  });

  it("names a news agency in brackets", () => {
    expect(parseDateline(`HANOI (VNA) – ${lead}`)).toMatchObject({
      place: "Hanoi",
      publisher: "VNA",
    });
  });
});
