import { describe, expect, it } from "vitest";
import { edgeOfDuration, inRelativeClause, placeBefore } from "./date-context.js";
import { findStoryDate } from "./date-lead.js";
import { findDateMentions } from "./dates.js";
import { insideQuote } from "./quotes.js";
import { splitSentences } from "./text.js";
import type { PartialDate } from "./types.js";

/** Thursday 12 June 2025. */
const PUBLISHED: PartialDate = { year: 2025, month: 6, day: 12 };

function storyDate(body: string, publishedAt: PartialDate | null = PUBLISHED) {
  const sentences = splitSentences(body);
  const dates = new Map(
    sentences.map((s) => [s.index, findDateMentions(s.text, publishedAt)] as const),
  );
  return findStoryDate(sentences, dates, publishedAt);
}

describe("where a date sits", () => {
  it("knows a quoted date from the reporter's", () => {
    const text = '"Kami tiba kemarin," kata Menlu Chile itu, Rabu (11/6).';
    expect(insideQuote(text, text.indexOf("kemarin"))).toBe(true);
    expect(insideQuote(text, text.indexOf("Rabu"))).toBe(false);
  });

  it("knows the edge of a duration", () => {
    const text = "Kapal itu ditahan sejak 2 Juni dan dilepas pada 10 Juni.";
    expect(edgeOfDuration(text, text.indexOf("2 Juni"))).toBe(true);
    expect(edgeOfDuration(text, text.indexOf("10 Juni"))).toBe(false);
  });

  it("knows a relative clause's date, unless the clause describes the event word", () => {
    const other = "Peru memuji Ekuador atas banjir yang melanda pada Senin.";
    expect(inRelativeClause(other, other.indexOf("Senin"))).toBe(true);
    const own = "Kunjungan yang digelar pada Senin itu singkat.";
    const head = own.indexOf(" yang");
    expect(inRelativeClause(own, own.indexOf("Senin"), [head])).toBe(false);
    const holds = "Presiden Peru, yang sedang melakukan lawatan pada 2 Juni, memuji Chile.";
    const visit = holds.indexOf("lawatan") + "lawatan".length;
    expect(inRelativeClause(holds, holds.indexOf("2 Juni"), [visit])).toBe(false);
    const comma = "Menlu Peru yang baru dilantik, Senin (9/6), tiba.";
    expect(inRelativeClause(comma, comma.indexOf("Senin"))).toBe(false);
  });

  it("reads the place written right before a date", () => {
    const text = "ujar Menlu Chile di Santiago, Cile, Rabu (11/6).";
    expect(placeBefore(text, text.indexOf("Rabu"))).toBe("Santiago, Cile");
    const cited = "kata dia di Lima seperti dilansir Andina, Rabu (11/6).";
    expect(placeBefore(cited, cited.indexOf("Rabu"))).toBe("Lima");
  });

  it("reads a named craft the act took place aboard, written right before a date", () => {
    const text = "kata Presiden Chile di pesawat Fuerza Aérea Uno, Rabu (11/6).";
    expect(placeBefore(text, text.indexOf("Rabu"))).toBe("Fuerza Aérea Uno");
  });

  it("reads the city after an office written right before a date", () => {
    const text = "kata Menlu Chile di kantornya, Santiago, Rabu (11/6).";
    expect(placeBefore(text, text.indexOf("Rabu"))).toBe("Santiago");
  });
});

