import { describe, expect, it } from "vitest";
import { findMetonyms, leaderCountryBySurname, leaderFullName } from "./metonyms.js";
import { eventsIn } from "./testing.js";

const codes = (text: string) => findMetonyms(text, 2019).map((m) => m.code);

describe("capitals standing for their country", () => {
  it("takes a capital acting as the subject for its government", () => {
    expect(codes("Beijing menolak tuduhan itu.")).toEqual(["CN"]);
  });

  it("when a capital is followed by a comma and its own country it is an address, not the government", () => {
    expect(
      codes("Pesawat lepas landas dari Bandara Internasional Hazrat Shahjalal, Dhaka, Bangladesh."),
    ).toEqual([]);
    expect(codes("The talks were held at the palace, Canberra, Australia.")).toEqual([]);
  });

  it("does not take a given name spelled like a capital for the country ('Riyad al-Maliki')", () => {
    expect(codes("Menlu Palestina Riyad al-Maliki berbicara, Riyadh menyambutnya.")).toEqual([
      "PS",
      "SA",
    ]);
  });

  it("when a city begins a name (a paper, a show, a club), it is not the government", () => {
    expect(
      codes("Menurut Washington Post, Tokyo Motor Show dan Paris Saint-Germain ramai."),
    ).toEqual([]);
    expect(codes("Beijing Senin (12/8) mengumumkan tarif baru.")).toEqual(["CN"]);
    expect(codes("Juru bicara Kremlin Dmitry Peskov menolak tuduhan itu.")).toEqual(["RU"]);
  });

  it("still reads a capital followed by another country as acting", () => {
    expect(codes("Ia mengatakan Moskow, Teheran dan Ankara sepakat.")).toEqual(["RU", "IR", "TR"]);
  });
});

describe("capitals mostly named as places", () => {
  it("when a place-like capital is one side after 'antara', it stands for its country", () => {
    expect(codes("Krisis antara Doha dan Riyadh belum reda.")).toEqual(["QA", "SA"]);
  });

  it("when a place-like capital is only a place, it is not its country", () => {
    expect(codes("Pertemuan itu diadakan pekan lalu, Doha menjadi tuan rumah.")).toEqual([]);
  });
});

describe("a leader's name", () => {
  const found = (text: string, year: number) => findMetonyms(text, year).map((m) => m.code);

  it("stands for the country of a defence minister only in the years they held office", () => {
    const text = "Shoigu bertemu Esper di sela forum itu.";
    expect(found(text, 2019)).toEqual(["RU", "US"]);
    expect(found(text, 2025)).toEqual([]);
  });

  it("when another person's name ends in a leader's single name, it is not the leader", () => {
    expect(found("Politikus Golkar Roem Kono bertemu Kono di Tokyo.", 2019)).toEqual(["JP"]);
    expect(found("Mark O’Neill membuka festival itu.", 2019)).toEqual([]);
    expect(found("PM O’Neill membuka festival itu.", 2019)).toEqual(["PG"]);
  });
});

describe("a leader's name cut short", () => {
  it("is completed from the leader of that country in office that year", () => {
    expect(leaderFullName("Donald", "US", 2019)).toBe("Donald Trump");
    expect(leaderFullName("Tsai Ing", "TW", 2019)).toBe("Tsai Ing-wen");
  });

  it("is left as it is for another country, another year or a name that is not a start", () => {
    expect(leaderFullName("Donald", "GB", 2019)).toBeNull();
    expect(leaderFullName("Donald", "US", 2010)).toBeNull();
    expect(leaderFullName("Don", "US", 2019)).toBeNull();
    expect(leaderFullName("Donald", null, 2019)).toBeNull();
  });
});

describe("the people of an article's events", () => {
  it("are shown by the full name when the text lost the rest of a leader's name", () => {
    const events = eventsIn(
      "Presiden AS Donald , bertemu Perdana Menteri Jepang Shinzo Abe di New York, Senin (23/9/2019).",
      { year: 2019, month: 9, day: 24 },
    );
    expect(events[0]?.people.map((person) => person.name)).toContain("Donald Trump");
  });

  it("carry the country of a leader whose name the data spells otherwise", () => {
    const events = eventsIn(
      "Menlu Mohamad Javad Zarif bertemu Menlu AS Mike Pompeo di New York, Senin (23/9/2019).",
      { year: 2019, month: 9, day: 24 },
    );
    const zarif = events[0]?.people.find((person) => person.name.endsWith("Zarif"));
    expect(zarif?.country).toBe("IR");
  });
});

describe("a leader's name spelled otherwise", () => {
  it("is known by the surname the data lists alone", () => {
    expect(leaderCountryBySurname("Mohamad Javad Zarif", 2019)).toBe("IR");
    expect(leaderCountryBySurname("Michael Richard Pompeo", 2019)).toBe("US");
  });

  it("is not a namesake's, nor a single word, nor out of office", () => {
    expect(leaderCountryBySurname("Roem Kono", 2019)).toBeNull();
    expect(leaderCountryBySurname("Zarif", 2019)).toBeNull();
    expect(leaderCountryBySurname("Mohamad Javad Zarif", 2023)).toBeNull();
  });
});
