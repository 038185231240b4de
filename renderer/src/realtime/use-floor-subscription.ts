import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Floor } from '../../../shared/api/floor/floor';
import { FloorChangedPayload } from '../../../shared/realtime/events';
import { queryKeys } from '../api/query-keys';
import { applyFloorChanges } from './apply-floor-changes';
import { useSocket } from './socket-context';
import { throttle } from './throttle';

/** Queue counts follow the floor, but a busy floor must not refetch them on every event. */
export const QUEUE_REFRESH_MS = 5_000;
/** The day's figures change with every call that ends; a lead reads them at a glance, not per call. */
export const FIGURES_REFRESH_ON_CHANGE_MS = 10_000;

/**
 * Joins the floor's live room while a lead's floor view is shown. `floor:changed` replaces only the
 * changed operators' rows in the cached floor (no refetch per event) and refreshes the queue load,
 * throttled. `joined` turns true once the server has acknowledged the join: a floor fetched after
 * that misses no change; a cached floor from before it (the view shown earlier, a reconnect that
 * was not recovered) is refetched.
 */
export function useFloorSubscription(): { joined: boolean } {
  const socket = useSocket();
  const queryClient = useQueryClient();
  const [joined, setJoined] = useState(false);

  useEffect(() => {
    if (!socket) return;
    const key = queryKeys.floor.operators();
    const queues = throttle(
      () => void queryClient.invalidateQueries({ queryKey: queryKeys.floor.queues() }),
      QUEUE_REFRESH_MS,
    );
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
      queues.run();
      figures.run();
    };
    // A recovered connection kept its rooms and got what it missed; any other one joins again.
    const onConnect = () => {
      if (!socket.recovered) join();
    };

    socket.on('floor:changed', onChanged);
    socket.on('connect', onConnect);
    if (socket.connected) join();
    return () => {
      active = false;
      queues.cancel();
      figures.cancel();
      socket.off('floor:changed', onChanged);
      socket.off('connect', onConnect);
      if (socket.connected) socket.emit('floor:unsubscribe', {});
      setJoined(false);
    };
  }, [socket, queryClient]);

  return { joined };
}
