import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../kernel/actor';
import type { Database } from '../db/schema';

export type AuditAction =
  | 'applicant.created'
  | 'hold.created'
  | 'hold.extended'
  | 'hold.released'
  | 'hold.expired'
  | 'appointment.booked'
  | 'appointment.cancelled'
  | 'appointment.rescheduled'
  | 'appointment.lapsed'
  | 'waitlist.created'
  | 'waitlist.offered'
  | 'waitlist.booked'
  | 'waitlist.offer_expired'
  | 'waitlist.expired'
  | 'waitlist.cancelled'
  /** A message to an applicant refused for good or out of attempts (the entity: the queue row). */
  | 'message.failed'
  /** A reminder not sent: its appointment is no longer booked. */
  | 'message.skipped'
  | 'slot.capacity_changed'
  | 'capacity.day_seats_changed'
  | 'capacity.slots_published'
  | 'capacity.day_closed'
  | 'capacity.day_reopened'
  | 'capacity.holidays_synced'
  | 'shifts.schedule_changed'
  | 'call.started'
  | 'call.ended'
  | 'call.updated'
  | 'call.closed_by_server'
  | 'call_center.settings_changed'
  | 'outbound.list_created'
  | 'routing.call_received'
  | 'routing.call_offered'
  | 'routing.offer_accepted'
  | 'routing.offer_rejected'
  | 'routing.offer_expired'
  | 'routing.offer_withdrawn'
  | 'routing.call_abandoned'
  | 'routing.caller_hung_up'
  | 'routing.line_ended'
  | 'telephony.carrier_failed'
  | 'floor.state_changed'
  | 'floor.state_set_by_lead'
  | 'floor.reassigned'
  | 'floor.reassignment_applied'
  | 'floor.reassignment_acknowledged'
  | 'floor.queue_target_changed'
  | 'practice.run_started'
  | 'practice.run_finished'
  | 'practice.reset'
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.account_locked'
  | 'auth.account_unlocked'
  | 'auth.logout'
  /** A lead or an administrator ended every session of a user (the entity). */
  | 'auth.user_signed_out'
  /** An administrator exported everything held about one applicant (the entity). */
  | 'person.exported'
  /** An administrator erased (anonymised) an applicant on request; the details hold the reason only. */
  | 'person.erased'
  /** The retention job anonymised a batch of inactive applicants (the details: how many, the cut-off). */
  | 'retention.anonymised';

/** Appends one entry in the caller's transaction, so the change and its record commit together. */
export async function appendAudit(
  db: Kysely<Database> | Transaction<Database>,
  at: Date,
  actor: Pick<Actor, 'userId' | 'role' | 'sandbox' | 'callId'> | null,
  action: AuditAction,
  entity: { type: string; id: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: at.toISOString(),
      actor_id: actor?.userId ?? null,
      actor_role: actor?.role ?? null,
      action,
      entity_type: entity.type,
      entity_id: entity.id,
      sandbox: actor?.sandbox ?? 'live',
      call_id: actor?.callId ?? null,
      details_json: JSON.stringify(details),
    })
    .execute();
}
