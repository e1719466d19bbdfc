import { describe, expect, it } from "vitest";
import { analyseSentence } from "./sentence-parties.js";
import { informativeness } from "./summary.js";

const scored = (text: string) =>
  informativeness(analyseSentence({ index: 2, paragraph: 1, text }, [], 2019), ["IR", "US"]);

describe("how informative a sentence is for a pair's summary", () => {
  it("ranks a sentence with words missing below the same sentence whole", () => {
    const whole =
      "Presiden AS Donald Trump bakal diberikan berbagai opsi militer sebagai tanggapan atas serangan Iran.";
    const holed =
      "Presiden AS Donald , bakal diberikan berbagai opsi militer sebagai tanggapan atas serangan Iran.";
    expect(scored(holed)).toBeGreaterThan(0);
    expect(scored(holed)).toBeLessThan(scored(whole));
  });
});
