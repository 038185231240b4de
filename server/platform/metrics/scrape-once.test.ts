import { describe, expect, it } from 'vitest';
import { sharedRead } from './scrape-once';

describe('sharedRead', () => {
  it('reads once for everyone asking within the window, and again after it', async () => {
    let clock = 0;
    let reads = 0;
    const read = sharedRead(
      async () => ++reads,
      1000,
      () => clock,
    );
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    clock = 999;
    expect(await read()).toBe(1);
    clock = 1000;
    expect(await read()).toBe(2);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const read = sharedRead(
      async () => {
        if (fail) throw new Error('database away');
        return 'ok';
      },
      1000,
      () => 0,
    );
    await expect(read()).rejects.toThrow('database away');
    fail = false;
    expect(await read()).toBe('ok');
  });
});
