import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { MyStatus } from '../../../shared/api/floor/floor';
import { ReassignmentReceivedPayload, StatusChangedPayload } from '../../../shared/realtime/events';
import { queryKeys } from '../api/query-keys';
import { applyReassignment } from './apply-reassignment';
import { useSocket } from './socket-context';

/**
 * Keeps the operator's own state and queue current on every console of the user: `status:changed`
 * replaces the cached status (it is absolute), `reassignment:received` puts the lead's move in it at
 * once, and a reconnect that was not recovered refetches it. Mounted once, by the console screen.
 */
export function useStatusSync(): void {
  const socket = useSocket();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!socket) return;
    const key = queryKeys.me.status();
    const onStatus = (raw: unknown) => {
      const parsed = StatusChangedPayload.safeParse(raw);
      if (parsed.success) queryClient.setQueryData(key, parsed.data);
    };
    const onReassignment = (raw: unknown) => {
      const parsed = ReassignmentReceivedPayload.safeParse(raw);
      if (!parsed.success) return;
      const status = queryClient.getQueryData<MyStatus>(key);
      if (status) queryClient.setQueryData(key, applyReassignment(status, parsed.data));
      else void queryClient.invalidateQueries({ queryKey: key });
    };
    let connectedBefore = socket.connected;
    const onConnect = () => {
      if (connectedBefore && !socket.recovered) void queryClient.invalidateQueries({ queryKey: key });
      connectedBefore = true;
    };
    socket.on('status:changed', onStatus);
    socket.on('reassignment:received', onReassignment);
    socket.on('connect', onConnect);
    return () => {
      socket.off('status:changed', onStatus);
      socket.off('reassignment:received', onReassignment);
      socket.off('connect', onConnect);
    };
  }, [socket, queryClient]);
}

/**
 * Tells the server that this console showed the reassignment notice: the lead sees it acknowledged.
 * socket.io buffers the event while disconnected and sends it on reconnect. False when there is no
 * live channel yet (the caller tries again once there is).
 */
export function useAcknowledgeReassignment(): (reassignmentId: string) => boolean {
  const socket = useSocket();
  const queryClient = useQueryClient();
  return useCallback(
    (reassignmentId: string) => {
      if (!socket) return false;
      socket.emit('reassignment:acknowledge', { reassignmentId }, (ack) => {
        if (!('ok' in ack)) return;
        // The status holds only a reassignment not yet acknowledged.
        const status = queryClient.getQueryData<MyStatus>(queryKeys.me.status());
        if (status?.reassignment?.id === reassignmentId)
          queryClient.setQueryData(queryKeys.me.status(), { ...status, reassignment: null });
      });
      return true;
    },
    [socket, queryClient],
  );
}
