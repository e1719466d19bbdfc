import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze.js";
import { parseArticle } from "./article-parser.js";
import { articleOf } from "./testing.js";
import type { ArticleAnalysis, EventFact, FigureFact } from "./types.js";

const seedsDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
const seed = (prefix: string): ArticleAnalysis => {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(prefix))!;
  return analyzeArticle(parseArticle(readFileSync(seedsDir + file, "utf8")));
};
const tiedPairs = (analysis: ArticleAnalysis) => analysis.ties.map((tie) => tie.pair.join("-"));
const factsOf = <K extends string>(analysis: ArticleAnalysis, pair: string, kind: K) =>
  analysis.ties
    .find((tie) => tie.pair.join("-") === pair)!
    .facts.map((entry) => entry.fact)
    .filter((fact) => fact.kind === kind);

describe("ties in the seed articles", () => {
  it("ties the pair each article is about, strongest first", () => {
    expect(tiedPairs(seed("000"))[0]).toBe("MY-XK");
    expect(tiedPairs(seed("001"))[0]).toBe("MY-RU");
    expect(tiedPairs(seed("002"))[0]).toBe("ID-KZ");
    expect(tiedPairs(seed("003"))[0]).toBe("CN-KG");
    expect(tiedPairs(seed("004"))[0]).toBe("PK-RU");
  });

  it("when a pair only appears in related-article lists, it is not a tie", () => {
    expect(tiedPairs(seed("000"))).not.toContain("RS-XK");
    expect(tiedPairs(seed("000"))).not.toContain("TR-XK");
    expect(tiedPairs(seed("004"))).not.toContain("ID-SA");
  });

  it("does not take the venue of a summit for a party", () => {
    expect(tiedPairs(seed("003")).some((pair) => pair.includes("KZ"))).toBe(false);
  });
});

describe("facts in the seed articles", () => {
  it("finds who met whom, where and when", () => {
    const [meeting] = factsOf(seed("001"), "MY-RU", "event") as EventFact[];
    expect(meeting).toMatchObject({
      type: "meeting",
      place: "Moskow",
      date: { year: 2025, month: 5, day: 14 },
      planned: false,
    });
    expect(meeting!.people.map((person) => person.name)).toEqual([
      "Anwar Ibrahim",
      "Vladimir Putin",
    ]);
  });

  it("reads trade figures with their year and the equivalent the article gives", () => {
    const [figure] = factsOf(seed("001"), "MY-RU", "figure") as FigureFact[];
    expect(figure).toMatchObject({
      label: "Nilai perdagangan dan investasi",
      amount: { value: 3.2e9, currency: "USD" },
      equivalents: [{ value: 53e12, currency: "IDR" }],
      year: 2024,
    });
  });

  it("gives an event told early in the story the lead's date", () => {
    const [visit] = factsOf(seed("004"), "PK-RU", "event") as EventFact[];
    expect(visit).toMatchObject({
      type: "visit",
      place: "Islamabad",
      date: { year: 2021, month: 4, day: 7 },
    });
  });

  it("reads a visit's date range", () => {
    const visit = (factsOf(seed("000"), "MY-XK", "event") as EventFact[]).find(
      (event) => event.type === "visit",
    );
    expect(visit).toMatchObject({
      date: { year: 2025, month: 5, day: 1 },
      until: { year: 2025, month: 5, day: 4 },
    });
  });

  it("marks an invitation as a planned event", () => {
    const events = factsOf(seed("001"), "MY-RU", "event") as EventFact[];
    expect(events.find((event) => event.date?.month === 10)?.planned).toBe(true);
  });
});

