import type { Logger } from "../logger.js";
import type { Lease } from "./lease.js";
import { Wakeable } from "./wakeable.js";

/**
 * A worker that runs rounds until stopped: the feed poller, the alert sender. A round that throws
 * is logged and the loop goes on; stopping waits for the round in hand, then gives up the lease.
 */
export abstract class BackgroundLoop {
  private readonly timer = new Wakeable();
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    protected readonly lease: Lease,
    protected readonly logger: Logger,
  ) {}

  /** One round of work; resolves with how long to rest before the next (0: go on at once). */
  protected abstract work(): Promise<number>;

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the round in hand: nothing is left half done. */
  async stop(): Promise<void> {
    this.running = false;
    this.timer.wake();
    await this.loop;
    this.lease.release();
  }

  /** New work arrived: start the next round now rather than after the rest. */
  wake(): void {
    this.timer.wake();
  }

  /** False once stop() was called on a started loop: a long round should end early. */
  protected get stopping(): boolean {
    return this.loop !== null && !this.running;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let rest = 1000;
      try {
        rest = await this.work();
      } catch (error) {
        this.logger.error({ err: error }, `${this.name}: a round failed`);
      }
      if (rest > 0 && this.running) await this.timer.sleep(rest);
    }
  }
}
