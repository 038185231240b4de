import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { keyForAttempt, retryDelay, sendWithRetries } from './confirm-retry';

const network = () => new ApiError('network', 0, 'offline');
const refused = () => new ApiError('slot_full', 409, 'full');
const noSleep = async () => undefined;

describe('confirming with the same key after a blip', () => {
  it('retries network failures and server errors, up to three times, never a refusal', () => {
    expect(retryDelay(network(), 0)).toBe(300);
    expect(retryDelay(new ApiError('internal_error', 503, 'down'), 1)).toBe(700);
    expect(retryDelay(network(), 2)).toBe(1_500);
    expect(retryDelay(network(), 3)).toBeNull();
    expect(retryDelay(refused(), 0)).toBeNull();
    expect(retryDelay(new Error('bug'), 0)).toBeNull();
  });

  it('sends again after lost answers and returns the first real answer', async () => {
    const outcomes: (() => string)[] = [
      () => {
        throw network();
      },
      () => {
        throw network();
      },
      () => 'appointment',
    ];
    let sends = 0;
    const retries: number[] = [];
    const result = await sendWithRetries(async () => (outcomes[sends++] as () => string)(), {
      sleep: noSleep,
      onRetry: (n) => retries.push(n),
    });
    expect(result).toBe('appointment');
    expect(sends).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it('gives up after three retries, and at once on a refusal', async () => {
    let sends = 0;
    await expect(
      sendWithRetries(
        async () => {
          sends++;
          throw network();
        },
        { sleep: noSleep },
      ),
    ).rejects.toMatchObject({ code: 'network' });
    expect(sends).toBe(4);
    sends = 0;
    await expect(
      sendWithRetries(
        async () => {
          sends++;
          throw refused();
        },
        { sleep: noSleep },
      ),
    ).rejects.toMatchObject({ code: 'slot_full' });
    expect(sends).toBe(1);
  });

  it('keeps the key of an attempt with an unknown outcome on the same hold, else makes a new one', () => {
    let n = 0;
    const fresh = () => `confirm:${++n}`;
    expect(keyForAttempt(null, 'h1', fresh)).toEqual({ holdId: 'h1', key: 'confirm:1' });
    expect(keyForAttempt({ holdId: 'h1', key: 'confirm:1' }, 'h1', fresh)).toEqual({
      holdId: 'h1',
      key: 'confirm:1',
    });
    expect(keyForAttempt({ holdId: 'h0', key: 'confirm:1' }, 'h1', fresh)).toEqual({
      holdId: 'h1',
      key: 'confirm:2',
    });
  });
});
