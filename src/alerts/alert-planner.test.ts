import { describe, expect, it } from "vitest";
import { isRecent } from "./alert-planner.js";
import { backoffMs, MAX_ATTEMPTS } from "./alert-sender.js";

const NOW = Date.UTC(2026, 11, 1, 8, 0);

describe("which articles are news worth an alert", () => {
  it("an article of the last week, or an undated one fetched now", () => {
    expect(isRecent({ year: 2026, month: 12, day: 1 }, NOW)).toBe(true);
    expect(isRecent({ year: 2026, month: 11, day: 25 }, NOW)).toBe(true);
    expect(isRecent(null, NOW)).toBe(true);
  });

  it("not an archive article, nor one dated only by its month or year", () => {
    expect(isRecent({ year: 2026, month: 11, day: 20 }, NOW)).toBe(false);
    expect(isRecent({ year: 2019, month: 9, day: 20 }, NOW)).toBe(false);
    expect(isRecent({ year: 2026, month: 12 }, NOW)).toBe(false);
  });

  it("not one dated days ahead (a wrong date is not news)", () => {
    expect(isRecent({ year: 2026, month: 12, day: 5 }, NOW)).toBe(false);
  });
});

describe("how long a failed alert waits before the next try", () => {
  it("doubles from ten seconds, never beyond an hour, and gives up after a few tries", () => {
    expect([0, 1, 2].map(backoffMs)).toEqual([10_000, 20_000, 40_000]);
    expect(backoffMs(20)).toBe(3_600_000);
    expect(MAX_ATTEMPTS).toBeLessThanOrEqual(10);
  });
});
