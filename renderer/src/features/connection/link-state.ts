import type { SocketStatus } from '../../stores/slices/connection-slice';

/** What the console knows about the live channel beyond its current status. */
export type LinkState = {
  /** It was online at least once: a later "connecting" is a reconnection, not the start-up. */
  everOnline: boolean;
  /** The operator must be told the live updates are down. */
  down: boolean;
};

export const initialLink = (status: SocketStatus): LinkState => ({
  everOnline: status === 'online',
  down: status === 'offline',
});

/**
 * The next link state for a new socket status, and whether this is the moment it came back (show
 * "Reconnected"). Start-up "connecting" is not an outage; "connecting" after being online, or
 * between two failed attempts, is (the banner must not flicker with each retry).
 */
export function nextLink(prev: LinkState, status: SocketStatus): { link: LinkState; reconnected: boolean } {
  const down = status === 'offline' || (status === 'connecting' && (prev.everOnline || prev.down));
  return {
    link: { everOnline: prev.everOnline || status === 'online', down },
    reconnected: prev.down && status === 'online',
  };
}
