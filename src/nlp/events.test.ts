import { describe, expect, it } from "vitest";
import { eventsIn } from "./testing.js";

const events = eventsIn;

describe("events", () => {
  it("reads a call with its weekday date resolved against the publication date", () => {
    const [call] = events(
      "Presiden Turki Recep Tayyip Erdogan berbicara melalui telepon dengan Presiden Rusia Vladimir Putin pada Selasa.",
    );
    expect(call).toMatchObject({ type: "call", date: { year: 2024, month: 9, day: 10 } });
  });

  it("reads a signing and where it happened", () => {
    const [signing] = events(
      "Menteri Luar Negeri Jepang Yoko Kamikawa dan Menteri Luar Negeri Filipina Enrique Manalo menandatangani perjanjian akses timbal balik di Manila pada 8 Juli 2024.",
    );
    expect(signing).toMatchObject({
      type: "signing",
      place: "Manila",
      date: { year: 2024, month: 7, day: 8 },
    });
  });

  it("does not take 'pertemuan tersebut' for a new meeting", () => {
    const found = events(
      "Presiden Mesir Abdel Fattah el-Sisi bertemu Raja Yordania Abdullah di Kairo pada 2 September 2024. Dalam pertemuan tersebut kedua pemimpin membahas Gaza.",
    );
    expect(found.filter((event) => event.type === "meeting")).toHaveLength(1);
  });

  it("does not take 'pertemuannya' (their meeting) after the story's meeting for a new one", () => {
    const found = events(
      "Presiden Mesir Abdel Fattah el-Sisi bertemu Raja Yordania Abdullah di Kairo pada 2 September 2024. Dalam pertemuannya, el-Sisi dan Abdullah juga sepakat membuka perbatasan.",
    );
    expect(found.filter((event) => event.type === "meeting")).toHaveLength(1);
  });

  it("reads a 'pertemuannya' with a date of its own as an earlier meeting, not the story's", () => {
    const found = events(
      "Presiden Mesir Abdel Fattah el-Sisi bertemu Raja Yordania Abdullah di Kairo pada 2 September 2024. El-Sisi mengenang pertemuannya dengan Abdullah di Amman pada Februari.",
    );
    expect(found.filter((event) => event.type === "meeting")).toHaveLength(2);
  });

  it("reads 'kunjungannya' (her visit) as the story's visit, and the meeting in it as new", () => {
    const found = events(
      "Menlu Mesir Sameh Shoukry berkunjung ke Amman pada 2 September 2024. Dalam kunjungannya, Shoukry bertemu dengan Raja Yordania Abdullah.",
    );
    expect(found.map((event) => event.type).sort()).toEqual(["meeting", "visit"]);
  });

  it("leaves a plan its words do not date undated: the lead's day is when it was told", () => {
    const body = [
      "Menlu Mesir Sameh Shoukry, Senin (9/9/2024), mengatakan Mesir dan Yordania sepakat bekerja sama.",
      "Menlu Mesir Sameh Shoukry akan bertemu Raja Yordania Abdullah di Amman.",
    ].join(" ");
    const meeting = events(body).find((event) => event.type === "meeting");
    expect(meeting).toMatchObject({ planned: true, date: null, place: "Amman" });
  });

  it("reads 'pertemuan nanti' (the meeting to come) as a plan", () => {
    const meeting = events(
      "Mesir dan Yordania sepakat bekerja sama, Senin (9/9/2024). Dalam pertemuan nanti, Menlu Mesir Sameh Shoukry dan Raja Yordania Abdullah membahas Gaza.",
    ).find((event) => event.type === "meeting");
    expect(meeting).toMatchObject({ planned: true });
  });

  it("marks an announced visit as planned", () => {
    const [visit] = events(
      "Perdana Menteri India Narendra Modi dijadwalkan berkunjung ke Jakarta bertemu Presiden Indonesia Joko Widodo pada Desember 2024.",
    );
    expect(visit).toMatchObject({ type: "visit", planned: true });
  });

  it("marks a meeting that only could take place as planned, not held", () => {
    const [meeting] = events(
      "Analis menilai pertemuan Presiden India Narendra Modi dan Presiden Indonesia Joko Widodo bisa berlangsung pekan ini.",
    );
    expect(meeting).toMatchObject({ type: "meeting", planned: true });
  });
});

describe("conflict events", () => {
  it("reads a sanction between two countries", () => {
    const [sanction] = events(
      "Amerika Serikat menjatuhkan sanksi terhadap Iran atas program rudal balistiknya.",
    );
    expect(sanction).toMatchObject({ type: "sanction", planned: false });
  });

  it("reads an expulsion of diplomats", () => {
    const [expulsion] = events(
      "Inggris mengusir 23 diplomat Rusia pada Rabu, 14 Maret 2018, setelah serangan racun di Salisbury.",
      { year: 2018, month: 3, day: 15 },
    );
    expect(expulsion).toMatchObject({ type: "expulsion", date: { year: 2018, month: 3, day: 14 } });
  });
});

