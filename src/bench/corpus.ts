import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RawArticle } from "../ingest/read-sources.js";
import { type CountryCode, countryName, findCountryMentions } from "../nlp/countries.js";

/**
 * A realistic news corpus of any size, the same for the same seed: the seed pages verbatim, then
 * articles recombined from real Indonesian news (940 articles of CLICK-ID and IndoSum in
 * test/fixtures, licences there): a real article's paragraphs with its countries swapped for a
 * pair drawn as often as the news names it, its opening followed by paragraphs of others, a
 * publication date anywhere in 2019–2026, and one in ten retold by another outlet a day later.
 */

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const TEMPLATE_FILES = [
  "test/fixtures/bench/click-id-sample.jsonl",
  "test/fixtures/eval/articles.jsonl",
  "test/fixtures/indosum-sample.jsonl",
];

interface Template {
  title: string;
  paragraphs: string[];
  publisher: string;
}

/** Countries in the news, the most named first (weights fall off like word frequencies). */
const COUNTRIES: CountryCode[] = (
  "ID MY SG CN US RU JP KR AU SA TH PH VN IN GB FR DE NL TR IR IQ PS IL EG AE QA KW PK BD MM KH LA BN " +
  "TL PG NZ CA MX BR AR ZA NG KE ET UA PL IT ES PT BE CH AT SE NO DK FI KP TW AF SY JO LB YE OM BH LK " +
  "NP MN KZ UZ KG TJ TM AZ GE AM BY RS XK HR GR CY HU CZ SK RO BG CL PE CO VE CU"
).split(" ");

/** mulberry32: a tiny seeded generator, so that every run builds the same corpus. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PUBLISHERS = ["ANTARA", "Kompas", "Tempo", "Detik", "CNN Indonesia", "BeritaSatu", "Pantau"];

function readTemplates(): Template[] {
  const templates: Template[] = [];
  for (const file of TEMPLATE_FILES) {
    for (const line of readFileSync(root(file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as {
        title?: string | null;
        text: string;
        publisher?: string;
      };
      const paragraphs = record.text.split(/\n\s*\n/).filter((p) => p.trim().length > 40);
      const title = record.title ?? paragraphs[0]?.slice(0, 90) ?? "Berita";
      if (paragraphs.length >= 2)
        templates.push({ title, paragraphs, publisher: record.publisher ?? "ANTARA" });
    }
  }
  return templates;
}

export function seedPages(): RawArticle[] {
  const dir = root("seeds");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({
      source: `seeds/${name}`,
      text: readFileSync(join(dir, name), "utf8"),
      hints: {},
    }));
}

interface Generated {
  text: string;
  title: string;
  day: number;
}

export interface BenchPair {
  a: CountryCode;
  b: CountryCode;
}

export class CorpusGenerator {
  private readonly random: () => number;
  private readonly templates = readTemplates();
  /** Pairs used so far: the query mix asks about them. */
  readonly pairs: BenchPair[] = [];

  constructor(seed: number) {
    this.random = randomSource(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  /** A country, the first ones of COUNTRIES far more often (Zipf-like). */
  country(except?: CountryCode): CountryCode {
    for (;;) {
      const rank = Math.floor(COUNTRIES.length ** this.random()) - 1;
      const code = COUNTRIES[rank] as CountryCode;
      if (code !== except) return code;
    }
  }

  /** The seeds first, then `count - 5` generated articles. */
  *articles(count: number): Generator<RawArticle> {
    const seeds = seedPages();
    yield* seeds.slice(0, count);
    let previous: Generated | null = null;
    for (let n = seeds.length; n < count; n++) {
      const retold: boolean = previous !== null && this.random() < 0.1;
      const base: Generated = retold && previous ? previous : this.fresh();
      const day = base.day + (retold ? 1 : 0);
      const date = new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      const publisher = this.pick(PUBLISHERS);
      // A retelling drops a paragraph: the same story in other words, as another outlet tells it.
      const text = retold ? dropParagraph(base.text, this.random()) : base.text;
      yield {
        source: `bench:${n}`,
        text,
        hints: {
          title: base.title,
          date,
          publisher,
          url: `https://bench.example/${publisher.toLowerCase().replace(/\s+/g, "-")}/${n}`,
        },
      };
      previous = retold ? null : base;
    }
  }

  private fresh(): Generated {
    const template = this.pick(this.templates);
    // The template's opening, then paragraphs of other articles: every article its own text.
    const others = Array.from({ length: 3 }, () => this.pick(this.pick(this.templates).paragraphs));
    const a = this.country();
    const b = this.country(a);
    this.pairs.push({ a, b });
    const swap = this.swapper(a, b);
    return {
      title: swap(template.title),
      text: [...template.paragraphs.slice(0, 3), ...others].map(swap).join("\n\n"),
      day: Math.floor(this.random() * 2890),
    };
  }

  /** Replaces the template's countries: its first two by the pair, the others by random ones. */
  private swapper(a: CountryCode, b: CountryCode): (text: string) => string {
    const mapping = new Map<CountryCode, CountryCode>();
    const replacements = [a, b];
    return (text) => {
      let out = "";
      let last = 0;
      for (const mention of findCountryMentions(text)) {
        let code = mapping.get(mention.code);
        if (!code) {
          code = replacements.shift() ?? this.country();
          mapping.set(mention.code, code);
        }
        out += text.slice(last, mention.start) + countryName(code, "id");
        last = mention.end;
      }
      return out + text.slice(last);
    };
  }
}

function dropParagraph(text: string, at: number): string {
  const paragraphs = text.split("\n\n");
  paragraphs.splice(1 + Math.floor(at * (paragraphs.length - 1)), 1);
  return paragraphs.join("\n\n");
}
