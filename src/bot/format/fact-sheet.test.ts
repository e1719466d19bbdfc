import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StoredArticle } from "../../db/article-store.js";
import type { EventFact, FigureFact } from "../../nlp/types.js";
import type { FactSheet } from "../../services/fact-sheet.js";
import { translator } from "../i18n.js";
import { describeEvent, describeFigure, formatFactSheet } from "./fact-sheet.js";
import { MESSAGE_LIMIT, toPlainText, visibleLength } from "./html.js";

function article(id: number, title: string, url: string | null = null): StoredArticle {
  return {
    id,
    url,
    source: null,
    title,
    titleDerived: false,
    publisher: "ANTARA",
    publishedAt: "2025-05-14",
    authors: [],
    editors: [],
    dateline: null,
    body: "",
  };
}

function sheet(count: number, text: string): FactSheet {
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  return {
    countries: ["MY", "RU"],
    articleCount: count,
    cooperation: 3,
    conflict: 1,
    events: ids.map((id) => ({
      fact: {
        kind: "event",
        type: "meeting",
        date: { year: 2025, month: 5, day: id },
        planned: false,
        place: text.slice(0, 40),
        people: [{ name: text.slice(0, 30), role: "Presiden", country: "RU" }],
        sentence: text,
      },
      storyIds: [id],
    })),
    figures: ids.map((id) => ({
      fact: {
        kind: "figure",
        measure: "trade",
        label: text.slice(0, 50),
        amount: { value: 3.2e9, currency: "USD" },
        equivalents: [{ value: 53e12, currency: "IDR" }],
        year: 2024,
        period: null,
        sentence: text,
      },
      storyIds: [id],
    })),
    sectors: [{ fact: "energy", storyIds: ids }],
    agreements: ids.map((id) => ({
      fact: { kind: "agreement", text, sentence: text },
      storyIds: [id],
    })),
    summary: ids.map((id) => ({ fact: `${text} ${id}`, storyIds: [id] })),
    toneByYear: [],
    stories: new Map(
      ids.map((id) => [
        id,
        {
          id,
          articles: [article(id, text, id % 2 ? `https://example.com/${id}?a=1&b=<2>` : null)],
        },
      ]),
    ),
  };
}

const links = { botUsername: "HubunganBot" };

