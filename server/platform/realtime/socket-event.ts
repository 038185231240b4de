import type { z } from 'zod';
import type { ErrorCode } from '../../../shared/api/errors';
import type { Ack, ClientToServerEvents } from '../../../shared/realtime/events';
import type { Actor } from '../../kernel/actor';
import type { AuthenticatedUser } from '../../kernel/authenticated-user';
import { DomainError } from '../../kernel/domain-error';
import { describeZodError } from '../validation/describe-zod-error';
import type { TypedSocket } from './socket-types';

type AckFields<E extends keyof ClientToServerEvents> = Parameters<
  NonNullable<Parameters<ClientToServerEvents[E]>[1]>
>[0] extends infer A
  ? A extends { ok: true } & infer T
    ? Omit<T, 'ok'>
    : never
  : never;

export interface SocketEventContext<P> {
  payload: P;
  socket: TypedSocket;
  user: AuthenticatedUser;
  actor: Actor;
}

/**
 * One client → server event, like a route: its payload's schema, who may send it, and what it does.
 * `run` answers the acknowledgement's fields beside `ok: true`, or throws a DomainError.
 */
export interface SocketEventDefinition<E extends keyof ClientToServerEvents, S extends z.ZodType> {
  event: E;
  payload: S;
  /** Null when this user may send the event, else why not (acknowledged as 403 `forbidden`). */
  authorise?(user: AuthenticatedUser): string | null;
  run(ctx: SocketEventContext<z.output<S>>): Promise<AckFields<E>>;
}

/** A module's socket side: the events it handles, and what it does when a console connects. */
export interface SocketHandlers {
  events: readonly SocketEventDefinition<keyof ClientToServerEvents, z.ZodType>[];
  /** Run once per socket after authentication (rooms to join, presence); may return a cleanup for disconnect. */
  onConnect?(socket: TypedSocket): void | (() => void);
}

/** Keeps a definition's types tied to its event and schema. */
export const defineSocketEvent = <E extends keyof ClientToServerEvents, S extends z.ZodType>(
  definition: SocketEventDefinition<E, S>,
) => definition as unknown as SocketEventDefinition<keyof ClientToServerEvents, z.ZodType>;

const failure = (code: ErrorCode, message: string): Ack => ({ error: { code, message } });

/**
 * Registers one event on a socket: validate → authorise → run → acknowledge, with the contract's
 * error shape (`{error: {code, message}}`) for a bad payload (400 `invalid_request`), a refusal
 * (`forbidden`), a domain error (its code) or anything unexpected (`internal_error`, reported).
 */
export function registerSocketEvent(
  socket: TypedSocket,
  definition: SocketEventDefinition<keyof ClientToServerEvents, z.ZodType>,
  onError: (error: unknown, what: string) => void,
): void {
  const handler = async (payload: unknown, ack?: (result: Ack<object>) => void) => {
    const reply = typeof ack === 'function' ? ack : () => {};
    const parsed = definition.payload.safeParse(payload);
    if (!parsed.success)
      return reply(failure('invalid_request', describeZodError(parsed.error, 'payload').message));
    const user = socket.data.user;
    const refusal = definition.authorise?.(user) ?? null;
    if (refusal) return reply(failure('forbidden', refusal));
    const actor: Actor = { userId: user.id, role: user.role, sandbox: user.sandbox, callId: null };
    try {
      const fields = await definition.run({ payload: parsed.data, socket, user, actor });
      reply({ ok: true, ...(fields as object) });
    } catch (error) {
      if (error instanceof DomainError) return reply(failure(error.code, error.message));
      onError(error, `socket event ${definition.event}`);
      reply(failure('internal_error', 'That did not work on the server; try again.'));
    }
  };
  socket.on(definition.event, handler as never);
}
