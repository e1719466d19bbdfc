import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze.js";
import type { EventFact, ParsedArticle } from "./types.js";

function events(body: string, publishedAt = { year: 2024, month: 9, day: 12 }): EventFact[] {
  const article: ParsedArticle = {
    title: "x",
    titleDerived: true,
    publisher: null,
    publishedAt,
    authors: [],
    editors: [],
    dateline: null,
    body,
    url: null,
  };
  return analyzeArticle(article).ties.flatMap((tie) =>
    tie.facts.map((entry) => entry.fact).filter((fact): fact is EventFact => fact.kind === "event"),
  );
}

describe("events", () => {
  it("reads a call with its weekday date resolved against the publication date", () => {
    const [call] = events(
      "Presiden Turki Recep Tayyip Erdogan berbicara melalui telepon dengan Presiden Rusia Vladimir Putin pada Selasa.",
    );
    expect(call).toMatchObject({ type: "call", date: { year: 2024, month: 9, day: 10 } });
  });

  it("reads a signing and where it happened", () => {
    const [signing] = events(
      "Menteri Luar Negeri Jepang Yoko Kamikawa dan Menteri Luar Negeri Filipina Enrique Manalo menandatangani perjanjian akses timbal balik di Manila pada 8 Juli 2024.",
    );
    expect(signing).toMatchObject({
      type: "signing",
      place: "Manila",
      date: { year: 2024, month: 7, day: 8 },
    });
  });

  it("does not take 'pertemuan tersebut' for a new meeting", () => {
    const found = events(
      "Presiden Mesir Abdel Fattah el-Sisi bertemu Raja Yordania Abdullah di Kairo pada 2 September 2024. Dalam pertemuan tersebut kedua pemimpin membahas Gaza.",
    );
    expect(found.filter((event) => event.type === "meeting")).toHaveLength(1);
  });

  it("marks an announced visit as planned", () => {
    const [visit] = events(
      "Perdana Menteri India Narendra Modi dijadwalkan berkunjung ke Jakarta bertemu Presiden Indonesia Joko Widodo pada Desember 2024.",
    );
    expect(visit).toMatchObject({ type: "visit", planned: true });
  });
});

describe("conflict events", () => {
  it("reads a sanction between two countries", () => {
    const [sanction] = events(
      "Amerika Serikat menjatuhkan sanksi terhadap Iran atas program rudal balistiknya.",
    );
    expect(sanction).toMatchObject({ type: "sanction", planned: false });
  });

  it("reads an expulsion of diplomats", () => {
    const [expulsion] = events(
      "Inggris mengusir 23 diplomat Rusia pada Rabu, 14 Maret 2018, setelah serangan racun di Salisbury.",
    );
    expect(expulsion).toMatchObject({ type: "expulsion", date: { year: 2018, month: 3, day: 14 } });
  });
});
