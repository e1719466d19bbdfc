import { countryName } from "../nlp/countries.js";
import { type BenchPair, randomSource } from "./corpus.js";

/** The fixed query mix: what users ask, in the proportions and spellings they use. */

export interface QueryMix {
  relations: string[];
  country: string[];
  search: string[];
  inline: string[];
}

/** Words every other article has, and words a handful have: the two ends of a search's cost. */
const COMMON_SEARCHES = [
  "perdagangan",
  "kerja sama ekonomi",
  "presiden",
  "investasi",
  "menteri luar negeri",
  "pemerintah",
  "kunjungan kenegaraan",
  "ekspor impor",
  "pertemuan bilateral",
  "indonesia",
];
const RARE_SEARCHES = [
  "kelapa sawit",
  "sanksi",
  "duta besar",
  "nikel",
  "bantuan kemanusiaan",
  "kapal perang",
  "vaksin",
  "pengungsi rohingya",
  "kereta cepat",
  "perbatasan",
];
/** Other ways people write some countries' names. */
const ALIASES: Record<string, string[]> = {
  US: ["AS", "Amerika Serikat", "Amerika"],
  CN: ["Tiongkok", "China", "RRT"],
  RU: ["Rusia", "Russia"],
  ID: ["RI", "Indonesia"],
  GB: ["Inggris", "UK"],
  KR: ["Korsel", "Korea Selatan"],
};

export function queryMix(pairs: BenchPair[], seed: number, size = 200): QueryMix {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const name = (code: string) =>
    ALIASES[code] && random() < 0.5
      ? pick(ALIASES[code])
      : countryName(code, random() < 0.8 ? "id" : "en");
  const asked = Array.from({ length: size }, () => pick(pairs));
  return {
    relations: asked.map(({ a, b }) => `/relations ${name(a)} ${name(b)}`),
    country: asked.slice(0, size / 4).map(({ a }) => `/country ${name(a)}`),
    search: Array.from(
      { length: size / 2 },
      (_, i) => `${i % 2 ? pick(RARE_SEARCHES) : pick(COMMON_SEARCHES)}`,
    ),
    inline: asked.slice(0, size / 2).map(({ a, b }) => `${name(a)} ${name(b)}`),
  };
}