// Thursday 12 September 2024 is the default publication day of these examples.
describe("when an event happened", () => {
  it("dates a statement of the opening by the lead's date, and places it there", () => {
    const [statement] = events(
      "Menteri Luar Negeri Chile Alberto van Klaveren mengatakan Chile mendukung Peru.\n\n" +
        "Hal itu disampaikan di Santiago, Selasa (10/9).",
    );
    expect(statement).toMatchObject({
      type: "statement",
      date: { year: 2024, month: 9, day: 10 },
      place: "Santiago",
      planned: false,
    });
  });

  it("does not date an event by a relative clause about something else", () => {
    const [statement] = events(
      "Presiden Chile Gabriel Boric menyampaikan belasungkawa kepada Peru atas wafatnya mantan presiden Peru yang meninggal dunia pada Senin, 9 September 2024. Chile dan Peru sepakat bekerja sama.",
    );
    expect(statement?.date).toEqual({ year: 2024, month: 9, day: 12 });
  });

  it("a future date in a relative clause still dates the plan", () => {
    const [visit] = events(
      "Presiden Chile Gabriel Boric mengundang Presiden Peru Dina Boluarte ke forum yang akan digelar pada November 2024. Chile dan Peru sepakat bekerja sama.",
    );
    expect(visit).toMatchObject({ planned: true, date: { year: 2024, month: 11 } });
  });

  it("does not date an event by the start of a duration", () => {
    const [meeting] = events(
      "Menlu Chile Alberto van Klaveren bertemu Menlu Peru Javier Gonzalez-Olaechea, yang menjabat sejak 5 Februari 2024.",
    );
    expect(meeting?.date).toEqual({ year: 2024, month: 9, day: 12 });
  });

  it("tells the story's report first when later sentences recall other statements", () => {
    const body = [
      "Chile memperkuat kerja sama perdagangan dengan Peru. Chile dan Peru sepakat bekerja sama.",
      "Pasar tembaga naik.",
      "Harga ikan turun.",
      "Cuaca cerah.",
      "Panen anggur baik.",
      "Presiden Chile Gabriel Boric mengatakan bahwa Peru penting pada 2 Agustus 2024.",
    ].join("\n\n");
    expect(events(body).map((event) => event.type)).toEqual(["report", "statement"]);
  });
});

describe("an event told later in the story", () => {
  it("when it gives no date, is dated by the story's date but not placed at the story's place", () => {
    const body = [
      "Menlu Chile Alberto van Klaveren bertemu Menlu Peru Elmer Schialer di Lima, Selasa (10/9).",
      "Pasar tembaga naik.",
      "Harga ikan turun.",
      "Cuaca cerah.",
      "Presiden Chile Gabriel Boric juga menerima kunjungan Presiden Peru Dina Boluarte di Istana La Moneda.",
    ].join("\n\n");
    const visit = events(body).find((event) => event.sentence.includes("La Moneda"));
    expect(visit).toMatchObject({
      date: { year: 2024, month: 9, day: 10 },
      place: "Istana La Moneda",
    });
  });
});

describe("whether an event happened", () => {
  it("a plan word after the event's clause is not the event's", () => {
    const [signing] = events(
      "Menteri Pertahanan Chile dan Menteri Pertahanan Peru menandatangani nota kerja sama di Lima, Senin (9/9), bahwa kedua negara akan berlatih bersama.",
    );
    expect(signing).toMatchObject({ type: "signing", planned: false });
  });

  it("what a statement says will happen does not make the statement planned", () => {
    const [statement] = events(
      "Presiden Chile Gabriel Boric, Rabu (11/9), mengatakan Peru akan membuka konsulat baru. Chile dan Peru sepakat bekerja sama.",
    );
    expect(statement).toMatchObject({ type: "statement", planned: false });
  });

  it("a plan in a quote does not make the meeting told outside it planned", () => {
    const [meeting] = events(
      '"Kami akan menindaklanjuti," kata Menlu Chile Alberto van Klaveren usai bertemu Menlu Peru Javier Gonzalez-Olaechea di Lima, Rabu (11/9).',
    );
    expect(meeting).toMatchObject({ type: "meeting", planned: false });
  });

  it("a denied or refused meeting is no meeting", () => {
    const found = events(
      "Menlu Chile Alberto van Klaveren belum bisa bertemu Menlu Peru Javier Gonzalez-Olaechea di Lima. Presiden Peru Dina Boluarte menolak untuk bertemu Presiden Chile Gabriel Boric di Santiago.",
    );
    expect(found.filter((event) => event.type === "meeting")).toEqual([]);
  });
});

