import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/realtime/events';

export type ConsoleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The live channel: websocket first, token in the handshake, reconnecting forever with backoff.
 * In practice mode the handshake says so, and the server puts the socket in the user's sandbox.
 */
export const openConsoleSocket = (serverUrl: string, token: string, practice = false): ConsoleSocket =>
  io(serverUrl, {
    transports: ['websocket'],
    auth: practice ? { token, practice: true } : { token },
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
    timeout: 8_000,
  });
