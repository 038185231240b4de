import type { Transaction } from 'kysely';
import type { CreateWaitlistEntryBody } from '../../../shared/api/waitlist';
import { addDays } from '../../../shared/domain/time/local-date';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import { appendAudit } from '../../platform/audit/audit-log';
import { isUniqueViolation } from '../../platform/db/constraint-violation';
import type { Database } from '../../platform/db/schema';
import { readableApplicantSandboxes, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { findApplicantInSandboxes } from '../applicants';
import { refuseActiveReservation, releaseWaitlistHold } from '../booking';
import { findConsulate, findProcedure } from '../reference';
import { rangeEndsAt } from './range-end';
import type { WaitlistDeps } from './waitlist-deps';
import { findActiveEntryOf, findEntry, insertEntry, transitionEntry } from './waitlist-repository';

const invalid = (message: string) => new DomainError('invalid_request', message);

/**
 * The consulates named, and the dates the entry may wait for: `from` not before today at every
 * consulate named, `to` within the furthest published horizon among them. Returns when the range
 * has ended at all of them (the instant a still-waiting entry expires).
 */
async function checkRange(
  trx: Transaction<Database>,
  consulateIds: readonly string[],
  range: { from: string; to: string },
  now: Date,
): Promise<string> {
  if (new Set(consulateIds).size !== consulateIds.length)
    throw invalid('consulateIds names a consulate twice. Name each consulate once.');
  const consulates = [];
  for (const id of consulateIds) {
    const row = await findConsulate(trx, id);
    if (!row) throw invalid(`There is no consulate ${id}. Choose consulates from the list.`);
    consulates.push(row);
  }
  if (range.from > range.to)
    throw invalid(
      `The range ends (${range.to}) before it starts (${range.from}). Put the earlier date first.`,
    );
  const todays = consulates.map((c) => todayIn(c.time_zone, now)).sort();
  const earliestToday = todays[0] as string;
  if (range.from < earliestToday)
    throw invalid(
      `${range.from} has already passed at ${consulateIds.join(', ')} (today is ${earliestToday}). Start the range today or later.`,
    );
  const lastDates = consulates.map((c) => addDays(todayIn(c.time_zone, now), Number(c.booking_horizon_days)));
  const lastDate = lastDates.sort().at(-1) as string;
  if (range.to > lastDate)
    throw invalid(
      `Seats are published up to ${lastDate} at ${consulateIds.join(', ')}; ${range.to} is beyond that. End the range on ${lastDate} or earlier.`,
    );
  return rangeEndsAt(
    range.to,
    consulates.map((c) => c.time_zone),
  );
}

/**
 * Puts a caller on the waitlist (one transaction): the applicant, procedure and consulates exist,
 * the range is bookable, the caller has no active entry for the procedure nor an active appointment
 * of its booking group; then the entry is matched at once against seats free now.
 */
export async function createEntry(deps: WaitlistDeps, actor: Actor, input: CreateWaitlistEntryBody) {
  const now = deps.clock();
  return deps
    .transact(async (trx) => {
      const procedure = await findProcedure(trx, input.procedureId);
      if (!procedure) throw invalid(`There is no procedure ${input.procedureId}. Choose one from the list.`);
      const applicant = await findApplicantInSandboxes(
        trx,
        readableApplicantSandboxes(actor.sandbox),
        input.applicantId,
      );
      if (!applicant) throw notFound('That applicant');
      const endsAt = await checkRange(trx, input.consulateIds, input, now);
      if (await findActiveEntryOf(trx, actor.sandbox, input.applicantId, input.procedureId))
        throw duplicateEntry();
      await refuseActiveReservation(trx, actor, input.applicantId, procedure.booking_group, now);
      const row = {
        id: newId('wle'),
        sandbox: actor.sandbox,
        applicant_id: input.applicantId,
        procedure_id: input.procedureId,
        booking_group: procedure.booking_group,
        from_date: input.from,
        to_date: input.to,
        ends_at: endsAt,
        status: 'waiting' as const,
        created_at: now.toISOString(),
        created_by: actor.userId,
        call_id: actor.callId,
        hold_id: null,
        offered_at: null,
        offer_expires_at: null,
        appointment_id: null,
        ended_at: null,
      };
      const consulateIds = [...input.consulateIds].sort();
      await insertEntry(trx, row, consulateIds);
      await appendAudit(
        trx,
        now,
        actor,
        'waitlist.created',
        { type: 'waitlist_entry', id: row.id },
        {
          applicantId: row.applicant_id,
          procedureId: row.procedure_id,
          consulateIds,
          from: row.from_date,
          to: row.to_date,
        },
      );
      return row.id;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw duplicateEntry();
      throw error;
    });
}

const duplicateEntry = () =>
  new DomainError(
    'duplicate_waitlist_entry',
    'This applicant is already on the waitlist for this procedure (waiting, or with a seat offered). One entry per person and procedure: see or remove that entry instead.',
  );

/**
 * Takes an entry off the list (`cancelled`). An offered seat is released in the same transaction
 * and, through the outbox, goes at once to the next waiting entry. An entry already ended stays as it is.
 */
export async function cancelEntry(deps: WaitlistDeps, actor: Actor, id: string): Promise<void> {
  const now = deps.clock();
  await deps.transact(async (trx) => {
    const entry = await findEntry(trx, actor.sandbox, id);
    if (!entry) throw notFound('That waitlist entry');
    if (entry.status !== 'waiting' && entry.status !== 'offered') return;
    const moved = await transitionEntry(trx, entry.id, entry.status, {
      status: 'cancelled',
      ended_at: now.toISOString(),
    });
    if (!moved) throw new Error(`waitlist entry ${entry.id} moved under its lock`);
    await appendAudit(
      trx,
      now,
      actor,
      'waitlist.cancelled',
      { type: 'waitlist_entry', id: entry.id },
      { was: entry.status, holdId: entry.status === 'offered' ? entry.hold_id : null },
    );
    if (entry.status === 'offered' && entry.hold_id) {
      const seat = await releaseWaitlistHold(trx, actor, entry.hold_id, now);
      if (seat) await deps.slotChanges.record(trx, actor.sandbox, [seat]);
    }
  });
}
