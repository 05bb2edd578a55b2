import { Bulkhead } from './bulkhead';

describe('Bulkhead', () => {
  function deferred() {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  }
  const flush = () => new Promise((resolve) => setImmediate(resolve));

  it('runs at most its limit at once and starts the others in arrival order', async () => {
    const bulkhead = new Bulkhead(2);
    const started: number[] = [];
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const done = gates.map((gate, i) =>
      bulkhead.run(async () => {
        started.push(i);
        await gate.promise;
        return i;
      }),
    );
    await flush();
    expect(started).toEqual([0, 1]);

    gates[1]?.resolve();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    // A newcomer waits behind the one already in line.
    const late = bulkhead.run(async () => {
      started.push(9);
      return 9;
    });
    gates[0]?.resolve();
    await flush();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[2]?.resolve();
    gates[3]?.resolve();
    await expect(Promise.all([...done, late])).resolves.toEqual([0, 1, 2, 3, 9]);
    expect(started).toEqual([0, 1, 2, 3, 9]);
  });

  it('frees the slot of a task that fails', async () => {
    const bulkhead = new Bulkhead(1);
    await expect(bulkhead.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    await expect(bulkhead.run(async () => 'next')).resolves.toBe('next');
  });
});
