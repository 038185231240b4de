import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { SlotsChangedPayload } from '../../../shared/realtime/events';
import { queryKeys } from '../api/query-keys';
import type { SlotPage } from '../api/slots';
import { useConsoleStore } from '../stores/console-store-context';
import { applySlotChanges } from './apply-slot-changes';
import { useSocket } from './socket-context';
import { watchForWake } from './wake-detector';

/**
 * The one place live events reach the query cache. `slots:changed` patches every cached page of
 * that consulate in place (no refetch per event); a sequence gap refetches that consulate only; an
 * unrecovered reconnect (a restart, a move to another instance) or a wake from sleep refetches what
 * may have changed meanwhile: not every change has an event (slots published, practice seeding).
 */
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
    const onChanged = (raw: unknown) => {
      const parsed = SlotsChangedPayload.safeParse(raw);
      if (parsed.success) applyToCache(queryClient, parsed.data);
    };
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
      socket.off('connect', onConnect);
      stopWatching();
      stopResumeListener?.();
    };
  }, [socket, queryClient, store]);
}

function applyToCache(queryClient: QueryClient, event: SlotsChangedPayload): void {
  const cached = queryClient.getQueriesData<SlotPage>({ queryKey: queryKeys.slots.consulate(event.consulateId) });
  for (const [key, page] of cached) {
    if (!page) continue;
    const result = applySlotChanges(page, event.changes, event.seq, event.fromSeq);
    if (result.kind === 'applied') queryClient.setQueryData(key, result.page);
    else if (result.kind === 'gap') void queryClient.invalidateQueries({ queryKey: key, exact: true });
  }
}
