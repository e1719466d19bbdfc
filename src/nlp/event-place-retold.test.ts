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

const meeting = (): EventFact => ({ ...statement(12), type: "meeting" });

describe("the sentence just before an event", () => {
  it("places it when it tells the same kind of event, before what later sentences say", () => {
    const sentences = [
      "Presiden Chile akan menghadiri pertemuan puncak di Lima.",
      "Presiden Chile akan bertemu dengan Presiden Peru.",
      "Mereka akan membahas situasi di Tacna, kata juru bicara, Kamis (12/9).",
    ];
    const fact = meeting();
    fill(sentences, [{ sentenceIndex: 1, fact }]);
    expect(fact.place).toBe("Lima");
  });

  it("does not place it when it tells another kind of event", () => {
    const sentences = [
      "Presiden Chile menandatangani perjanjian di Lima.",
      "Presiden Chile akan bertemu dengan Presiden Peru.",
    ];
    const fact = meeting();
    fill(sentences, [{ sentenceIndex: 1, fact }]);
    expect(fact.place).toBe(null);
  });
});
