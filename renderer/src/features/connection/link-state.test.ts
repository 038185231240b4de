import { describe, expect, it } from 'vitest';
import type { SocketStatus } from '../../stores/slices/connection-slice';
import { initialLink, nextLink } from './link-state';

/** Feeds statuses in order; returns whether each one is down and whether it marks a reconnection. */
function replay(statuses: SocketStatus[]) {
  let link = initialLink('connecting');
  return statuses.map((status) => {
    const next = nextLink(link, status);
    link = next.link;
    return [status, link.down, next.reconnected] as const;
  });
}

describe('nextLink', () => {
  it('does not alarm while the console first connects', () => {
    expect(replay(['connecting', 'online'])).toEqual([
      ['connecting', false, false],
      ['online', false, false],
    ]);
  });

  it('is down when offline and while reconnecting after having been online, and marks the return', () => {
    expect(replay(['online', 'offline', 'connecting', 'offline', 'connecting', 'online', 'online'])).toEqual([
      ['online', false, false],
      ['offline', true, false],
      ['connecting', true, false],
      ['offline', true, false],
      ['connecting', true, false],
      ['online', false, true],
      ['online', false, false],
    ]);
  });

  it('stays down through the retries when the server cannot be reached at start-up, and says when it comes', () => {
    expect(replay(['offline', 'connecting', 'offline', 'connecting', 'online'])).toEqual([
      ['offline', true, false],
      ['connecting', true, false],
      ['offline', true, false],
      ['connecting', true, false],
      ['online', false, true],
    ]);
  });

  it('starts from the status at hand', () => {
    expect(initialLink('online')).toEqual({ everOnline: true, down: false });
    expect(initialLink('offline')).toEqual({ everOnline: false, down: true });
  });
});