describe("a meeting of others told in a sentence about the pair", () => {
  it("is not the pair's meeting", () => {
    const article = articleOf(
      "Israel berencana mencaplok Tepi Barat, Palestina. Berbicara usai pertemuan dengan Raja Yordania Abdullah II di Berlin, Kanselir Jerman Angela Merkel menolak rencana Israel mencaplok wilayah Palestina. Palestina mengecam rencana Israel itu.",
      {
        title: "Merkel Tolak Rencana Israel Caplok Wilayah Palestina",
        publishedAt: { year: 2019, month: 9, day: 18 },
      },
    );
    const ties = analyzeArticle(article).ties;
    const pair = ties.find((tie) => tie.pair.join("-") === "IL-PS");
    const types = pair?.facts.flatMap((entry) =>
      entry.fact.kind === "event" ? [entry.fact.type] : [],
    );
    expect(types).toBeDefined();
    expect(types).not.toContain("meeting");
  });

  const eventsOfPair = (text: string, title: string, pair: string) => {
    const article = articleOf(text, { title, publishedAt: { year: 2017, month: 8, day: 8 } });
    const tie = analyzeArticle(article).ties.find((candidate) => candidate.pair.join("-") === pair);
    return (tie?.facts ?? []).flatMap((entry) => (entry.fact.kind === "event" ? [entry.fact] : []));
  };

  it("a call between one of the pair and a third country is not the pair's call", () => {
    const events = eventsOfPair(
      "Korea Utara kembali mengancam Amerika Serikat, Senin (7/8/2017). Sementara itu, Presiden AS Donald Trump dan Presiden Korsel Moon Jae-in lewat panggilan telepon sama-sama menyatakan akan terus bekerja sama dalam menghadapi Korut.",
      "Korut Ancam AS, Trump Telepon Moon",
      "KP-US",
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((event) => event.type)).not.toContain("call");
  });

  it("a meeting of people all of one side, or of one side with the UN, is not the pair's", () => {
    const met = (text: string, title: string, pair: string) =>
      eventsOfPair(text, title, pair).filter(
        (event) => event.type === "meeting" || event.type === "call",
      );
    expect(
      met(
        "Presiden Timor Leste Taur Matan Ruak berduka, Senin (7/8/2017). Menteri PUPR Basuki Hadimuljono bertemu dengan Presiden ke-3 RI BJ Habibie di Jakarta, Senin (7/8/2017).",
        "Timor Leste Berduka",
        "ID-TL",
      ),
    ).toEqual([]);
    expect(
      met(
        "Korea Utara mengancam Amerika Serikat, Senin (7/8/2017). Pemimpin Korea Utara Kim Jong Un berbicara dengan Sekjen PBB Antonio Guterres melalui telepon tentang Amerika Serikat, Senin (7/8/2017).",
        "Korut Ancam AS",
        "KP-US",
      ),
    ).toEqual([]);
  });

  it("a visit the sentence sends to a third country, or its capital, is not the pair's visit", () => {
    for (const visitor of [
      "Menteri Luar Negeri AS Mike Pompeo, yang berkunjung ke Kerajaan Arab Saudi, menyebut",
      "Menteri Luar Negeri AS Mike Pompeo, yang berkunjung ke Ankara, menyebut",
    ]) {
      const visits = eventsOfPair(
        `Amerika Serikat menuduh Iran menyerang kilang minyak Arab Saudi, Senin (7/8/2017). ${visitor} serangan Iran sebagai aksi perang, Senin (7/8/2017).`,
        "AS Tuduh Iran",
        "IR-US",
      ).filter((event) => event.type === "visit");
      expect(visits).toEqual([]);
    }
  });

  it("what one of the pair says at a meeting with others is said where they met", () => {
    const events = eventsOfPair(
      "Kanselir Jerman Angela Merkel menolak rencana Perdana Menteri Israel Benjamin Netanyahu mencaplok Tepi Barat. Berbicara usai pertemuan dengan Raja Yordania Abdullah II di Berlin, Merkel mengatakan rencana tersebut akan merusak upaya damai Israel-Palestina.",
      "Merkel Tolak Rencana Netanyahu",
      "DE-IL",
    );
    const said = events.find((event) => event.sentence.startsWith("Berbicara"));
    expect(said).toMatchObject({ type: "statement", place: "Berlin" });
    expect(said?.people.map((person) => person.name)).toEqual(["Angela Merkel"]);
  });
});

describe("the sectors of a pair", () => {
  const sectorsOf = (body: string) =>
    analyzeArticle(
      articleOf(body, { title: "Indonesia dan Malaysia Perkuat Kerja Sama" }),
    ).ties[0]?.facts.flatMap((entry) => (entry.fact.kind === "sector" ? entry.fact.sectors : []));

  it("are not the media the news quotes", () => {
    const sectors = sectorsOf(
      "Indonesia dan Malaysia sepakat memperkuat kerja sama perdagangan, kata Menteri Perdagangan kepada media di Jakarta.",
    );
    expect(sectors).toContain("trade");
    expect(sectors).not.toContain("media");
  });

  it("include the media when the pair cooperate in broadcasting", () => {
    expect(
      sectorsOf("Indonesia dan Malaysia sepakat memperkuat kerja sama penyiaran kedua negara."),
    ).toContain("media");
  });
});
