import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../api/query-keys';
import type { SlotPage } from '../api/slots';
import { useSocket } from './socket-context';

/**
 * Joins the consulate's live room while a grid shows it. The join names the last number the cached
 * page includes (`afterSeq`): the server first sends what was missed since, while it keeps it, then
 * acknowledges with the consulate's current number; a page still behind it refetches. Re-joins
 * after every reconnect (rooms do not survive an unrecovered one, nor a move to another instance).
 */
export function useSlotSubscription(consulateId: string | null, from: string, to: string): void {
  const socket = useSocket();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!socket || !consulateId) return;
    const key = queryKeys.slots.range(consulateId, from, to);
    const join = () => {
      const cached = queryClient.getQueryData<SlotPage>(key);
      socket.emit(
        'slots:subscribe',
        { consulateId, from, to, ...(cached ? { afterSeq: cached.seq } : {}) },
        (ack) => {
          if (!('ok' in ack)) return;
          const page = queryClient.getQueryData<SlotPage>(key);
          if (page && ack.seq > page.seq) void queryClient.invalidateQueries({ queryKey: key, exact: true });
        },
      );
    };
    if (socket.connected) join();
    socket.on('connect', join);
    return () => {
      socket.off('connect', join);
      if (socket.connected) socket.emit('slots:unsubscribe', { consulateId });
    };
  }, [socket, consulateId, from, to, queryClient]);
}
