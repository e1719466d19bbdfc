import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./article-parser.js";

const SEEDS = new URL("../../seeds/", import.meta.url);

function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, SEEDS), "utf8");
}

/** Page furniture that must never reach the body, whatever the seed. */
const FURNITURE = [
  "Baca juga",
  "Berita Terkait",
  "BERITA LAINNYA",
  "REKOMENDASI",
  "BAGIKAN",
  "SHARE",
  "Copyright",
  "Allright Reserved",
  "Pewarta",
  "Penulis",
  "Editor",
  "Oleh :",
  "Leave A Reply",
  "Your email address",
  "Dilarang keras",
  "CLOSE ADS",
  "Telp",
  "Logo ",
  "HOME",
  "Foto:",
  "Sumber:",
  "Pantau Flash",
];

function expectClean(body: string): void {
  for (const phrase of FURNITURE) expect(body).not.toContain(phrase);
  expect(body).not.toMatch(/^0$/m);
  expect(body).not.toMatch(/\n{3,}|^\s|\s$/);
}

function paragraphs(body: string): string[] {
  return body.split("\n\n");
}

describe("seed 000: ANTARA dump that starts with the dateline, one line per paragraph", () => {
  const a = parseArticle(seed("000"));

  it("when a page has no headline, the title is derived from the lead's first sentence", () => {
    expect(a.titleDerived).toBe(true);
    expect(a.title).toMatch(/^Malaysia dan Kosovo melakukan peningkatan kerja sama/);
    expect(a.title.endsWith("…")).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(111);
  });

  it("reads publisher, credits and dateline; the date is only the copyright year", () => {
    expect(a.publisher).toBe("ANTARA");
    expect(a.publishedAt).toEqual({ year: 2025 });
    expect(a.authors).toEqual(["Virna P Setyorini"]);
    expect(a.editors).toEqual(["Azis Kurmala"]);
    expect(a.dateline).toBe("Kuala Lumpur");
  });

  it("keeps every paragraph and cuts related links and credits", () => {
    const ps = paragraphs(a.body);
    expect(ps).toHaveLength(9);
    expect(ps[0]).toMatch(/^Malaysia dan Kosovo melakukan peningkatan kerja sama/);
    expect(ps.at(-1)).toMatch(/pembangunan Kosovo\.$/);
    expectClean(a.body);
    expect(a.body).not.toContain("Serbia");
    expect(a.body).not.toContain("Turki");
  });
});

describe("seed 001: Pantau page with breadcrumb, byline, share button and caption", () => {
  const a = parseArticle(seed("001"));

  it("takes the headline from the header", () => {
    expect(a.title).toBe(
      "Anwar Temui Putin di Moskow, Malaysia Dorong Kerja Sama Strategis dan Keanggotaan BRICS",
    );
    expect(a.titleDerived).toBe(false);
  });

  it("a dateline naming only the publisher gives the publisher but no place", () => {
    expect(a.publisher).toBe("Pantau");
    expect(a.dateline).toBeNull();
  });

  it("dates the article by the first full date in the lead", () => {
    expect(a.publishedAt).toEqual({ year: 2025, month: 5, day: 14 });
  });

  // The names as the page prints them: the byline's, and the ones on the line after each label.
  const raw = seed("001");
  const byline = /^Oleh (.+)$/m.exec(raw)?.[1];
  const labelled = (label: string) => new RegExp(`^${label} :\\n(.+)$`, "m").exec(raw)?.[1];

  it("merges the byline and the credit block, names on the next line included", () => {
    expect(byline).toBeDefined();
    expect(labelled("Penulis")).toBe(byline);
    expect(a.authors).toEqual([byline]);
    expect(a.editors).toEqual([labelled("Editor")]);
  });

  it("keeps subheadings and paragraphs, without header or credits", () => {
    const ps = paragraphs(a.body);
    expect(ps).toHaveLength(16);
    expect(ps[0]).toMatch(/^Perdana Menteri Malaysia Anwar Ibrahim bertemu/);
    expect(ps).toContain("Malaysia Fokus pada Teknologi, BRICS, dan Kedaulatan ASEAN");
    expect(ps.at(-1)).toMatch(/dunia Islam dan Eurasia\.$/);
    expect(a.body).not.toContain("Anwar Temui Putin");
    expect(a.body).not.toContain(byline);
    expectClean(a.body);
  });
});

