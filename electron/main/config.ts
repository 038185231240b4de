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

/** This machine: 127.0.0.0/8, ::1 and localhost (the WHATWG URL parser has normalised the host already). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function loadDesktopConfig(env: Readonly<Record<string, string | undefined>>): DesktopConfig {
  const raw = env.MICONSULADO_SERVER_URL?.trim() || DEFAULT_SERVER_URL;
  const parsed = ServerUrl.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`MICONSULADO_SERVER_URL ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  const url = new URL(parsed.data);
  // Sign-ins, session tokens and applicants' data never cross a network in clear text.
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new Error(
      `MICONSULADO_SERVER_URL ${parsed.data} is plain http to another machine: passwords and applicants' data would cross the network unencrypted. Use https://${url.host}, or http only for this machine (127.0.0.1, ::1, localhost).`,
    );
  }
  return { serverUrl: parsed.data };
}

/** The WebSocket origin of an http(s) origin (socket.io upgrades to it). */
export function webSocketOrigin(serverUrl: string): string {
  return serverUrl.replace(/^http/, 'ws');
}