describe("the fact sheet", () => {
  it("cites every fact with a numbered source listed at the end", () => {
    const message = formatFactSheet(sheet(2, "Pertemuan bilateral"), links);
    const text = toPlainText(message);
    expect(text).toContain("1 Mei 2025 · Pertemuan bilateral — Pertemuan");
    expect(text).toMatch(
      /\[1\] ANTARA, 14 Mei 2025 — Pertemuan bilateral\n\[2\] ANTARA, 14 Mei 2025 — Pertemuan bilateral$/,
    );
    expect(message.markup).toContain('<a href="https://example.com/1?a=1&amp;b=%3C2%3E">');
    expect(message.markup).toContain('<a href="https://t.me/HubunganBot?start=a_2">');
  });

  it("names the sectors most stories speak of, not every word any sentence touched", () => {
    const many = ["trade", "energy", "health", "education", "tourism", "defence", "media", "food"];
    const message = formatFactSheet(
      {
        ...sheet(2, "Pertemuan bilateral"),
        sectors: many.map((fact) => ({ fact, storyIds: [1] })),
      },
      links,
    );
    const line = toPlainText(message)
      .split("\n")
      .find((text) => text.startsWith("perdagangan"));
    expect(line?.split(", ")).toHaveLength(6);
  });

  it("fits one Telegram message however many and however long the facts, and lists exactly the sources it cites", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.string({ minLength: 1, maxLength: 600 }),
        (count, text) => {
          const message = formatFactSheet(sheet(count, text), links);
          expect(visibleLength(message)).toBeLessThanOrEqual(MESSAGE_LIMIT);
          const plain = toPlainText(message);
          const [facts, sources = ""] = plain.split("\nSumber\n");
          const cited = new Set(
            [...facts!.matchAll(/\[(\d+)(?:, (\d+))*\]/g)].flatMap((m) => m[0].match(/\d+/g)!),
          );
          const listed = new Set([...sources.matchAll(/^\[(\d+)\]/gm)].map((m) => m[1]));
          expect([...cited].sort()).toEqual([...listed].sort());
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a statement quoted in the events", () => {
  it("is not summarised again", () => {
    const said =
      "Mahathir mengatakan Malaysia telah menawarkan bantuan memadamkan kebakaran hutan.";
    const base = sheet(1, "Pertemuan");
    const statement: EventFact = {
      kind: "event",
      type: "statement",
      date: { year: 2025, month: 5, day: 2 },
      planned: false,
      place: null,
      people: [{ name: "Mahathir Mohamad", role: "PM", country: "MY" }],
      sentence: said,
    };
    const withStatement: FactSheet = {
      ...base,
      events: [{ fact: statement, storyIds: [1] }],
      summary: [
        { fact: said, storyIds: [1] },
        { fact: "Kedua negara sepakat memperkuat kerja sama energi.", storyIds: [1] },
      ],
    };
    const text = toPlainText(formatFactSheet(withStatement, links));
    expect(text).toContain("— “Mahathir mengatakan Malaysia");
    expect(text.split("Mahathir mengatakan Malaysia")).toHaveLength(2);
    expect(text).toContain("Kedua negara sepakat memperkuat kerja sama energi.");
  });
});

describe("a figure line", () => {
  const figure = (label: string, measure: string): FigureFact => ({
    kind: "figure",
    measure,
    label,
    amount: { value: 5e8, currency: "USD" },
    equivalents: [],
    year: 2019,
    period: null,
    sentence: `${label} US$500 juta.`,
  });

  it("names the figure with the article's words, in Indonesian", () => {
    expect(toPlainText(describeFigure(figure("Nilai perdagangan bilateral", "trade")))).toBe(
      "Nilai perdagangan bilateral (2019): US$500 juta",
    );
  });

  it("names it by its measure where the article's words start with a verb", () => {
    expect(toPlainText(describeFigure(figure("Menginvestasikan", "investment")))).toBe(
      "Investasi (2019): US$500 juta",
    );
    expect(toPlainText(describeFigure(figure("Dijual", "deal")))).toBe(
      "Kesepakatan (2019): US$500 juta",
    );
  });

  it("names it by its measure in English", () => {
    const line = toPlainText(
      describeFigure(figure("Nilai perdagangan", "trade"), translator("en")),
    );
    expect(line).toBe("Trade (2019): US$500 million");
  });
});

describe("an event line", () => {
  const vague = (sentence: string): EventFact => ({
    kind: "event",
    type: "report",
    date: { year: 2019, month: 9, day: 19 },
    planned: false,
    place: null,
    people: [],
    sentence,
  });

  it("quotes what a report with nobody named says, not just 'Diberitakan'", () => {
    const line = toPlainText(
      describeEvent(vague("China mendesak Amerika Serikat untuk menghormati kedaulatan mereka.")),
    );
    expect(line).toContain("Diberitakan: “China mendesak Amerika Serikat");
  });

  it("quotes what a meeting with nobody named was about", () => {
    const meeting = {
      ...vague("Kedua menteri membahas kerja sama vokasi di Jakarta."),
      type: "meeting" as const,
    };
    expect(toPlainText(describeEvent(meeting))).toContain("Pertemuan: “Kedua menteri membahas");
  });

  it("names the countries of its place in English for an English chat", () => {
    const meeting = {
      ...vague("Trump bertemu Modi."),
      type: "meeting" as const,
      place: "New York, Amerika Serikat",
      people: [{ name: "Donald Trump", role: "Presiden", country: "US" }],
    };
    expect(toPlainText(describeEvent(meeting, translator("en")))).toContain(
      "New York, United States",
    );
    expect(toPlainText(describeEvent(meeting))).toContain("New York, Amerika Serikat");
  });

  it("quotes what a statement says after who said it", () => {
    const statement = {
      ...vague("Mahathir mengatakan Malaysia telah menawarkan bantuan memadamkan kebakaran hutan."),
      type: "statement" as const,
      people: [{ name: "Mahathir Mohamad", role: "PM", country: "MY" }],
    };
    expect(toPlainText(describeEvent(statement))).toContain(
      "Pernyataan: Mahathir Mohamad (PM Malaysia) — “Mahathir mengatakan Malaysia telah menawarkan",
    );
  });

  it("does not quote a meeting's sentence when it names who met", () => {
    const meeting = {
      ...vague("Trump bertemu Modi di New York."),
      type: "meeting" as const,
      people: [{ name: "Donald Trump", role: "Presiden", country: "US" }],
    };
    expect(toPlainText(describeEvent(meeting))).not.toContain("“");
  });

  it("names a city, a region or a venue the data knows in English for an English chat", () => {
    const meeting = {
      ...vague("Trump bertemu Putin."),
      type: "meeting" as const,
      place: "Istana Kepresidenan Bogor, Jawa Barat",
      people: [{ name: "Donald Trump", role: "Presiden", country: "US" }],
    };
    expect(toPlainText(describeEvent(meeting, translator("en")))).toContain(
      "Bogor Presidential Palace, West Java",
    );
    const geneva = { ...meeting, place: "Jenewa, Swiss" };
    expect(toPlainText(describeEvent(geneva, translator("en")))).toContain("Geneva, Switzerland");
    expect(toPlainText(describeEvent(geneva))).toContain("Jenewa, Swiss");
  });

  it("does not quote a sentence with words missing", () => {
    const line = toPlainText(describeEvent(vague("Presiden AS Donald , bakal diberikan opsi.")));
    expect(line).not.toContain("Donald ,");
  });
});
