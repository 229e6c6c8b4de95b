/** Client-side pacing: a concurrency limit and a requests-per-second limit, both FIFO. */

/** Runs at most `max` tasks at once; the rest wait in arrival order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  /** Runs `task` when a slot is free. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/** Spaces request starts `1000 / rate` ms apart (no bursts); `rate` 0 or less means unlimited. */
export class RateLimiter {
  private next = 0;
  private readonly interval: number;

  constructor(rate: number) {
    this.interval = rate > 0 ? 1000 / rate : 0;
  }

  /** True when requests are paced (a rate was given); unpaced requests need not wait for {@link take}. */
  get limited(): boolean {
    return this.interval !== 0;
  }

  /** Resolves when the next request may start. */
  async take(): Promise<void> {
    if (this.interval === 0) return;
    const now = performance.now();
    const at = Math.max(now, this.next);
    this.next = at + this.interval;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}
