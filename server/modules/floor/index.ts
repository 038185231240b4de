/** The floor module's public entry: operator states, presence, queues, reassignments, the lead's live floor. */
export { createFloorRuntime, type FloorRuntime } from './floor-runtime';
export type { FloorService, OperatorTransitions } from './floor-service';
export type { TransitionOutcome } from './operator-transition';
export { floorRoutes } from './floor-routes';
export { operatorSignOutRoutes } from './operator-sign-out-route';
export { meRoutes } from './me-routes';
export { insertQueues } from './queue-repository';
