import { describe, expect, it } from "vitest";
import { findPlace } from "./event-place.js";

describe("an event's place just outside or in front of a landmark", () => {
  it("is the landmark", () => {
    expect(findPlace("kata Menteri kepada wartawan di luar Gedung Putih, Selasa.", 0)).toBe(
      "Gedung Putih",
    );
    expect(findPlace("Massa berkumpul di depan Istana Merdeka untuk memprotes Malaysia.", 0)).toBe(
      "Istana Merdeka",
    );
  });

  it("is still nothing when no name follows", () => {
    expect(findPlace("Kedua menteri bertemu di luar negeri pekan lalu.", 0)).toBeNull();
  });
});

describe("an event's place at a military base", () => {
  it("is the base's name after 'pangkalan udara' or 'pangkalan militer'", () => {
    expect(findPlace("Kapal perang Peru menembakkan rudal ke pangkalan udara Al Asad.", 0)).toBe(
      "Al Asad",
    );
    expect(findPlace("Menhan Chile berkunjung ke pangkalan militer Tartus, Senin.", 0)).toBe(
      "Tartus",
    );
  });
});

describe("an event's place named with a venue's common noun in lower case", () => {
  it("keeps the noun with the name", () => {
    expect(findPlace("ujar anggota DPR itu di kompleks DPR, Senin (21/8).", 0)).toBe(
      "kompleks DPR",
    );
    expect(findPlace("Kedua menteri bertemu di gedung Kemenlu, Jakarta.", 0)).toBe(
      "gedung Kemenlu, Jakarta",
    );
    expect(findPlace("Jumpa pers digelar di kantor Kemendag, Jakarta.", 0)).toBe(
      "kantor Kemendag, Jakarta",
    );
  });

  it("still gives the city after an office's comma", () => {
    expect(findPlace("kata Menteri di kantornya, Jakarta Pusat, Jumat.", 0)).toBe("Jakarta Pusat");
  });
});

describe("a platform one writes on", () => {
  it("is not a place", () => {
    expect(findPlace("Trump mengumumkan penundaan tarif di Twitter, Rabu.", 0)).toBeNull();
    expect(findPlace("Menteri Malaysia menulis di Facebook soal kabut asap.", 0)).toBeNull();
    expect(findPlace("Trump mengumumkan penundaan tarif di Twitternya, Rabu.", 0)).toBeNull();
  });
});

describe("a common noun alone, capitalised", () => {
  it("is not a place: the Kingdom, a field of work, a venue's noun without its name", () => {
    expect(
      findPlace("Ia ingin menggagalkan reformasi di Kerajaan melalui kebencian.", 0),
    ).toBeNull();
    expect(findPlace("Mereka membahas kerja sama di Sektor transportasi.", 0)).toBeNull();
    expect(findPlace("Acara berlangsung di Auditorium kampus itu.", 0)).toBeNull();
    expect(findPlace("Raja tiba di Kerajaan Arab Saudi.", 0)).toBe("Kerajaan Arab Saudi");
  });
});

describe("a comma after the place", () => {
  it("does not take the clause's subject, named with a title, for a region", () => {
    const text = "Usai pertemuan di Berlin, Kanselir Jerman Angela Merkel menolak rencana itu.";
    expect(findPlace(text, 0)).toBe("Berlin");
  });
});

describe("the homeland", () => {
  it("is not an event's place", () => {
    expect(findPlace("Dubes mengajak pelaku usaha di Tanah Air terus mengekspor.", 0)).toBeNull();
  });
});

describe("a place opening the sentence", () => {
  it("is found after a capitalised 'Di' or 'Ke'", () => {
    expect(findPlace("Di Sofia, Menlu Retno menemui Presiden Bulgaria.", 0)).toBe("Sofia");
    expect(findPlace("Ke Hanoi, Presiden membawa rombongan pengusaha.", 0)).toBe("Hanoi");
  });
});

describe("English places", () => {
  it("reads a place after 'in', and after 'to' only at the end of a journey", () => {
    expect(findPlace("The two leaders met in Canberra on Friday.", 0)).toBe("Canberra");
    expect(findPlace("It was his first visit to Moscow since the war.", 0)).toBe("Moscow");
    expect(
      findPlace("Washington imposed sanctions on firms that supply drones to Russia.", 0),
    ).toBe(null);
  });

  it("does not take a currency's letters for a place", () => {
    expect(findPlace("Trade rose in US$ terms to a record, officials said.", 0)).toBe(null);
  });
});

describe("a person's name after 'di depan' or 'di hadapan'", () => {
  it("is whom it was done before, not where: the venue is the place", () => {
    const text =
      "Dalam upacara di Istana Quirinale, Menlu Chile menandatangani nota di depan Mattarella.";
    expect(findPlace(text, text.indexOf("nota"), ["Sergio Mattarella"])).toBe("Istana Quirinale");
  });
});

describe("a month or a day after a place", () => {
  it("ends the place, with or without a comma", () => {
    expect(findPlace("pertemuan kedua di Vietnam Februari lalu", 0)).toBe("Vietnam");
    expect(findPlace("fasilitas minyak di Provinsi Timur Sabtu dini hari", 0)).toBe(
      "Provinsi Timur",
    );
    expect(findPlace("bertemu di Berlin, Senin (16/9)", 0)).toBe("Berlin");
  });
});