describe("seed 002: ANTARA page with a standfirst and a comment form", () => {
  const a = parseArticle(seed("002"));

  it("the repeated headline is the title, not the standfirst", () => {
    expect(a.title).toBe("Kazakhstan Ingin Intensifkan Kerja Sama Bilateral dengan RI: Dubes");
    expect(a.titleDerived).toBe(false);
  });

  it("has no date when the page gives neither a date nor a copyright year", () => {
    expect(a.publisher).toBe("ANTARA");
    expect(a.publishedAt).toBeNull();
    expect(a.authors).toEqual([]);
    expect(a.editors).toEqual([]);
    expect(a.dateline).toBe("Jakarta");
  });

  it("starts the body at the dateline and cuts related links and the comment form", () => {
    const ps = paragraphs(a.body);
    expect(ps).toHaveLength(13);
    expect(ps[0]).toMatch(/^Duta Besar Republik Kazakhstan untuk Indonesia/);
    expect(ps.at(-1)).toMatch(/kata duta besar\.$/);
    expect(a.body).not.toContain("Papua");
    expect(a.body).not.toContain("Legitimasi");
    expectClean(a.body);
  });
});

describe("seed 003: ANTARA dump with a (day/month) lead and an agency as author", () => {
  const a = parseArticle(seed("003"));

  it("derives the title and dates the article by the lead's day and the copyright year", () => {
    expect(a.titleDerived).toBe(true);
    expect(a.title).toMatch(/^Presiden China Xi Jinping pada Selasa \(17\/6\) mengatakan/);
    expect(a.publishedAt).toEqual({ year: 2025, month: 6, day: 17 });
  });

  it("keeps the agency as author", () => {
    expect(a.publisher).toBe("ANTARA");
    expect(a.authors).toEqual(["Xinhua"]);
    expect(a.editors).toEqual(["Benardy Ferdiansyah"]);
    expect(a.dateline).toBe("Astana");
  });

  it("cuts the credits and the crawling notice", () => {
    const ps = paragraphs(a.body);
    expect(ps).toHaveLength(17);
    expect(ps[0]).toMatch(/^Presiden China Xi Jinping/);
    expect(ps.at(-1)).toMatch(/bidang-bidang lainnya\.$/);
    expectClean(a.body);
  });
});

describe("seed 004: BeritaSatu page with related teasers and an office footer", () => {
  const a = parseArticle(seed("004"));

  it("reads the header: title, date line, byline without the desk code", () => {
    expect(a.title).toBe("Pakistan dan Rusia Perkuat Kerja Sama Bilateral");
    expect(a.titleDerived).toBe(false);
    expect(a.publishedAt).toEqual({ year: 2021, month: 4, day: 8 });
    expect(a.authors).toEqual(["Unggul Wirawan"]);
    expect(a.editors).toEqual([]);
  });

  it("reads place and publisher from a 'Place, Site.com-' dateline", () => {
    expect(a.publisher).toBe("BeritaSatu");
    expect(a.dateline).toBe("Islamabad");
  });

  it("cuts everything from the related-articles section on", () => {
    const ps = paragraphs(a.body);
    expect(ps).toHaveLength(11);
    expect(ps[0]).toMatch(/^Pakistan dan Rusia memperkuat hubungan bilateral/);
    expect(ps.at(-1)).toMatch(/dialog politik yang inklusif," katanya\.$/);
    for (const related of ["Arab Saudi", "Yordania", "Zimbabwe", "Myanmar", "Jepang", "DUNIA |"]) {
      expect(a.body).not.toContain(related);
    }
    expect(a.body).not.toContain("Gatot Subroto");
    expectClean(a.body);
  });
});

describe("hints", () => {
  it("hints win over what the text says", () => {
    const a = parseArticle(seed("004"), {
      url: " https://www.beritasatu.com/dunia/1 ",
      title: "Judul Lain - BeritaSatu.com",
      publisher: "kompas.com",
      date: "2021-04-09T08:00:00+07:00",
    });
    expect(a.title).toBe("Judul Lain");
    expect(a.titleDerived).toBe(false);
    expect(a.publisher).toBe("Kompas");
    expect(a.publishedAt).toEqual({ year: 2021, month: 4, day: 9 });
    expect(a.url).toBe("https://www.beritasatu.com/dunia/1");
  });

  it("a date hint may be written out as in the text", () => {
    expect(parseArticle(seed("002"), { date: "Jumat, 13 Mei 2022" }).publishedAt).toEqual({
      year: 2022,
      month: 5,
      day: 13,
    });
    expect(parseArticle(seed("002"), { date: "Mei 2022" }).publishedAt).toEqual({
      year: 2022,
      month: 5,
    });
  });

  it("the URL names the publisher when no publisher hint is given", () => {
    const a = parseArticle(seed("002"), { url: "https://en.antaranews.com/news/1" });
    expect(a.publisher).toBe("ANTARA");
  });

  it("an unknown publisher hint is kept as given; an unreadable date hint is ignored", () => {
    const a = parseArticle(seed("003"), { publisher: "Harian Lokal", date: "kemarin" });
    expect(a.publisher).toBe("Harian Lokal");
    expect(a.publishedAt).toEqual({ year: 2025, month: 6, day: 17 });
  });
});
