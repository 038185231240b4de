import { MutationObserver, onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from './create-query-client';

afterEach(() => onlineManager.setOnline(true));

describe('the console’s query client', () => {
  it('sends a write while the browser says it is offline, so its failure (or success) is said instead of a button left busy', async () => {
    onlineManager.setOnline(false);
    const write = new MutationObserver(createQueryClient(), {
      mutationFn: (n: number) => Promise.resolve(n * 2),
    });
    const answer = await Promise.race([
      write.mutate(21),
      new Promise((resolve) => setTimeout(() => resolve('paused'), 200)),
    ]);
    expect(answer).toBe(42);
  });
});
