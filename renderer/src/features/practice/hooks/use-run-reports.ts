import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Procedure } from '../../../../../shared/api/reference/procedures';
import type { RunEventBody } from '../../../../../shared/api/practice';
import { queryKeys } from '../../../api/query-keys';
import type { ConsoleState } from '../../../stores/console-store';
import { useConsoleStore } from '../../../stores/console-store-context';

/** Requirements ticked in the checklist of the service chosen on the call. */
const tickedCount = (s: ConsoleState): number => Object.values(s.ticked).filter(Boolean).length;

/**
 * Watches the call the trainee is taking during a run and reports what the server cannot see:
 * the requirements read out (when the checklist is complete, and what was ticked when the call
 * ends) and the read-back shown for the appointment booked. When the call ends, `onCallEnded`
 * runs after the reports are sent.
 */
export function useRunReports(
  runId: string | null,
  report: (body: RunEventBody) => Promise<unknown>,
  onCallEnded: () => void,
): void {
  const store = useConsoleStore();
  const queryClient = useQueryClient();
  const latest = useRef({ report, onCallEnded });
  useEffect(() => {
    latest.current = { report, onCallEnded };
  });

  useEffect(() => {
    if (!runId) return;
    let callSeen = store.getState().call !== null;
    let ticked: { procedureId: string; count: number } | null = null;
    let sentTicked = '';
    let sentReadBack: string | null = null;
    let queue: Promise<unknown> = Promise.resolve();
    const send = (body: RunEventBody) => {
      queue = queue.then(() => latest.current.report(body)).catch(() => undefined);
    };
    const sendTicked = () => {
      if (!ticked || ticked.count === 0) return;
      const key = `${ticked.procedureId}:${ticked.count}`;
      if (key === sentTicked) return;
      sentTicked = key;
      send({ kind: 'requirements_read', procedureId: ticked.procedureId, count: ticked.count });
    };
    const totalOf = (procedureId: string): number =>
      queryClient.getQueryData<Procedure[]>(queryKeys.procedures.all())?.find((p) => p.id === procedureId)
        ?.requirements.length ?? 0;

    return store.subscribe((next, prev) => {
      if (next.call && !prev.call) callSeen = true;
      if (
        next.call &&
        next.procedureId &&
        (next.ticked !== prev.ticked || next.procedureId !== prev.procedureId)
      ) {
        ticked = { procedureId: next.procedureId, count: tickedCount(next) };
        const total = totalOf(next.procedureId);
        if (total > 0 && ticked.count >= total) sendTicked();
      }
      if (next.booked && next.booked.id !== sentReadBack) {
        sentReadBack = next.booked.id;
        send({ kind: 'read_back', appointmentId: next.booked.id });
      }
      if (prev.call && !next.call && callSeen) {
        sendTicked();
        void queue.then(() => latest.current.onCallEnded());
      }
    });
  }, [runId, store, queryClient]);
}
