import { describe, expect, it } from "vitest";
import { eventsIn } from "./testing.js";

const published = { year: 2019, month: 9, day: 17 };
const meetingOf = (body: string) => eventsIn(body, published).find((e) => e.type === "meeting");

describe("a sentence glued from several by a scraped page ('., ')", () => {
  it("dates an event by the date of its own glued piece", () => {
    const meeting = meetingOf(
      "Chile dan Peru sepakat memperkuat kerja sama tambang. “Ini bukti kerja sama kedua negara,” kata Menteri Chile dalam siaran pers yang diterima di Jakarta, Selasa, 17 September 2019., Dalam kunjungan itu, Menteri Chile bertemu dengan Menteri Pertambangan Peru di Lima pada Senin (16/9).",
    );
    expect(meeting?.date).toEqual({ year: 2019, month: 9, day: 16 });
  });

  it("still takes a date of another piece when its own piece has none", () => {
    const meeting = meetingOf(
      "Chile dan Peru sepakat memperkuat kerja sama tambang. Kunjungan itu berlangsung Senin, 16 September 2019., Menteri Chile bertemu dengan Menteri Pertambangan Peru di Lima.",
    );
    expect(meeting?.date).toEqual({ year: 2019, month: 9, day: 16 });
  });

  it("places an event where its own glued piece says", () => {
    const meeting = meetingOf(
      "Chile dan Peru sepakat memperkuat kerja sama tambang. Di Lima, Menteri Chile bertemu dengan Menteri Pertambangan Peru pada Senin (16/9)., Sehari sebelumnya ia singgah di Bogota.",
    );
    expect(meeting?.place).toBe("Lima");
  });
});
