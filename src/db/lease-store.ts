import type { Db } from "./database.js";

/** SQL for worker leases (migration 5): who runs a background worker on this store, and until when. */
export class LeaseStore {
  constructor(private readonly db: Db) {}

  /** Takes or renews the lease; false while another holder's lease still runs. */
  acquire(name: string, holder: string, now: number, ttlMs: number): boolean {
    return (
      this.db
        .prepare(
          `INSERT INTO worker_leases (name, holder, expires_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE worker_leases.holder = excluded.holder OR worker_leases.expires_at <= ?`,
        )
        .run(name, holder, now + ttlMs, now).changes > 0
    );
  }

  release(name: string, holder: string): void {
    this.db.prepare("DELETE FROM worker_leases WHERE name = ? AND holder = ?").run(name, holder);
  }
}
