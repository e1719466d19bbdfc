import { describe, expect, it } from "vitest";
import { eventsIn as events } from "./testing.js";

// Thursday 12 September 2024 is the default publication day of these examples.
describe("which of its sentence's dates dates an event", () => {
  it("a year alone ('tahun ini') does not date it: the lead's day does", () => {
    const body = [
      "Menlu Chile Alberto van Klaveren bertemu Menlu Peru Elmer Schialer di Lima, Selasa (10/9).",
      "Ia mengatakan tahun ini Chile dan Peru menandatangani kerja sama perikanan.",
    ].join("\n\n");
    const signing = events(body).find((event) => event.type === "signing");
    expect(signing?.date).toEqual({ year: 2024, month: 9, day: 10 });
  });
});

describe("a date in the event's own clause", () => {
  it("dates it before the date of the report around it", () => {
    const [meeting] = events(
      "Media Chile melaporkan pada hari Selasa bahwa keputusan itu diambil setelah pertemuan Juli 2024 di Lima antara Menlu Chile Alberto van Klaveren dan Menlu Peru Elmer Schialer.",
    );
    expect(meeting?.date).toEqual({ year: 2024, month: 7 });
  });

  it("but what a statement says is no date of the statement", () => {
    const [statement] = events(
      "Pada Rabu (11/9), Presiden Chile Gabriel Boric mengatakan kesepakatan dengan Peru bisa terjadi setelah pemilihan 3 November 2025.",
    );
    expect(statement?.date).toEqual({ year: 2024, month: 9, day: 11 });
  });
});

describe("a meeting told after the story's visit of several days", () => {
  it("was held during the visit, not on the day the ministry reported it", () => {
    const body = [
      "Menteri Luar Negeri Chile Alberto van Klaveren melakukan kunjungan kerja ke Peru pada 9-10 September 2024. Dalam pertemuan dengan Menteri Luar Negeri Peru Elmer Schialer, kedua menlu membahas perdagangan. Chile dan Peru sepakat bekerja sama.",
      "Kementerian Luar Negeri Chile dalam keterangannya, Rabu, 11 September 2024, menjelaskan kedua menlu juga membahas perikanan.",
    ].join("\n\n");
    const meeting = events(body).find((event) => event.type === "meeting");
    expect(meeting).toMatchObject({
      date: { year: 2024, month: 9, day: 9 },
      until: { year: 2024, month: 9, day: 10 },
      place: "Peru",
    });
  });
});

describe("the date of an incident the news reacts to", () => {
  it("dates neither the statement about it nor the story", () => {
    const body = [
      "Menlu Chile Alberto van Klaveren menyalahkan Peru atas serangan ke pelabuhan Valparaiso Sabtu (7/9).",
      "Hal itu disampaikan di Santiago, Selasa (10/9).",
    ].join("\n\n");
    const [statement] = events(body);
    expect(statement?.date).toEqual({ year: 2024, month: 9, day: 10 });
  });
});

describe("where an event happened", () => {
  it("a person the sentence names is not its place", () => {
    const [signing] = events(
      "Menlu Peru Elmer Schialer, dalam upacara di Istana La Moneda, menandatangani nota kerja sama dengan Chile di depan Presiden Chile Gabriel Boric, Selasa (10/9).",
    );
    expect(signing?.place).toBe("Istana La Moneda");
  });
});

describe("an undated event of the kind a plan told before it", () => {
  it("retells the plan: still planned, on the plan's date", () => {
    const body = [
      "Menlu Chile Alberto van Klaveren dijadwalkan berkunjung ke Peru pada 20 hingga 22 Oktober mendatang.",
      "Pasar tembaga naik.",
      "Harga ikan turun.",
      "Cuaca cerah.",
      "Menurut juru bicara, ini menjadi kunjungan pertama Alberto van Klaveren ke Peru.",
    ].join("\n\n");
    const visits = events(body).filter((event) => event.type === "visit");
    expect(visits).toHaveLength(2);
    for (const visit of visits)
      expect(visit).toMatchObject({ planned: true, date: { year: 2024, month: 10, day: 20 } });
  });
});

