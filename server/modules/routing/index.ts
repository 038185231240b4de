/**
 * The routing module's public entry: calls arrive from the telephony side, wait in their queues and
 * are offered to one operator at a time; the carriers that own the audio plug in here.
 */
export type { Carrier, CarrierCall, CarrierOperator } from './carrier';
export { createRoutingRuntime, type RoutingRuntime } from './routing-runtime';
export { API_PROVIDER, type RoutingService } from './routing-service';
export { routingRoutes } from './routing-routes';
export { telephonyAccess } from './telephony-access';
export { DEFAULT_ROUTING_RULES_FILE, loadRoutingRules, RoutingRulesFileError } from './routing-rules-file';
export { presentRoutedCall } from './present-routing';
