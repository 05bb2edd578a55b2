/**
 * Lets at most `limit` tasks run at once; the others wait their turn in arrival order.
 *
 * A cohort matrix is mostly CPU on the one event loop. Ten leaders opening a large cohort at
 * the same moment would otherwise interleave ten evaluations, and every other request, the
 * health probe included, would queue behind all of them. Waiting costs no CPU, so the rest of
 * the app keeps answering while the matrices are built a few at a time.
 */
export class Bulkhead {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next in line, so a newcomer cannot overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/** Gives the event loop a turn: other requests are answered between slices of long work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
