import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates.js";
import { placeUnplacedEvents } from "./event-place-fill.js";
import type { EventFact } from "./types.js";

const published = { year: 2019, month: 9, day: 12 };

const statement = (day: number): EventFact => ({
  kind: "event",
  type: "statement",
  date: { year: 2019, month: 9, day },
  planned: false,
  place: null,
  people: [],
  sentence: "",
});

function fill(sentences: string[], facts: { sentenceIndex: number; fact: EventFact }[]) {
  const at = (index: number) => {
    const text = sentences[index];
    return text === undefined ? undefined : { text, dates: findDateMentions(text, published) };
  };
  placeUnplacedEvents(facts, at, sentences);
}

describe("an event retold soon after", () => {
  const sentences = [
    "Pemerintah Chile pada hari Rabu menyampaikan belasungkawa kepada Peru.",
    "Menlu Chile mengenang jasa almarhum.",
    "Almarhum wafat di Lima, Senin (9/9).",
    "Ucapan belasungkawa itu disampaikan di KBRI Santiago.",
  ];

  it("on the same day, and of the same kind, says where it was", () => {
    const first = statement(11);
    fill(sentences, [
      { sentenceIndex: 0, fact: first },
      { sentenceIndex: 3, fact: statement(11) },
    ]);
    expect(first.place).toBe("KBRI Santiago");
  });

  it("on another day is another event", () => {
    const first = statement(11);
    fill(sentences, [
      { sentenceIndex: 0, fact: first },
      { sentenceIndex: 3, fact: statement(10) },
    ]);
    expect(first.place).toBe(null);
  });
});
