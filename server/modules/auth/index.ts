/** The auth module's public entry: sign-in, sessions, the users table. */
export { createSessionService, type SessionService } from './session-service';
export { authRoutes } from './auth-routes';
export { createSessionEnding, type SessionEnding } from './session-ending';
export { insertUsers } from './user-repository';
export { hashPassword } from './passwords';
