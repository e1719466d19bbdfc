import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/database.js";
import { LeaseStore } from "../db/lease-store.js";
import { Lease } from "./lease.js";

describe("a worker lease", () => {
  it("is held by one process at a time, and passes on when given up or when it runs out", () => {
    const store = new LeaseStore(openDatabase(":memory:"));
    let now = 1_000;
    const clock = () => now;
    const first = new Lease(store, "alert-sender", 10_000, clock);
    const second = new Lease(store, "alert-sender", 10_000, clock);
    expect(first.hold()).toBe(true);
    expect(second.hold()).toBe(false);
    expect(first.hold()).toBe(true);
    first.release();
    expect(second.hold()).toBe(true);
    // The holder crashes: nobody releases, nobody renews.
    now += 10_001;
    expect(first.hold()).toBe(true);
    expect(second.hold()).toBe(false);
    first.release();
    second.release();
  });

  it("is separate for each worker", () => {
    const store = new LeaseStore(openDatabase(":memory:"));
    const sender = new Lease(store, "alert-sender", 10_000);
    const poller = new Lease(store, "feed-poller", 10_000);
    expect(sender.hold() && poller.hold()).toBe(true);
    sender.release();
    poller.release();
  });
});