describe("where an event happened", () => {
  it("a palace with its name is a place", () => {
    const [meeting] = events(
      "Presiden Chile Gabriel Boric bertemu Presiden Peru Dina Boluarte di Istana La Moneda, Selasa (10/9).",
    );
    expect(meeting?.place).toBe("Istana La Moneda");
  });

  it("a city says more than the country it is in", () => {
    const [visit] = events(
      "Presiden Peru Dina Boluarte tiba di Valparaiso pada Selasa (10/9) dalam kunjungan kenegaraan ke Chile.",
    );
    expect(visit).toMatchObject({ type: "visit", place: "Valparaiso" });
  });

  it("a city named after the common noun 'ibu kota' is the place", () => {
    const [meeting] = events(
      "Menteri Luar Negeri Chile bertemu Menteri Luar Negeri Peru di ibu kota Lima, Selasa (10/9).",
    );
    expect(meeting?.place).toBe("Lima");
  });

  it("a name after the place's comma that a verb follows is the clause's subject, not the region", () => {
    const [visit] = events(
      "Dalam kunjungan kenegaraan ke Lima, Boric mengatakan Chile dan Peru sepakat bekerja sama, Selasa (10/9).",
    );
    expect(visit?.place).toBe("Lima");
  });

  it("a venue's acronym in brackets does not cut off the city after it", () => {
    const [meeting] = events(
      "Menteri Luar Negeri Chile bertemu Menteri Luar Negeri Peru di Perutusan Tetap Chile (PTC) Jenewa, Selasa (10/9).",
    );
    expect(meeting?.place).toBe("Perutusan Tetap Chile (PTC) Jenewa");
  });

  it("the city after an office is the place", () => {
    const [meeting] = events(
      "Menteri Luar Negeri Chile bertemu Menteri Luar Negeri Peru di kantornya, Santiago, Selasa (10/9).",
    );
    expect(meeting?.place).toBe("Santiago");
  });

  it("a named craft is the place of what was said aboard it", () => {
    const [statement] = events(
      "Presiden Chile mengatakan kepada wartawan di pesawat Fuerza Aérea Uno bahwa Chile dan Peru akan bekerja sama, Selasa (10/9).",
    );
    expect(statement?.place).toBe("Fuerza Aérea Uno");
  });

  it("a route's destination is not the place when the sentence names another", () => {
    const [statement] = events(
      "Berbicara di Santiago dalam perjalanan dari Valparaiso ke Lima, Presiden Chile mengatakan Chile dan Peru akan bekerja sama, Selasa (10/9).",
    );
    expect(statement?.place).toBe("Santiago");
    const [visit] = events(
      "Presiden Chile terbang dari Santiago ke Lima untuk kunjungan kenegaraan ke Peru, Selasa (10/9).",
    );
    expect(visit?.place).toBe("Lima");
  });
});

describe("where a statement was made", () => {
  it("is not a place inside what was said", () => {
    const [statement] = events(
      "Menteri Luar Negeri Peru mengatakan pendudukan Chile di Arica telah melanggar hukum, Selasa (10/9). Peru mengecam Chile.",
    );
    expect(statement).toMatchObject({ type: "statement", place: null });
  });

  it("is not a place after 'bahwa'", () => {
    const [statement] = events(
      "Menteri Luar Negeri Peru menyatakan di hadapan forum, Selasa (10/9), bahwa tentara Chile di Arica melanggar hukum. Peru mengecam Chile.",
    );
    expect(statement?.place).toBeNull();
  });

  it("is still the place named right after the verb of saying", () => {
    const [statement] = events(
      "Menteri Luar Negeri Peru mengatakan di Lima, Selasa (10/9), bahwa Chile melanggar hukum. Peru mengecam Chile.",
    );
    expect(statement).toMatchObject({ type: "statement", place: "Lima" });
  });

  it("is not a place inside a quote told around another event", () => {
    const [statement] = events(
      '"Rakyat di Arica menderita," kata Menteri Luar Negeri Peru mengecam Chile, Selasa (10/9).',
    );
    expect(statement?.place).toBeNull();
  });

  it("is a quoted place when the event word is in the same quote", () => {
    const found = events(
      '"Menlu Peru akan tiba di Santiago untuk bertemu Presiden Chile," kata Kemlu Peru, Selasa (10/9).',
    );
    expect(found.find((event) => event.type === "meeting")?.place).toBe("Santiago");
  });
});
