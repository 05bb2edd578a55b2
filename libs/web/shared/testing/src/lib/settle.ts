import { TestBed } from '@angular/core/testing';

/**
 * Lets a zoneless test catch up: resolved promises, flushed HTTP answers and the change
 * detection they schedule. A few rounds cover a request whose answer starts another.
 */
export async function settle(rounds = 4): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }
}