describe("the story's date", () => {
  it("prefers a weekday-dated report to an earlier bare date", () => {
    const found = storyDate(
      "Chile menggugat Peru atas bea masuk yang diumumkan pada 2 Mei 2025 lalu.\n\n" +
        "Hal itu disampaikan Menteri Perdagangan Chile di Santiago, Selasa (10/6).",
    );
    expect(found.date?.date).toEqual({ year: 2025, month: 6, day: 10 });
    expect(found.place).toBe("Santiago");
  });

  it("passes over durations, relative clauses, quotes and future dates", () => {
    const found = storyDate(
      "Menlu Peru, yang ditahan sejak 1 Juni, dibebaskan. Ekuador memuji banjir yang terjadi Senin. " +
        '"Kami datang besok," katanya. Pertemuan digelar pada 20 Juni 2025.',
    );
    expect(found.date?.date).toEqual(PUBLISHED);
    expect(found.place).toBeNull();
  });

  it("passes over a bare date weeks before publication: it led up to the news", () => {
    const found = storyDate(
      "Chile memanggil dubes Peru. Peru menaikkan bea masuk pada 2 Mei 2025 lalu.",
    );
    expect(found.date?.date).toEqual(PUBLISHED);
    const recent = storyDate("Chile memanggil dubes Peru pada 10 Juni 2025.");
    expect(recent.date?.date).toEqual({ year: 2025, month: 6, day: 10 });
  });

  it("when the opening gives no date, is the reporter's dated attribution further on", () => {
    const opening = "Pemerintah menyatakan Peru masih ingin membeli kopi dari Chile.\n\n".repeat(4);
    const found = storyDate(
      `${opening}"Peru masih perlu kopi kami," ujar Menlu Chile di Santiago, Selasa (10/6).`,
    );
    expect(found.date?.date).toEqual({ year: 2025, month: 6, day: 10 });
    expect(found.place).toBe("Santiago");
  });

  it("when the opening gives no date, passes over a prose date further on", () => {
    const opening =
      "Presiden Peru menyampaikan duka atas wafatnya mantan presiden Chile.\n\n".repeat(4);
    const found = storyDate(`${opening}Jenazahnya dimakamkan pada Rabu, 11 Juni.`);
    expect(found.date?.date).toEqual(PUBLISHED);
  });

  it("is the publication day when the opening gives no date, and null without one", () => {
    expect(storyDate("Chile dan Peru bersepakat.").date?.date).toEqual(PUBLISHED);
    expect(storyDate("Chile dan Peru bersepakat.", { year: 2025 }).date).toBeNull();
  });
});

describe("a quote begun in an earlier sentence", () => {
  it("ends at a straight quote right after punctuation", () => {
    const text = 'Kami belum membahasnya," ujar Menlu Peru itu, Selasa (10/6).';
    expect(insideQuote(text, text.indexOf("belum"))).toBe(true);
    expect(insideQuote(text, text.indexOf("Selasa"))).toBe(false);
  });

  it("ends at a spaced straight quote after punctuation when a lower-case word follows", () => {
    const text =
      'Ini membantu ekspor kita , " kata Menteri Perdagangan di kantornya, Selasa (10/6).';
    expect(insideQuote(text, text.indexOf("membantu"))).toBe(true);
    expect(insideQuote(text, text.indexOf("Selasa"))).toBe(false);
  });

  it("still opens a spaced straight quote after a comma when a capital follows", () => {
    const text = 'Menlu Peru itu berkata, " Kami tiba Selasa (10/6). "';
    expect(insideQuote(text, text.indexOf("Selasa"))).toBe(true);
  });

  it("still opens a quote at a straight quote after a space", () => {
    const text = 'Menlu Peru itu berkata, "Kami tiba Selasa (10/6)."';
    expect(insideQuote(text, text.indexOf("Selasa"))).toBe(true);
  });
});

describe("a bare date told before a weekday-dated one", () => {
  it("dates the story when it is the later day: the weekday's day led up to it", () => {
    const body =
      "Kepada wartawan, 12 Juni 2025, Menlu Peru menyatakan siap berunding.\n\nChile pada Rabu, 11 Juni 2025, mengumumkan sanksi.";
    expect(storyDate(body).date?.date).toEqual({ year: 2025, month: 6, day: 12 });
  });

  it("does not when it is the earlier day", () => {
    const body =
      "Kedua negara berunding pada 9 Juni 2025.\n\nMenlu Peru pada Rabu, 11 Juni 2025, menyatakan siap berunding.";
    expect(storyDate(body).date?.date).toEqual({ year: 2025, month: 6, day: 11 });
  });
});

describe("a date in a planned clause", () => {
  it("tells when the plan is, not the news", () => {
    const body =
      "Presiden Peru akan berkunjung ke Santiago pada Senin.\n\nMenlu Chile menyambut rencana itu, Rabu (11/6).";
    expect(storyDate(body).date?.date).toEqual({ year: 2025, month: 6, day: 11 });
  });
});
