import type { Kysely } from 'kysely';
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SlotsSubscribePayload } from '../../../shared/realtime/events';
import type { AuthenticatedUser } from '../../modules/auth/session-service';
import type { Database } from '../db/schema';
import type { FloorRealtime } from '../../modules/floor/floor-handlers';

export interface SocketData {
  user: AuthenticatedUser;
  subscriptions: Record<string, SlotsSubscribePayload>;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InterServerEvents {}

export type TypedServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type TypedSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface RealtimeContext {
  /** Where the subscribe handler finds consulates and the events a reconnecting client missed. */
  db: Kysely<Database>;
  /** Presence, the floor's room and reassignment acknowledgements (absent in benches that only fan out slots). */
  floor?: FloorRealtime;
}
