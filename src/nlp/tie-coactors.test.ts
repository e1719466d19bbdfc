import { describe, expect, it } from "vitest";
import { analyseSentence } from "./sentence-parties.js";
import { coActorPairs } from "./tie-coactors.js";

const sentence = (text: string) => analyseSentence({ index: 4, paragraph: 1, text }, [], 2024);
const shared = (text: string, tied: [string, string]) =>
  coActorPairs([sentence(text)], (a, b) => tied.includes(a) && tied.includes(b)).map((pair) =>
    pair.join("-"),
  );

describe("countries that act together share a tie", () => {
  it("shares a tie among three or more countries opening the sentence", () => {
    expect(
      shared("Kenya, Uganda dan Tanzania mengecam Sudan atas serangan itu.", ["KE", "SD"]),
    ).toEqual(["KE-SD", "UG-SD", "TZ-SD"]);
  });

  it("does not share it between two countries opening the sentence", () => {
    expect(shared("Kenya dan Uganda mengecam Sudan atas serangan itu.", ["KE", "SD"])).toEqual([]);
  });

  it("shares it between two doers named after a passive's 'oleh'", () => {
    expect(
      shared("Ghana menolak tuduhan yang diajukan oleh Togo dan Benin di forum itu.", ["GH", "TG"]),
    ).toEqual(["TG-GH", "BJ-GH"]);
  });

  it("shares a tie between the two receivers right after 'dengan' of one doer's act", () => {
    expect(
      shared("Ghana bernegosiasi dengan Togo dan Benin agar isu itu tidak dibahas.", ["GH", "TG"]),
    ).toEqual(["GH-TG", "GH-BJ"]);
  });

  it("does not share it across a list of three or more receivers", () => {
    expect(
      shared("Ghana membutuhkan bantuan dari Togo, Benin dan Niger untuk membangun jalan.", [
        "GH",
        "TG",
      ]),
    ).toEqual([]);
  });
});
