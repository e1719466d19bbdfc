import { describe, expect, it } from "vitest";
import { feedBackoffMs } from "./feed-poller.js";

describe("a failing feed", () => {
  it("waits one interval after the first failure, then twice as long each time, at most six hours", () => {
    const interval = 600_000;
    expect([1, 2, 3].map((failures) => feedBackoffMs(failures, interval))).toEqual([
      600_000, 1_200_000, 2_400_000,
    ]);
    expect(feedBackoffMs(30, interval)).toBe(6 * 3_600_000);
  });
});
