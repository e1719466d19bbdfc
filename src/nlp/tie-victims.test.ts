import { describe, expect, it } from "vitest";
import { analyseSentence } from "./sentence-parties.js";
import { pairsIn } from "./testing.js";
import { attackVictims } from "./tie-victims.js";

const victims = (text: string) => [
  ...attackVictims(analyseSentence({ index: 3, paragraph: 1, text }, [], 2019), 2019),
];

describe("the victim of an attack whose doer is not named", () => {
  it("is the country named after the attack, after what was hit or a target preposition", () => {
    expect(
      victims("Lavrov menyerukan penyelidikan atas serangan kilang minyak Arab Saudi."),
    ).toEqual(["SA"]);
    expect(
      victims("Pompeo menyebut serangan ke fasilitas minyak Arab Saudi sebagai perang."),
    ).toEqual(["SA"]);
    expect(victims("China says the attack on Saudi Arabia must be investigated.")).toEqual(["SA"]);
    // What was hit may take a few words, its owner included.
    expect(
      victims(
        "Pemerintah Peru memastikan serangan pada fasilitas kilang minyak milik perusahaan negara di Bolivia tidak berpengaruh.",
      ),
    ).toEqual(["BO"]);
  });

  it("is named in a relative clause that tells the attack right after its noun", () => {
    expect(
      victims(
        "Amerika Serikat mengklaim serangan yang melumpuhkan fasilitas minyak Arab Saudi berasal dari Iran.",
      ),
    ).toEqual(["SA"]);
    // A relative clause naming who did it names no victim.
    expect(victims("Rusia mengkritik serangan yang dilakukan Amerika Serikat di Suriah.")).toEqual(
      [],
    );
  });

  it("is not the doer named right after the attack, nor its receiver then", () => {
    expect(victims("Rusia mengkritik serangan Amerika Serikat terhadap Suriah.")).toEqual([]);
    expect(victims("Mesir mengecam serangan drone Israel di Gaza.")).toEqual([]);
  });

  it("is not a country named before the attack too, as a party of the sentence", () => {
    expect(
      victims(
        "Arab Saudi dan AS menuduh Iran berada di balik serangan ke kilang minyak Arab Saudi.",
      ),
    ).toEqual([]);
  });

  it("is not a victim when the doer is named through a light verb or by 'oleh'", () => {
    expect(victims("AS menyebut Iran melancarkan serangan terhadap Arab Saudi.")).toEqual([]);
    expect(victims("Jepang meragukan serangan oleh Iran terhadap kilang Arab Saudi.")).toEqual([]);
  });

  it("is not one for a condemnation, which sides with the victim", () => {
    expect(
      victims("Indonesia mengecam serangan drone terhadap fasilitas minyak Aramco di Arab Saudi."),
    ).toEqual([]);
  });
});

describe("a third country speaking of an attack on another", () => {
  it("is not tied to the victim by that alone", () => {
    const body =
      "Menteri Luar Negeri Rusia Sergei Lavrov menyerukan penyelidikan yang tidak memihak atas serangan kilang minyak Arab Saudi. " +
      "Lavrov mengatakan Moskow menunggu hasil penyelidikan atas serangan terhadap kilang minyak Arab Saudi itu.";
    expect(pairsIn(body, "Lavrov Serukan Penyelidikan atas Serangan Kilang Minyak Saudi")).toEqual(
      [],
    );
  });

  it("is tied to the victim when it condemns the attack", () => {
    const body =
      "Pemerintah Indonesia mengecam serangan drone terhadap fasilitas minyak Aramco di Arab Saudi. " +
      "Indonesia menyampaikan solidaritas kepada Arab Saudi.";
    expect(pairsIn(body, "Indonesia Kecam Serangan terhadap Kilang Minyak Saudi")).toEqual([
      "ID-SA",
    ]);
  });

  it("still ties the attack's accused doer to the accuser", () => {
    const body =
      "Menteri Luar Negeri AS Mike Pompeo menuduh Iran atas serangan terhadap kilang minyak Arab Saudi. " +
      "Pompeo menyebut serangan terhadap kilang minyak Arab Saudi sebagai aksi perang.";
    expect(pairsIn(body, "Pompeo Tuduh Iran atas Serangan Kilang Minyak Saudi")).toEqual(["IR-US"]);
  });
});
