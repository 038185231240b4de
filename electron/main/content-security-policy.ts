/**
 * The console's Content-Security-Policy, sent with every HTML page the `app://` protocol serves.
 * Scripts and styles come only from the packaged bundle; the only other origin reachable is the
 * scheduling server (HTTP and its WebSocket).
 */
import { webSocketOrigin } from './config';

export function contentSecurityPolicy(serverUrl: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${serverUrl} ${webSocketOrigin(serverUrl)}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
