import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Floor } from '../../../shared/api/floor/floor';
import type { QueueLoad } from '../../../shared/api/floor/queues';
import { FloorChangedPayload, QueuesChangedPayload } from '../../../shared/realtime/events';
import { queryKeys } from '../api/query-keys';
import { applyFloorChanges } from './apply-floor-changes';
import { applyQueueChanges } from './apply-queue-changes';
import { useSocket } from './socket-context';
import { throttle } from './throttle';

/** The day's figures change with every call that ends; a lead reads them at a glance, not per call. */
export const FIGURES_REFRESH_ON_CHANGE_MS = 10_000;

/**
 * Joins the floor's live room while a lead's floor view is shown. `floor:changed` replaces only the
 * changed operators' rows in the cached floor (no refetch per event); `queues:changed` replaces the
 * queues whose live figures changed (the server sends them when operators change state too). `joined`
 * turns true once the server has acknowledged the join: a floor fetched after that misses no change;
 * a cached floor from before it (the view shown earlier, a reconnect that was not recovered) is
 * refetched.
 */
export function useFloorSubscription(): { joined: boolean } {
  const socket = useSocket();
  const queryClient = useQueryClient();
  const [joined, setJoined] = useState(false);

  useEffect(() => {
    if (!socket) return;
    const key = queryKeys.floor.operators();
    const figures = throttle(
      () => void queryClient.invalidateQueries({ queryKey: queryKeys.floor.allFigures() }),
      FIGURES_REFRESH_ON_CHANGE_MS,
    );
    let active = true;

    const join = () => {
      const sentAt = Date.now();
      socket.emit('floor:subscribe', {}, (ack) => {
        if (!active || !('ok' in ack)) return;
        const state = queryClient.getQueryState(key);
        if (state?.data !== undefined && state.dataUpdatedAt < sentAt)
          void queryClient.invalidateQueries({ queryKey: queryKeys.floor.all() });
        setJoined(true);
      });
    };
    const onChanged = (raw: unknown) => {
      const parsed = FloorChangedPayload.safeParse(raw);
      if (!parsed.success) return;
      const floor = queryClient.getQueryData<Floor>(key);
      if (floor) {
        const next = applyFloorChanges(floor, parsed.data.operators, parsed.data.at);
        if (next !== floor) queryClient.setQueryData(key, next);
      }
      figures.run();
    };
    // The queues' live figures, absolute: the changed queues replace theirs in the cached list.
    const onQueuesChanged = (raw: unknown) => {
      const parsed = QueuesChangedPayload.safeParse(raw);
      if (!parsed.success) return;
      const cached = queryClient.getQueryData<QueueLoad[]>(queryKeys.floor.queues());
      if (!cached) return;
      const next = applyQueueChanges(cached, parsed.data.queues);
      if (next !== cached) queryClient.setQueryData(queryKeys.floor.queues(), next);
    };
    // A recovered connection kept its rooms and got what it missed; any other one joins again.
    const onConnect = () => {
      if (!socket.recovered) join();
    };

    socket.on('floor:changed', onChanged);
    socket.on('queues:changed', onQueuesChanged);
    socket.on('connect', onConnect);
    if (socket.connected) join();
    return () => {
      active = false;
      figures.cancel();
      socket.off('floor:changed', onChanged);
      socket.off('queues:changed', onQueuesChanged);
      socket.off('connect', onConnect);
      if (socket.connected) socket.emit('floor:unsubscribe', {});
      setJoined(false);
    };
  }, [socket, queryClient]);

  return { joined };
}
