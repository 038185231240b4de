import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { SlotsChangedPayload } from '../../../shared/realtime/events';
import { queryKeys } from '../api/query-keys';
import type { SlotPage } from '../api/slots';
import { useConsoleStore } from '../stores/console-store-context';
import { recheckAppointmentsOfEmptiedSlots } from './appointment-closure-sync';
import { createSlotCacheSync } from './slot-cache-sync';
import { useSocket } from './socket-context';
import { watchForWake } from './wake-detector';

/**
 * The one place live events reach the query cache. `slots:changed` patches every cached page of
 * that consulate in place (no refetch per event, see slot-cache-sync.ts); a sequence gap that the
 * next events do not fill refetches that consulate only; an
 * unrecovered reconnect (a restart, a move to another instance) or a wake from sleep refetches what
 * may have changed meanwhile: not every change has an event (slots published, practice seeding).
 */
/** How long a page that missed numbers waits for them (a replay overtaken by a live event) before refetching. */
const GAP_GRACE_MS = 400;

export function useRealtimeSync(): void {
  const socket = useSocket();
  const queryClient = useQueryClient();
  const store = useConsoleStore();

  useEffect(() => {
    if (!socket) return;
    const resync = () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.slots.all() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.appointments.all() });
      store.getState().markResynced(Date.now());
    };
    const slots = createSlotCacheSync(queryClient, { gapGraceMs: GAP_GRACE_MS });
    const onChanged = (raw: unknown) => {
      const parsed = SlotsChangedPayload.safeParse(raw);
      if (!parsed.success) return;
      slots.onEvent(parsed.data);
      recheckAppointmentsOfEmptiedSlots(queryClient, parsed.data);
    };
    // A page fetched while events kept arriving is brought up to them as it lands.
    const stopWatchingFetches = queryClient.getQueryCache().subscribe((change) => {
      if (change.type !== 'updated' || change.action.type !== 'success' || change.action.manual) return;
      const key = change.query.queryKey;
      if (key[0] === queryKeys.slots.all()[0] && change.query.state.data)
        slots.onFetched(key, change.query.state.data as SlotPage);
    });
    // The first connection loads what it shows; after that, a connection that was not recovered
    // (the server could not replay what was missed) means the cache may be behind.
    let connectedBefore = socket.connected;
    const onConnect = () => {
      if (connectedBefore && !socket.recovered) resync();
      connectedBefore = true;
    };
    socket.on('slots:changed', onChanged);
    socket.on('connect', onConnect);
    const stopWatching = watchForWake(() => {
      if (!socket.connected) socket.connect();
      resync();
    });
    const stopResumeListener = window.miconsulado?.onSystemResumed(resync);
    return () => {
      socket.off('slots:changed', onChanged);
      stopWatchingFetches();
      slots.dispose();
      socket.off('connect', onConnect);
      stopWatching();
      stopResumeListener?.();
    };
  }, [socket, queryClient, store]);
}
