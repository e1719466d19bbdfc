import { describe, expect, it } from "vitest";
import { pairsIn } from "./testing.js";

describe("a meeting of three", () => {
  const summit =
    "Presiden Turki Recep Tayyip Erdogan menjadi tuan rumah pertemuan antara Presiden Rusia Vladimir Putin dan Presiden Iran Hassan Rouhani di Ankara. Ketiga pemimpin akan membahas perkembangan terbaru di Suriah.";

  it("when three leaders meet together, the list of who met is not three ties", () => {
    expect(pairsIn(summit, "Erdogan Jadi Tuan Rumah Pertemuan Putin dan Rouhani")).toEqual([]);
  });

  it("without a word saying the three met together, the meeting's pairs stay ties", () => {
    const hosted = summit.replace(/ Ketiga pemimpin.*$/u, "");
    expect(
      pairsIn(hosted, "Erdogan Jadi Tuan Rumah Pertemuan Putin dan Rouhani").length,
    ).toBeGreaterThan(0);
  });

  it("a bilateral meeting on the summit's sidelines is a tie, only between those who held it", () => {
    const sidelines = `${summit} Rouhani juga akan mengadakan pertemuan bilateral terpisah dengan Putin dan Erdogan.`;
    const ties = pairsIn(sidelines, "Erdogan Jadi Tuan Rumah Pertemuan Putin dan Rouhani");
    expect(ties.sort()).toEqual(["IR-RU", "IR-TR"]);
  });
});
