import { useEffect, useState } from 'react';
import { useConsoleStore } from '../../../stores/console-store-context';
import { initialLink, nextLink } from '../link-state';

/** How long "Reconnected — availability refreshed" stays up. */
export const RECONNECTED_NOTICE_MS = 4_000;

/**
 * Whether the live updates are down now, and whether to say they just came back (after an outage,
 * or after a resync of the availability, e.g. on waking from sleep), for a few seconds.
 */
export function useConnectionNotice(noticeMs = RECONNECTED_NOTICE_MS): {
  down: boolean;
  reconnected: boolean;
} {
  const store = useConsoleStore();
  const [down, setDown] = useState(() => initialLink(store.getState().socketStatus).down);
  const [noticeAt, setNoticeAt] = useState<number | null>(null);

  useEffect(() => {
    let link = initialLink(store.getState().socketStatus);
    setDown(link.down);
    return store.subscribe((state, prev) => {
      if (state.socketStatus !== prev.socketStatus) {
        const next = nextLink(link, state.socketStatus);
        link = next.link;
        setDown(link.down);
        if (next.reconnected) setNoticeAt(Date.now());
      }
      // A resync (after a reconnect or a wake from sleep) refreshed what the grid shows.
      if (state.lastResyncAt !== prev.lastResyncAt && state.lastResyncAt !== null && !link.down)
        setNoticeAt(Date.now());
    });
  }, [store]);

  useEffect(() => {
    if (noticeAt === null) return;
    const timer = setTimeout(() => setNoticeAt(null), noticeMs);
    return () => clearTimeout(timer);
  }, [noticeAt, noticeMs]);

  return { down, reconnected: noticeAt !== null && !down };
}
