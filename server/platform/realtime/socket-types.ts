import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/realtime/events';
import type { AuthenticatedUser } from '../../kernel/authenticated-user';

export interface SocketData {
  user: AuthenticatedUser;
  /** The session the socket was opened with: its stored id (its room) and expiry. */
  session: { id: string; expiresAt: string };
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InterServerEvents {}

export type TypedServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type TypedSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
