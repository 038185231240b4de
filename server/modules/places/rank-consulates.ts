import { greatCircleKm } from './great-circle';
import type { ConsulateLocation } from './consulate-locations';
import type { LatLon } from './postal-codes';

export interface RankedConsulate {
  consulateId: string;
  /** Whole kilometres. */
  distanceKm: number;
}

/**
 * The `limit` consulates nearest to `origin`, nearest first (by the exact distance; equal ones by
 * code), with the distance rounded to whole kilometres.
 */
export function rankConsulates(
  origin: LatLon,
  locations: readonly ConsulateLocation[],
  limit: number,
): RankedConsulate[] {
  return locations
    .map((l) => ({ consulateId: l.consulateId, km: greatCircleKm(origin, l) }))
    .sort((a, b) => a.km - b.km || (a.consulateId < b.consulateId ? -1 : 1))
    .slice(0, Math.max(0, limit))
    .map(({ consulateId, km }) => ({ consulateId, distanceKm: Math.round(km) }));
}
