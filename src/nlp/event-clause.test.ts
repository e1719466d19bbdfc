import { describe, expect, it } from "vitest";
import { notHeldInClause } from "./event-clause.js";

const trigger = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe("an event only asked for", () => {
  it("did not take place: 'meminta bertemu', 'ingin bertemu', 'berharap bisa bertemu'", () => {
    for (const text of [
      "Perdana Menteri Peru telah meminta bertemu Presiden Chile pada Juli.",
      "Presiden Chile ingin bertemu Presiden Peru.",
      "Menlu Peru berharap bisa bertemu Menlu Chile.",
    ])
      expect(notHeldInClause(text, trigger(text, "bertemu"))).toBe(true);
  });

  it("took place when the asking is another clause's", () => {
    const text = "Chile meminta dukungan, dan Menlu Chile bertemu Menlu Peru di Lima.";
    expect(notHeldInClause(text, trigger(text, "bertemu"))).toBe(false);
  });
});
