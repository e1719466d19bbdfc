import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates.js";
import { placeOfSentence, placeUnplacedEvents } from "./event-place-fill.js";
import type { EventFact } from "./types.js";

const published = { year: 2019, month: 9, day: 12 };

const event = (place: string | null, day = 11): EventFact => ({
  kind: "event",
  type: "statement",
  date: { year: 2019, month: 9, day },
  planned: false,
  place,
  people: [],
  sentence: "",
});

/** The place the first sentence's event ends up with, in a story of these sentences. */
function placeAfterFill(sentences: string[], fact = event(null)): string | null {
  const at = (index: number) => {
    const text = sentences[index];
    return text === undefined ? undefined : { text, dates: findDateMentions(text, published) };
  };
  placeUnplacedEvents([{ sentenceIndex: 0, fact }], at, sentences);
  return fact.place;
}

describe("the place of a sentence that names no place after 'di'", () => {
  it("is the city of an Indonesian mission named in it", () => {
    expect(placeOfSentence("Resepsi yang digelar KBRI Canberra dihadiri 400 tamu.")).toBe(
      "Canberra",
    );
    expect(placeOfSentence("Konsulat Jenderal RI (KJRI) Istanbul mengundang importir.")).toBe(
      "Istanbul",
    );
  });

  it("is the city of a dateline the page left in the sentence", () => {
    expect(placeOfSentence("JAKARTA (Pos Kota) – Wakil Dubes AS menemui Menlu.")).toBe("Jakarta");
  });
});

describe("an event without a place", () => {
  it("takes the place of a next sentence that tells the same day", () => {
    const story = [
      "Gubernur Jenderal Australia menghadiri resepsi HUT RI.",
      "Resepsi itu digelar di Galeri Nasional, Canberra, Rabu, 11 September 2019.",
    ];
    expect(placeAfterFill(story)).toBe("Galeri Nasional, Canberra");
  });

  it("takes the place where the same speaker goes on", () => {
    const story = [
      '"Kami siap membantu Peru," ucap Presiden Chile, Rabu (11/9/2019).',
      '"Kerja sama ini penting," lanjutnya dalam jumpa pers di Santiago.',
    ];
    expect(placeAfterFill(story)).toBe("Santiago");
  });

  it("does not take the place of a next sentence about another day", () => {
    const story = [
      "Menlu Chile menyampaikan protes kepada Peru.",
      "Sebelumnya, pada Senin (9/9/2019), Menlu Peru berada di Lima.",
    ];
    expect(placeAfterFill(story)).toBeNull();
  });

  it("takes the place of the sentence just before when it tells the same day", () => {
    const story = [
      '"Pemerintah harus tegas," ujar Dadang di kompleks DPR, Rabu (11/9).',
      "Dadang mengatakan, Peru sudah meminta maaf kepada Chile.",
    ];
    const fact = event(null);
    const at = (index: number) => {
      const text = story[index];
      return text === undefined ? undefined : { text, dates: findDateMentions(text, published) };
    };
    placeUnplacedEvents([{ sentenceIndex: 1, fact }], at, story);
    expect(fact.place).toBe("kompleks DPR");
  });

  it("takes the place of a next sentence whose span of days holds the event's day", () => {
    const story = [
      "Menhan Chile meminta maaf kepada Menhan Peru.",
      "Keduanya bertemu di sela pertemuan di Manila yang berlangsung 9 - 12 September 2019.",
    ];
    expect(placeAfterFill(story)).toBe("Manila");
  });

  it("is placed at the dateline, in the opening, when no sentence near it says where", () => {
    const story = ["Menlu Chile memprotes Peru.", "Protes itu keras."];
    const fact = event(null);
    const at = (index: number) => {
      const text = story[index];
      return text === undefined ? undefined : { text, dates: findDateMentions(text, published) };
    };
    placeUnplacedEvents([{ sentenceIndex: 0, fact }], at, story, "Santiago");
    expect(fact.place).toBe("Santiago");
  });

  it("does not look further than three sentences", () => {
    const story = [
      "Menlu Chile memprotes Peru.",
      "A.",
      "B.",
      "C.",
      "Ia bertemu di Lima, Rabu (11/9).",
    ];
    expect(placeAfterFill(story)).toBeNull();
  });
});

describe("an event placed only in a country", () => {
  it("is placed in the capital the story names as where one goes", () => {
    const story = ["Delegasi DPR berada di ibu kota Addis Ababa dalam kunjungan kerja."];
    expect(placeAfterFill(story, event("Ethiopia"))).toBe("Addis Ababa");
  });

  it("is placed in a city named with the country", () => {
    const story = ["Setibanya di Antalya, Turki, Presiden disambut Menlu Turki."];
    expect(placeAfterFill(story, event("Turki"))).toBe("Antalya");
  });

  it("is placed in the city of the pair's next event on the same day", () => {
    const trip = event("Peru");
    const arrival = { ...event("Cusco"), type: "meeting" as const };
    const story = ["Menlu Chile akan ke Peru.", "Menlu Chile tiba di Cusco, Rabu (11/9)."];
    const at = (index: number) => {
      const text = story[index];
      return text === undefined ? undefined : { text, dates: findDateMentions(text, published) };
    };
    placeUnplacedEvents(
      [
        { sentenceIndex: 0, fact: trip },
        { sentenceIndex: 1, fact: arrival },
      ],
      at,
      story,
    );
    expect(trip.place).toBe("Cusco");
  });

  it("stays the country when the story names no city of it", () => {
    const story = ["Presiden tiba di Jakarta setelah kunjungan ke Turki."];
    expect(placeAfterFill(story, event("Turki"))).toBe("Turki");
  });
});

describe("a venue named again with its city", () => {
  it("is the venue with its city", () => {
    const story = [
      "Delegasi Indonesia berkunjung ke World Trade Center (WTC), Jumat (13/9).",
      "Pertemuan di World Trade Center Baltimore itu dihadiri pejabat Maryland.",
    ];
    expect(placeAfterFill(story, event("World Trade Center (WTC)"))).toBe(
      "World Trade Center Baltimore",
    );
  });

  it("stays as it is when the story never names it with more", () => {
    const story = ["Delegasi Indonesia berkunjung ke Gedung Parlemen, Jumat (13/9)."];
    expect(placeAfterFill(story, event("Gedung Parlemen"))).toBe("Gedung Parlemen");
  });
});
