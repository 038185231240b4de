import type { Call } from '../../../shared/api/calls';
import { isPractice, type Actor } from '../../kernel/actor';
import { notFound } from '../../kernel/domain-error';
import { findCall, findOwnCall } from './call-repository';
import type { CallDeps } from './call-deps';
import { presentCall } from './present-call';

/**
 * Leads supervise the floor (trainees' practice calls included); everyone else, and a lead whose
 * console is in practice mode (a sandbox never reads live records), sees their own calls.
 */
const mayReadOthersCalls = (actor: Actor) => actor.role === 'lead' && !isPractice(actor.sandbox);

/** One call. Someone else's call reads as unknown (404), so ids reveal nothing. */
export async function readCall(deps: CallDeps, actor: Actor, callId: string): Promise<Call> {
  const row = mayReadOthersCalls(actor)
    ? await findCall(deps.db, callId)
    : await findOwnCall(deps.db, actor.sandbox, actor.userId, callId);
  if (!row) throw notFound('That call');
  return presentCall(row);
}