describe("an undated statement after a plan", () => {
  it("is said when the story tells it, not planned like the plan before it", () => {
    const body = [
      "Menlu Chile Alberto van Klaveren mengatakan akan menyampaikan sikap Chile kepada Peru pada 10 Oktober mendatang.",
      "Pasar tembaga naik.",
      "Harga ikan turun.",
      "Cuaca cerah.",
      "Chile tetap menuduh Peru sebagai pelakunya.",
    ].join("\n\n");
    const accusation = events(body).find((event) => event.sentence.includes("menuduh"));
    expect(accusation).toMatchObject({ type: "statement", planned: false });
  });
});

describe("an event dated by words that point ahead", () => {
  it("is planned even when its date is known only to the publication's month", () => {
    const [meeting] = events(
      "Pertemuan Menlu Chile Alberto van Klaveren dengan Menlu Peru Elmer Schialer digelar di Lima pekan depan.",
    );
    expect(meeting).toMatchObject({
      type: "meeting",
      planned: true,
      date: { year: 2024, month: 9 },
    });
  });

  it("a weekday of next week dates the plan to its day", () => {
    const [meeting] = events(
      "Pertemuan Menlu Chile Alberto van Klaveren dengan Menlu Peru Elmer Schialer digelar di Lima pada Selasa pekan depan.",
    );
    expect(meeting).toMatchObject({ planned: true, date: { year: 2024, month: 9, day: 17 } });
  });
});

describe("a statement of one side about the other, later in the story", () => {
  const opening = [
    "Menlu Chile Alberto van Klaveren bertemu Menlu Peru Elmer Schialer di Lima, Selasa (10/9).",
    "Pasar tembaga naik.",
    "Harga ikan turun.",
    "Cuaca cerah.",
    "Panen anggur baik.",
  ];

  it("is news even without a date of its own: it takes the story's date", () => {
    const body = [...opening, "Chile tetap menuduh Peru sebagai pelakunya."].join("\n\n");
    const accusation = events(body).find((event) => event.sentence.includes("menuduh"));
    expect(accusation).toMatchObject({
      type: "statement",
      date: { year: 2024, month: 9, day: 10 },
    });
  });

  it("told as earlier ('Sebelumnya, ...') it keeps no date, for it was before the story's", () => {
    const body = [...opening, "Sebelumnya, Chile menuduh Peru sebagai pelakunya."].join("\n\n");
    const accusation = events(body).find((event) => event.sentence.includes("menuduh"));
    expect(accusation).toMatchObject({ type: "statement", date: null });
  });

  it("is not when the sentence names one side only", () => {
    const body = [...opening, "Chile tetap menuduh pemberontak sebagai pelakunya."].join("\n\n");
    expect(events(body).some((event) => event.sentence.includes("menuduh"))).toBe(false);
  });
});

describe("an event that names no person", () => {
  const opening = [
    "Chile dan Peru sepakat bekerja sama, Selasa (10/9).",
    "Pasar tembaga naik.",
    "Harga ikan turun.",
    "Cuaca cerah.",
    "Panen anggur baik.",
  ];

  it("is reported when its sentence names both sides and where", () => {
    const body = [
      ...opening,
      "Duta Besar Chile untuk PBB, dalam pertemuan di Dewan Keamanan mengatakan aksi Peru itu berbahaya.",
    ].join("\n\n");
    const meeting = events(body).find((event) => event.type === "meeting");
    expect(meeting?.place).toBe("Dewan Keamanan");
  });

  it("is a remark when its only place is one side's country", () => {
    const body = [...opening, "Lawatan resmi Peru ke Chile merupakan saat bersejarah."].join(
      "\n\n",
    );
    expect(events(body).some((event) => event.type === "visit")).toBe(false);
  });

  it("a scheduled one ('jadwal pertemuan') is planned", () => {
    const body = [
      ...opening,
      "Hal itu terjadi dua hari sebelum jadwal pertemuan Chile dan Peru di Lima.",
    ].join("\n\n");
    const meeting = events(body).find((event) => event.type === "meeting");
    expect(meeting?.planned).toBe(true);
  });
});
