import { randomUUID } from "node:crypto";
import type { LeaseStore } from "../db/lease-store.js";

/**
 * The right to run one background worker on a store, held by one process at a time and renewed
 * by a heartbeat while held. A process that stops gives it up; one that crashes loses it when
 * the lease runs out, and another (or the restarted one) takes over.
 */
export class Lease {
  private readonly holder = randomUUID();
  private heartbeat: NodeJS.Timeout | null = null;
  private held = false;

  constructor(
    private readonly store: LeaseStore,
    private readonly name: string,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this process holds the lease now (taking it if it is free). */
  hold(): boolean {
    this.held = this.store.acquire(this.name, this.holder, this.now(), this.ttlMs);
    if (this.held && !this.heartbeat) {
      // Renewed well before it runs out, even while a send waits out Telegram's retry_after.
      this.heartbeat = setInterval(() => {
        if (this.held)
          this.held = this.store.acquire(this.name, this.holder, this.now(), this.ttlMs);
      }, this.ttlMs / 3);
      this.heartbeat.unref();
    }
    return this.held;
  }

  /** Whether the lease is still ours, as of the last renewal. */
  get isHeld(): boolean {
    return this.held;
  }

  release(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.held) this.store.release(this.name, this.holder);
    this.held = false;
  }
}
