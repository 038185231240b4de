import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPresenceTracker, type PresenceTracker } from './presence-tracker';

const GRACE_MS = 20_000;
let calls: string[];
let presence: PresenceTracker;

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  presence = createPresenceTracker({
    graceMs: GRACE_MS,
    online: (userId) => calls.push(`online ${userId}`),
    gone: (userId) => calls.push(`gone ${userId}`),
    countChanged: (userId) => calls.push(`count ${userId} ${presence.consoles(userId)}`),
  });
});

afterEach(() => {
  presence.stop();
  vi.useRealTimers();
});

describe('presence', () => {
  it('reports a user online at their first console and counts each console once', () => {
    presence.connect('u1', 's1');
    presence.connect('u1', 's1');
    presence.connect('u1', 's2');
    expect(calls).toEqual(['online u1', 'count u1 1', 'count u1 2']);
    expect(presence.consoles('u1')).toBe(2);
    expect(presence.consoles('u2')).toBe(0);
  });

  it('counts the consoles in practice mode apart, until they close', () => {
    presence.connect('u1', 's1');
    presence.connect('u1', 's2', true);
    expect([presence.consoles('u1'), presence.practiceConsoles('u1')]).toEqual([2, 1]);
    presence.disconnect('u1', 's2');
    expect([presence.consoles('u1'), presence.practiceConsoles('u1')]).toEqual([1, 0]);
  });

  it('keeps a user with one console left online', () => {
    presence.connect('u1', 's1');
    presence.connect('u1', 's2');
    presence.disconnect('u1', 's1');
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(calls).not.toContain('gone u1');
    expect(presence.consoles('u1')).toBe(1);
  });

  it('reports a user gone only when the grace period passes without any console', () => {
    presence.connect('u1', 's1');
    presence.disconnect('u1', 's1');
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(calls).not.toContain('gone u1');
    vi.advanceTimersByTime(1);
    expect(calls.at(-1)).toBe('gone u1');
  });

  it('a reconnect within the grace period cancels it', () => {
    presence.connect('u1', 's1');
    presence.disconnect('u1', 's1');
    vi.advanceTimersByTime(GRACE_MS / 2);
    presence.connect('u1', 's2');
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(calls).toEqual(['online u1', 'count u1 1', 'count u1 0', 'online u1', 'count u1 1']);
  });

  it('ignores the disconnect of a socket it never counted', () => {
    presence.disconnect('u1', 's9');
    vi.advanceTimersByTime(GRACE_MS);
    expect(calls).toEqual([]);
  });

  it('after a restart, gives users held online the grace period, unless they are back', () => {
    presence.awaitReconnect(['u1', 'u2']);
    presence.connect('u2', 's1');
    vi.advanceTimersByTime(GRACE_MS);
    expect(calls).toEqual(['online u2', 'count u2 1', 'gone u1']);
  });

  it('after stop (shutdown), sockets closing report nobody gone', () => {
    presence.connect('u1', 's1');
    presence.stop();
    presence.disconnect('u1', 's1');
    vi.advanceTimersByTime(GRACE_MS);
    expect(calls).toEqual(['online u1', 'count u1 1']);
  });
});
