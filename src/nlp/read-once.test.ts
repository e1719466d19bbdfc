import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readOnce } from "./read-once.js";

describe("computing a value of an object once", () => {
  it("answers as the function does, in any order of asking, and each caller gets its own copy", () => {
    const keys = [{ n: 1 }, { n: 2 }, { n: 3 }];
    let calls = 0;
    const compute = (key: { n: number }, year: number | null) => {
      calls++;
      return [{ at: key.n * 10 + (year ?? 0) }];
    };
    const once = readOnce(compute, (list) => list.map((item) => ({ ...item })));
    const asks = fc.array(fc.tuple(fc.nat(2), fc.constantFrom(2024, 2025, null)), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(asks, (sequence) => {
        for (const [k, year] of sequence) {
          const key = keys[k] as { n: number };
          const got = once(key, year);
          expect(got).toEqual(compute(key, year));
          got[0]!.at = -1; // a caller changing its copy changes nobody else's
          expect(once(key, year)).toEqual(compute(key, year));
        }
      }),
    );
    calls = 0;
    const key = { n: 4 };
    once(key, 2024);
    once(key, 2024);
    once(key, 2024);
    expect(calls).toBe(1);
  });
});
