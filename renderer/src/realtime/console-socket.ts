import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/realtime/events';

export type ConsoleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The live channel: websocket first, token in the handshake, reconnecting forever with backoff. */
export const openConsoleSocket = (serverUrl: string, token: string): ConsoleSocket =>
  io(serverUrl, {
    transports: ['websocket'],
    auth: { token },
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
    timeout: 8_000,
  });
