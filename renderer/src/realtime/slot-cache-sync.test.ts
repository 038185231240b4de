import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { SlotsChangedPayload } from '../../../shared/realtime/events';
import { queryKeys } from '../api/query-keys';
import type { SlotPage } from '../api/slots';
import { createSlotCacheSync } from './slot-cache-sync';

const KEY = queryKeys.slots.range('PHX', '2026-12-01', '2026-12-31');
const slot = (id: string, available: number) => ({
  id,
  consulateId: 'PHX',
  start: '2026-12-01T16:00:00.000Z',
  end: '2026-12-01T16:20:00.000Z',
  localStart: '2026-12-01T09:00',
  capacity: 4,
  available,
});
const page = (seq: number, a: number, b: number): SlotPage => ({ items: [slot('a', a), slot('b', b)], seq });
const event = (seq: number, changes: Record<string, number>, fromSeq?: number): SlotsChangedPayload => ({
  consulateId: 'PHX',
  changes: Object.entries(changes).map(([slotId, available]) => ({ slotId, available })),
  seq,
  ...(fromSeq ? { fromSeq } : {}),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let queryClient: QueryClient;
let refetches: number;
function setUp(initial: SlotPage) {
  queryClient = new QueryClient();
  queryClient.setQueryData(KEY, initial);
  refetches = 0;
  queryClient.getQueryCache().subscribe((change) => {
    if (change.type === 'updated' && change.action.type === 'invalidate') refetches++;
  });
  return createSlotCacheSync(queryClient, { gapGraceMs: 30 });
}
const shown = () => queryClient.getQueryData<SlotPage>(KEY);

afterEach(() => queryClient.clear());

describe('keeping the cached slots in step with live events', () => {
  it('a page fetched while events arrived lands behind them and is brought up to them at once: the grid never goes back', () => {
    const sync = setUp(page(5, 3, 3));
    sync.onEvent(event(6, { a: 2 }));
    sync.onEvent(event(7, { b: 1 }));
    expect(shown()).toEqual(page(7, 2, 1));
    // The refetch started before those events answers with the seats as of number 5.
    sync.onFetched(KEY, page(5, 3, 3));
    expect(shown()).toEqual(page(7, 2, 1));
    sync.dispose();
  });

  it('a fetched page that already includes the events is kept as it came (values it has that events never carried stay)', () => {
    const sync = setUp(page(5, 3, 3));
    sync.onEvent(event(6, { a: 2 }));
    const fetched = page(6, 2, 0);
    queryClient.setQueryData(KEY, fetched);
    sync.onFetched(KEY, fetched);
    expect(shown()).toEqual(page(6, 2, 0));
    sync.dispose();
  });

  it('after a reconnect, a live event that overtakes the replay of what was missed waits for it instead of refetching', async () => {
    const sync = setUp(page(5, 3, 3));
    sync.onEvent(event(8, { b: 0 }));
    expect(shown()?.seq).toBe(5);
    sync.onEvent(event(7, { a: 1, b: 2 }, 6));
    expect(shown()).toEqual(page(8, 1, 0));
    await sleep(60);
    expect(refetches).toBe(0);
    sync.dispose();
  });

  it('numbers that never come make the page refetch once the grace has passed', async () => {
    const sync = setUp(page(5, 3, 3));
    sync.onEvent(event(9, { a: 0 }));
    await sleep(60);
    expect(refetches).toBe(1);
    sync.dispose();
  });
});
