import type { CountryCode } from "./countries.js";
import type { Pair } from "./types.js";

/** Pairs of countries: one order and one key for each, wherever they are counted. */
export function pairOf(a: CountryCode, b: CountryCode): Pair {
  return a < b ? [a, b] : [b, a];
}

export function pairKey(pair: Pair): string {
  return `${pair[0]}-${pair[1]}`;
}

export function pairsIn(codes: Iterable<CountryCode>): Pair[] {
  const list = [...codes].sort();
  const pairs: Pair[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) pairs.push([list[i]!, list[j]!]);
  }
  return pairs;
}
