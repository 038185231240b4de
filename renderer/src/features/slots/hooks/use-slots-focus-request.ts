import { useEffect, type RefObject } from 'react';
import { useConsole } from '../../../stores/console-store-context';

/**
 * Serves `focusPanel('slots')`: calls `onRequest` once per request, as soon as the grid is ready —
 * at once, or when the times arrive if they were still loading. `served` (kept by the panel,
 * across consulates) remembers the last request served, so an old one is never replayed.
 */
export function useSlotsFocusRequest(ready: boolean, served: RefObject<number>, onRequest: () => void): void {
  const request = useConsole((s) => s.focusRequest);
  useEffect(() => {
    if (!ready || request?.panel !== 'slots' || served.current >= request.nonce) return;
    served.current = request.nonce;
    onRequest();
  }, [request, ready, served, onRequest]);
}
