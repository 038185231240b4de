/**
 * The shell's configuration, from the environment. Refused at start when invalid, so a typo never
 * points operators at the wrong server.
 */
import { ServerUrl } from '../../shared/ipc/schemas';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:4000';

export interface DesktopConfig {
  /** The scheduling server's origin, e.g. `http://127.0.0.1:4000`. */
  serverUrl: string;
}

export function loadDesktopConfig(env: Readonly<Record<string, string | undefined>>): DesktopConfig {
  const raw = env.MICONSULADO_SERVER_URL?.trim() || DEFAULT_SERVER_URL;
  const parsed = ServerUrl.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`MICONSULADO_SERVER_URL ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  return { serverUrl: parsed.data };
}

/** The WebSocket origin of an http(s) origin (socket.io upgrades to it). */
export function webSocketOrigin(serverUrl: string): string {
  return serverUrl.replace(/^http/, 'ws');
}
