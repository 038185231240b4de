/**
 * The waitlist module's public entry: the outbox wrapper that serves waiting callers first on
 * every seat change (`withWaitlist`, composed in the root and handed to every module as
 * `slotChanges`), the service, its routes and the sweeper that expires ended entries.
 */
export { withWaitlist } from './waitlist-filler';
export type { WaitlistDeps, WaitlistFillerOptions } from './waitlist-deps';
export { createWaitlistService, type WaitlistService } from './waitlist-service';
export { waitlistRoutes } from './waitlist-routes';
export { startWaitlistSweeper } from './waitlist-sweeper';
