import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter';

function limiterAt(start: number, limit = 3, windowMs = 1000) {
  const clock = { now: start };
  const limiter = createRateLimiter({ limit, windowMs, clock: () => new Date(clock.now) });
  return { limiter, clock };
}

describe('rate limiter', () => {
  it('allows `limit` attempts in a window and refuses the next one', () => {
    const { limiter } = limiterAt(0);
    expect([limiter.tryTake('a'), limiter.tryTake('a'), limiter.tryTake('a')]).toEqual([true, true, true]);
    expect(limiter.exhausted('a')).toBe(true);
    expect(limiter.tryTake('a')).toBe(false);
  });

  it('slides: each attempt leaves the window exactly windowMs after it was made', () => {
    const { limiter, clock } = limiterAt(10_000);
    limiter.tryTake('a'); // t = 0
    clock.now += 500;
    limiter.tryTake('a'); // t = 500
    clock.now += 100;
    limiter.tryTake('a'); // t = 600
    clock.now = 10_999;
    expect(limiter.tryTake('a')).toBe(false);
    clock.now = 11_000; // the first attempt has left the window
    expect(limiter.exhausted('a')).toBe(false);
    expect(limiter.tryTake('a')).toBe(true);
    expect(limiter.tryTake('a')).toBe(false);
    clock.now = 11_500; // the second has left too
    expect(limiter.tryTake('a')).toBe(true);
  });

  it('refused attempts do not extend the wait', () => {
    const { limiter, clock } = limiterAt(0, 1, 1000);
    expect(limiter.tryTake('a')).toBe(true);
    for (let i = 0; i < 10; i++) {
      clock.now += 90;
      expect(limiter.tryTake('a')).toBe(false);
    }
    clock.now = 1000;
    expect(limiter.tryTake('a')).toBe(true);
  });

  it('counts each key on its own', () => {
    const { limiter } = limiterAt(0, 1);
    expect(limiter.tryTake('operator1')).toBe(true);
    expect(limiter.tryTake('operator1')).toBe(false);
    expect(limiter.tryTake('operator2')).toBe(true);
    expect(limiter.exhausted('operator3')).toBe(false);
  });

  it('exhausted counts nothing, and reset forgets the key', () => {
    const { limiter } = limiterAt(0, 2);
    for (let i = 0; i < 5; i++) expect(limiter.exhausted('a')).toBe(false);
    limiter.tryTake('a');
    limiter.tryTake('a');
    expect(limiter.exhausted('a')).toBe(true);
    limiter.reset('a');
    expect(limiter.exhausted('a')).toBe(false);
    expect(limiter.tryTake('a')).toBe(true);
  });

  it('keeps memory bounded: keys never seen again are dropped once their window has passed', () => {
    const { limiter, clock } = limiterAt(0, 3, 1000);
    for (let i = 0; i < 1000; i++) limiter.tryTake(`made-up-user-${i}`);
    expect(limiter.size()).toBe(1000);
    clock.now = 500;
    limiter.tryTake('operator1');
    expect(limiter.size()).toBe(1001);
    clock.now = 1000;
    limiter.tryTake('operator2');
    expect(limiter.size()).toBe(2); // operator1 (still in its window) and operator2
    expect(limiter.exhausted('operator1')).toBe(false);
    limiter.tryTake('operator1');
    limiter.tryTake('operator1');
    expect(limiter.exhausted('operator1')).toBe(true);
  });

  it('300 attempts arriving together, each awaited as a sign-in awaits it: exactly `limit` pass', async () => {
    const { limiter } = limiterAt(0, 10, 15 * 60_000);
    const taken = await Promise.all(
      Array.from({ length: 300 }, async () => {
        await Promise.resolve();
        return limiter.tryTake('operator1|127.0.0.1');
      }),
    );
    expect(taken.filter(Boolean)).toHaveLength(10);
    expect(taken.slice(0, 10)).toEqual(Array(10).fill(true));
  });

  it('gives back the newest attempt only: one harmless attempt frees one place, not the window', () => {
    const { limiter, clock } = limiterAt(0, 3, 1000);
    limiter.tryTake('a'); // t = 0
    clock.now = 400;
    limiter.tryTake('a');
    limiter.tryTake('a');
    expect(limiter.tryTake('a')).toBe(false);
    limiter.giveBack('a');
    expect(limiter.tryTake('a')).toBe(true);
    expect(limiter.tryTake('a')).toBe(false);
    // The attempt at t = 0 was kept: it leaves the window at 1000, the others later.
    clock.now = 1000;
    expect(limiter.tryTake('a')).toBe(true);
    expect(limiter.tryTake('a')).toBe(false);
    limiter.giveBack('never-seen');
    expect(limiter.exhausted('never-seen')).toBe(false);
  });
});
