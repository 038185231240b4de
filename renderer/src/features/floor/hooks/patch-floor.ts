import type { QueryClient } from '@tanstack/react-query';
import type { Floor } from '../../../../../shared/api/floor/floor';
import { queryKeys } from '../../../api/query-keys';

/** Applies a lead's answered change to the cached floor at once (`floor:changed` follows). */
export function patchFloor(queryClient: QueryClient, change: (floor: Floor) => Floor): void {
  const key = queryKeys.floor.operators();
  const floor = queryClient.getQueryData<Floor>(key);
  if (floor) queryClient.setQueryData(key, change(floor));
}
