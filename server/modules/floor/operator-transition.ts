import type { Transaction } from 'kysely';
import {
  applyOperatorEvent,
  isOnCall,
  neverConnected,
  type OperatorEvent,
  type OperatorStatus,
} from '../../../shared/domain/floor/operator-state';
import { appendAudit, type AuditAction } from '../../platform/audit/audit-log';
import type { Actor } from '../../kernel/actor';
import { DomainError } from '../../kernel/domain-error';
import type { Database } from '../../platform/db/schema';
import { findOperatorState, saveOperatorState } from './floor-repository';
import { applyPendingReassignment, type AppliedReassignment } from './pending-reassignment';
import { rowOfStatus, statusOfRow } from './present-floor';

export interface TransitionOutcome {
  status: OperatorStatus;
  changed: boolean;
  /** A reassignment that waited for the call to end and applied with this change. */
  applied: AppliedReassignment | null;
}

/**
 * One step of a user's state, inside the caller's transaction: read, apply the pure state machine,
 * write and audit it; once the user is off the phone, a reassignment waiting for that applies too.
 * A refusal throws `state_not_allowed` and writes nothing.
 */
export async function transitionOperator(
  trx: Transaction<Database>,
  now: Date,
  userId: string,
  event: OperatorEvent,
  audit: { actor: Actor; action: Extract<AuditAction, 'floor.state_changed' | 'floor.state_set_by_lead'> },
): Promise<TransitionOutcome> {
  const row = await findOperatorState(trx, userId);
  const current = row ? statusOfRow(row) : neverConnected(event.at);
  const result = applyOperatorEvent(current, event);
  if (!result.ok) throw new DomainError(result.code, result.message);
  if (result.changed || !row)
    await saveOperatorState(trx, rowOfStatus(userId, result.status, now.toISOString()));
  if (result.changed) {
    await appendAudit(
      trx,
      now,
      audit.actor,
      audit.action,
      { type: 'operator_state', id: userId },
      {
        event: event.type,
        from: current.state,
        to: result.status.state,
        reason: result.status.reason,
        pendingState: result.status.pendingState,
        callId: result.status.callId,
      },
    );
  }
  const applied = isOnCall(result.status)
    ? null
    : await applyPendingReassignment(trx, now, userId, audit.actor);
  return { status: result.status, changed: result.changed, applied };
}
