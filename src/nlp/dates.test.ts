import { describe, expect, it } from "vitest";
import {
  compareDates,
  findDateMentions,
  formatDateEn,
  formatDateId,
  fromIsoDate,
  toIsoDate,
} from "./dates.js";
import type { PartialDate } from "./types.js";

/** Friday 16 May 2025. */
const REF: PartialDate = { year: 2025, month: 5, day: 16 };

function only(text: string, ref: PartialDate | null = REF) {
  const mentions = findDateMentions(text, ref);
  expect(mentions).toHaveLength(1);
  const m = mentions[0];
  if (!m) throw new Error("no mention");
  expect(text.slice(m.start, m.end)).toBe(m.raw);
  return m;
}

describe("findDateMentions: absolute dates", () => {
  it.each([
    [
      "pada Rabu, 14 Mei 2025, dalam rangka",
      "Rabu, 14 Mei 2025",
      { year: 2025, month: 5, day: 14 },
    ],
    ["di Kazan pada 16 Mei 2025, sebagai", "16 Mei 2025", { year: 2025, month: 5, day: 16 }],
    ["Kamis, 8 April 2021 | 19:40 WIB", "Kamis, 8 April 2021", { year: 2021, month: 4, day: 8 }],
    ["pada Rabu (7/4/2021). Kesepakatan", "Rabu (7/4/2021)", { year: 2021, month: 4, day: 7 }],
    ["tanggal 7/4/2021 lalu", "7/4/2021", { year: 2021, month: 4, day: 7 }],
    ["sejak 3 Agt. 2024 dan", "3 Agt. 2024", { year: 2024, month: 8, day: 3 }],
    ["on May 14, 2025 the", "May 14, 2025", { year: 2025, month: 5, day: 14 }],
    ["dirilis 2025-05-14 pagi", "2025-05-14", { year: 2025, month: 5, day: 14 }],
  ])("reads %j as a full date", (text, raw, date) => {
    const m = only(text);
    expect(m).toMatchObject({ raw, date, kind: "absolute" });
  });

  it("when the day does not exist in the month, the mention has no date", () => {
    expect(only("pada 31 Februari 2025").date).toBeNull();
    expect(only("pada 29/2/2023").date).toBeNull();
    expect(only("pada 29 Februari 2024").date).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe("findDateMentions: ranges", () => {
  it.each([
    ["dari 1 hingga 4 Mei 2025 juga", "1 hingga 4 Mei 2025", 1, 4],
    ["pada 13-14 September 2019", "13-14 September 2019", 13, 14],
    ["pada 1–4 Mei 2025", "1–4 Mei 2025", 1, 4],
  ])("a day range %j starts on the first day and runs until the last", (text, raw, d1, d2) => {
    const m = only(text);
    expect(m.raw).toBe(raw);
    expect(m.date?.day).toBe(d1);
    expect(m.until?.day).toBe(d2);
  });

  it("a range across months keeps both months", () => {
    const m = only("pada 30 April - 2 Mei 2025");
    expect(m.date).toEqual({ year: 2025, month: 4, day: 30 });
    expect(m.until).toEqual({ year: 2025, month: 5, day: 2 });
  });

  it("a month range is a month mention with an end", () => {
    const m = only("Selama periode Januari-Maret 2022, perdagangan");
    expect(m).toMatchObject({ kind: "month", date: { year: 2022, month: 1 } });
    expect(m.until).toEqual({ year: 2022, month: 3 });
  });

  it("a backwards range is not resolved", () => {
    expect(only("pada 14-13 September 2019").date).toBeNull();
  });
});

describe("findDateMentions: months", () => {
  it("a month with a year is a month mention", () => {
    expect(only("digelar pada Oktober 2025.")).toMatchObject({
      kind: "month",
      date: { year: 2025, month: 10 },
    });
  });

  it("a month alone takes the reference year when not after the reference month", () => {
    expect(only("di Beijing pada Februari, di mana").date).toEqual({ year: 2025, month: 2 });
  });

  it("a month alone after the reference month is last year's", () => {
    expect(only("pada Agustus", { year: 2025, month: 5 }).date).toEqual({ year: 2024, month: 8 });
  });

  it("a month pointed forward is the next one", () => {
    expect(only("pada Februari mendatang", REF).date).toEqual({ year: 2026, month: 2 });
  });

  it("a month followed by the year it is in ('tahun lalu', 'tahun depan') is that year's", () => {
    expect(only("Pada Mei tahun lalu, Anwar berkunjung.").date).toEqual({ year: 2024, month: 5 });
    expect(only("pada Maret tahun depan").date).toEqual({ year: 2026, month: 3 });
    expect(only("pada Agustus tahun ini").date).toEqual({ year: 2025, month: 8 });
    expect(only("pada Januari tahun 2018").date).toEqual({ year: 2018, month: 1 });
  });

  it("without a reference a bare month is found but not resolved", () => {
    expect(only("pada Februari", null)).toMatchObject({ kind: "month", date: null });
  });

  it("a lower-case month word alone is not a month", () => {
    expect(findDateMentions("kata mei dan may be", REF)).toEqual([]);
  });
});

describe("findDateMentions: day and month without a year", () => {
  it("takes the year from the reference", () => {
    expect(only("Xi pada Selasa (17/6) mengatakan", { year: 2025 })).toMatchObject({
      kind: "dayMonth",
      date: { year: 2025, month: 6, day: 17 },
    });
  });

  it("accepts spaces around the slash", () => {
    expect(only("Rabu (9 / 8) lalu", { year: 2023 }).date).toEqual({
      year: 2023,
      month: 8,
      day: 9,
    });
  });

  it("picks last year when the weekday only fits it", () => {
    expect(only("pada Selasa (31/12)", { year: 2025, month: 1, day: 3 }).date).toEqual({
      year: 2024,
      month: 12,
      day: 31,
    });
  });

  it("leaves it unresolved when the weekday fits neither year", () => {
    expect(only("pada Kamis (17/6)", { year: 2025 }).date).toBeNull();
  });

  it("trusts the weekday when it lands on the printed day but the month is misprinted", () => {
    // Wednesday 20 December 2017: the latest Selasa is the 19th, not in February.
    expect(
      only("kata juru bicara pada Selasa (19 / 2).", { year: 2017, month: 12, day: 20 }).date,
    ).toEqual({
      year: 2017,
      month: 12,
      day: 19,
    });
  });

  it("leaves it unresolved when the weekday lands on another day than the printed one", () => {
    expect(
      only("kata juru bicara pada Senin (19 / 2).", { year: 2017, month: 12, day: 20 }).date,
    ).toBeNull();
  });

  it("leaves it unresolved without a reference", () => {
    expect(only("pada 17 Juni", null)).toMatchObject({ kind: "dayMonth", date: null });
  });
});

describe("findDateMentions: a weekday that contradicts its date", () => {
  it("trusts the weekday when it falls in the same week as the printed day", () => {
    // 14 May 2025 is a Wednesday; the Friday before the reference is the 16th.
    expect(only("diumumkan Jumat, 14 Mei 2025, di").date).toEqual(REF);
    expect(only("pada Jumat (14/5/2025) lalu").date).toEqual(REF);
  });

  it("keeps the printed date when the weekday points far away", () => {
    expect(only("pada Selasa, 3 Maret 2025").date).toEqual({ year: 2025, month: 3, day: 3 });
  });

  it("keeps an agreeing weekday and date as they are", () => {
    expect(only("pada Rabu, 14 Mei 2025").date).toEqual({ year: 2025, month: 5, day: 14 });
  });
});

describe("findDateMentions: weekdays", () => {
  it("a weekday alone is the latest such day on or before the reference", () => {
    expect(only("di Kuala Lumpur, Jumat, mengatakan").date).toEqual(REF);
    expect(only("pada Selasa malam").date).toEqual({ year: 2025, month: 5, day: 13 });
    expect(only("pada Jum'at").date).toEqual(REF);
    expect(only("Jumat lalu").date).toEqual({ year: 2025, month: 5, day: 9 });
  });

  it("needs a reference known to the day", () => {
    expect(only("pada Selasa", { year: 2025, month: 5 })).toMatchObject({
      kind: "weekday",
      date: null,
    });
  });

  it("does not take the noun minggu (week) or words containing a weekday", () => {
    expect(findDateMentions("selama dua minggu", REF)).toEqual([]);
    expect(findDateMentions("Dalam Dua Minggu", REF)).toEqual([]);
    expect(findDateMentions("Rabuan dan Kamisan", REF)).toEqual([]);
    expect(only("Minggu lalu, dia").kind).toBe("relative");
  });
});

describe("findDateMentions: relative expressions", () => {
  it.each([
    ["kemarin", { year: 2025, month: 5, day: 15 }],
    ["tadi malam", { year: 2025, month: 5, day: 15 }],
    ["Hari ini", REF],
    ["pekan lalu", { year: 2025, month: 5 }],
    ["minggu lalu", { year: 2025, month: 5 }],
    ["dua pekan lalu", { year: 2025, month: 5 }],
    ["tiga hari lalu", { year: 2025, month: 5, day: 13 }],
    ["bulan lalu", { year: 2025, month: 4 }],
    ["Tahun lalu", { year: 2024 }],
    ["dua tahun lalu", { year: 2023 }],
    ["33 tahun silam", { year: 1992 }],
  ])("%j is resolved against the reference", (text, date) => {
    expect(only(text)).toMatchObject({ kind: "relative", date });
  });

  it("a week names only its month: the week before the 3rd is last month's", () => {
    expect(only("pekan lalu", { year: 2025, month: 6, day: 3 }).date).toEqual({
      year: 2025,
      month: 5,
    });
    expect(only("minggu ini").date).toEqual({ year: 2025, month: 5 });
  });

  it("is unresolved when the reference is too coarse", () => {
    expect(only("kemarin", { year: 2025 }).date).toBeNull();
    expect(only("tahun lalu", null).date).toBeNull();
  });
});

describe("findDateMentions: years", () => {
  it.each([
    ["pada tahun 2024.", "tahun 2024"],
    ["tahun 2024", "tahun 2024"],
    ["pada 2024, ekspor", "2024"],
  ])("%j is a year", (text, raw) => {
    expect(only(text)).toMatchObject({ raw, kind: "year", date: { year: 2024 } });
  });

  it("does not turn other four-digit numbers into years", () => {
    const text = "mencapai US$174,2 juta, kode pos 12950, 2024 orang, untuk 2020-2030";
    expect(findDateMentions(text, REF)).toEqual([]);
  });

  it("a year range after tahun has an end", () => {
    expect(only("tahun 2012-2013")).toMatchObject({ date: { year: 2012 }, until: { year: 2013 } });
  });
});

describe("findDateMentions: order", () => {
  it("returns mentions in text order without overlaps", () => {
    const text = "Pada Rabu, 14 Mei 2025 dan pada tahun 2024, lalu kemarin dan Oktober 2025.";
    const raws = findDateMentions(text, REF).map((m) => m.raw);
    expect(raws).toEqual(["Rabu, 14 Mei 2025", "tahun 2024", "kemarin", "Oktober 2025"]);
  });
});

describe("formatting and comparing", () => {
  const day = { year: 2025, month: 5, day: 14 };
  it("formats in Indonesian and English at each precision", () => {
    expect(formatDateId(day)).toBe("14 Mei 2025");
    expect(formatDateId({ year: 2025, month: 5 })).toBe("Mei 2025");
    expect(formatDateId({ year: 2025 })).toBe("2025");
    expect(formatDateEn(day)).toBe("14 May 2025");
    expect(formatDateEn({ year: 2025, month: 5 })).toBe("May 2025");
  });

  it("sorts chronologically with coarser dates first", () => {
    const sorted = [day, { year: 2025 }, { year: 2024, month: 12 }, { year: 2025, month: 5 }].sort(
      compareDates,
    );
    expect(sorted.map(toIsoDate)).toEqual(["2024-12", "2025", "2025-05", "2025-05-14"]);
  });

  it("round-trips ISO dates and rejects invalid ones", () => {
    for (const s of ["2025", "2025-05", "2025-05-14"])
      expect(toIsoDate(fromIsoDate(s) ?? day)).toBe(s);
    expect(fromIsoDate("2025-05-14T10:00:00+07:00")).toEqual(day);
    expect(fromIsoDate("2025-02-31")).toBeNull();
    expect(fromIsoDate("2025-13")).toBeNull();
    expect(fromIsoDate("14 Mei 2025")).toBeNull();
  });
});
