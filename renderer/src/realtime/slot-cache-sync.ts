import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { SlotsChangedPayload } from '../../../shared/realtime/events';
import { queryKeys } from '../api/query-keys';
import type { SlotPage } from '../api/slots';
import { applySlotChanges } from './apply-slot-changes';

/** Events kept per consulate to replay onto a page that lands behind them. */
const KEPT_EVENTS = 256;

export interface SlotCacheSync {
  /** A `slots:changed` arrived. */
  onEvent(event: SlotsChangedPayload): void;
  /** A fetched page landed in the cache (not one this sync wrote). */
  onFetched(key: QueryKey, page: SlotPage): void;
  dispose(): void;
}

/**
 * Keeps the cached pages of slots in step with the live events, whatever order they meet in:
 * - a page fetched while events were arriving lands with an older number than they carry: the kept
 *   events after its number are applied to it at once, so a refetch never rolls the grid back;
 * - an event that does not continue a page (a reconnect: a live event can overtake the replay of
 *   what was missed) waits `gapGraceMs` for the missing numbers to arrive before the page is
 *   refetched, and the kept events are applied as soon as they connect.
 */
export function createSlotCacheSync(
  queryClient: QueryClient,
  options: { gapGraceMs: number },
): SlotCacheSync {
  const kept = new Map<string, SlotsChangedPayload[]>();
  const gapTimers = new Map<string, ReturnType<typeof setTimeout>>();

  function keep(event: SlotsChangedPayload) {
    const list = kept.get(event.consulateId) ?? [];
    list.push(event);
    list.sort((a, b) => a.seq - b.seq);
    if (list.length > KEPT_EVENTS) list.splice(0, list.length - KEPT_EVENTS);
    kept.set(event.consulateId, list);
  }

  /** The page with every kept event that continues it applied, in number order. */
  function caughtUp(consulateId: string, page: SlotPage): SlotPage {
    let current = page;
    for (const event of kept.get(consulateId) ?? []) {
      const result = applySlotChanges(current, event.changes, event.seq, event.fromSeq);
      if (result.kind === 'applied') current = result.page;
    }
    return current;
  }

  function write(key: QueryKey, page: SlotPage) {
    const hash = JSON.stringify(key);
    clearTimeout(gapTimers.get(hash));
    gapTimers.delete(hash);
    queryClient.setQueryData(key, page);
  }

  function waitForGap(key: QueryKey, seq: number) {
    const hash = JSON.stringify(key);
    if (gapTimers.has(hash)) return;
    gapTimers.set(
      hash,
      setTimeout(() => {
        gapTimers.delete(hash);
        const page = queryClient.getQueryData<SlotPage>(key);
        if (page && page.seq < seq) void queryClient.invalidateQueries({ queryKey: key, exact: true });
      }, options.gapGraceMs),
    );
  }

  return {
    onEvent(event) {
      keep(event);
      for (const [key, page] of queryClient.getQueriesData<SlotPage>({
        queryKey: queryKeys.slots.consulate(event.consulateId),
      })) {
        if (!page) continue;
        const result = applySlotChanges(page, event.changes, event.seq, event.fromSeq);
        if (result.kind === 'applied') write(key, caughtUp(event.consulateId, result.page));
        else if (result.kind === 'gap') waitForGap(key, event.seq);
      }
    },
    onFetched(key, page) {
      const consulateId = key[1];
      if (typeof consulateId !== 'string') return;
      const current = caughtUp(consulateId, page);
      if (current !== page) write(key, current);
    },
    dispose() {
      for (const timer of gapTimers.values()) clearTimeout(timer);
      gapTimers.clear();
      kept.clear();
    },
  };
}
