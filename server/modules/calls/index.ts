/** The calls module's public entry: the call log and the events other modules hear of it. */
export { createCallService, type CallService } from './call-service';
export type { CallEvents } from './call-deps';
export { callRoutes } from './call-routes';
