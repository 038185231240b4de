/**
 * The places module's public entry: consulates ranked by distance from a caller's postal code, with
 * each one's earliest bookable slot. It sits on `reference` (where the consulates are) and `slots`
 * (their seats); `reference` is at the bottom of the module graph and may not read slots, so this
 * lives in a module of its own above both.
 */
export { createPlacesService, type PlacesService } from './places-service';
export type { PlacesDeps } from './places-deps';
export { placesRoutes } from './places-routes';
