import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_HOLD_TTL_SECONDS, holdExpiresAt, isHoldLive } from './hold-policy';

const now = new Date('2026-03-08T07:58:00.000Z');

describe('holdExpiresAt', () => {
  it('adds the TTL in real seconds (a DST change does not matter to instants)', () => {
    expect(DEFAULT_HOLD_TTL_SECONDS).toBe(300);
    expect(holdExpiresAt(now, DEFAULT_HOLD_TTL_SECONDS).toISOString()).toBe('2026-03-08T08:03:00.000Z');
    expect(holdExpiresAt(now, 0.5).toISOString()).toBe('2026-03-08T07:58:00.500Z');
  });

  it('rejects a zero, negative or non-finite TTL', () => {
    expect(() => holdExpiresAt(now, 0)).toThrow(RangeError);
    expect(() => holdExpiresAt(now, -5)).toThrow(RangeError);
    expect(() => holdExpiresAt(now, Number.NaN)).toThrow(RangeError);
  });
});

describe('isHoldLive', () => {
  const expires = holdExpiresAt(now, 300);

  it('is live strictly before the expiry instant', () => {
    expect(isHoldLive(expires, now)).toBe(true);
    expect(isHoldLive(expires, new Date(expires.getTime() - 1))).toBe(true);
    expect(isHoldLive(expires, expires)).toBe(false);
    expect(isHoldLive(expires, new Date(expires.getTime() + 1))).toBe(false);
  });

  it('accepts ISO strings as stored in the database', () => {
    expect(isHoldLive('2026-03-08T08:03:00.000Z', new Date('2026-03-08T08:02:59.999Z'))).toBe(true);
    expect(isHoldLive('2026-03-08T08:03:00.000Z', new Date('2026-03-08T08:03:00.000Z'))).toBe(false);
    expect(isHoldLive('not a date', now)).toBe(false);
  });

  it('a fresh hold is live until exactly its TTL has passed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 86_400 }),
        fc.integer({ min: 0, max: 200_000_000 }),
        (ttl, elapsedMs) => {
          const expiry = holdExpiresAt(now, ttl);
          const later = new Date(now.getTime() + elapsedMs);
          expect(isHoldLive(expiry, later)).toBe(elapsedMs < ttl * 1000);
          expect(isHoldLive(expiry.toISOString(), later)).toBe(elapsedMs < ttl * 1000);
        },
      ),
    );
  });
});
