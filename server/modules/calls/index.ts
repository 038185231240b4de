/** The calls module's public entry: the call log, the operator's current call, and the events other modules hear of it. */
export { createCallService, type CallService } from './call-service';
export type { CallEvents, CallNotices } from './call-deps';
export { callRoutes } from './call-routes';
export { myCallRoutes } from './my-call-routes';
export { callCenterRoutes } from './call-center-routes';
export { startCallSweeper, type CallSweeper } from './call-sweeper';
/** The MyCall shape an accepted offer answers with, the same as `GET /api/me/call`. */
export { presentMyCall, wrapUpDeadlineOf } from './present-my-call';
export { readWrapUpLimitSeconds, DEFAULT_WRAP_UP_LIMIT_SECONDS } from './call-center-settings';
export { OUTBOUND_REBOOKING_QUEUE } from './outbound-queue';
/** The user's open call in a sandbox: what a read of an applicant is recorded with. */
export { findCurrentCallOf } from './call-repository';
