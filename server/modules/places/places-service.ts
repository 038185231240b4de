import type { NearestConsulatesQuery } from '../../../shared/api/reference/nearest';
import type { Actor } from '../../kernel/actor';
import { nearestConsulates } from './nearest-consulates';
import type { PlacesDeps } from './places-deps';

/** The places module's service: consulates by distance from a caller's postal code, with their first seat. */
export function createPlacesService(deps: PlacesDeps) {
  return {
    nearest: (actor: Actor, query: NearestConsulatesQuery) => nearestConsulates(deps, actor, query),
  };
}

export type PlacesService = ReturnType<typeof createPlacesService>;
