/**
 * What a practice sandbox writes into the shared tables, and how it is taken out again: its
 * applicants with the reservations and calls that point at them, and its seat counters.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Trx = Transaction<Database>;

/**
 * Takes applicants out of a practice sandbox with everything that points at them: their
 * reservations (the seats they held or booked go back to the sandbox's counters) and the calls'
 * references to them. Foreign keys first: calls, then reservations, then the name index, then the
 * applicants. Returns how many reservations and applicants went. Never touches another sandbox.
 */
export async function removeSandboxApplicants(
  trx: Trx,
  sandbox: string,
  applicantIds: readonly string[],
): Promise<{ reservations: number; applicants: number }> {
  if (applicantIds.length === 0) return { reservations: 0, applicants: 0 };
  const reservations = await trx
    .selectFrom('reservations')
    .select(['id', 'appointment_id', 'slot_id', 'status'])
    .where('sandbox', '=', sandbox)
    .where('applicant_id', 'in', applicantIds)
    .execute();
  for (const r of reservations) {
    const held = r.status === 'held' ? 1 : 0;
    const booked = r.status === 'booked' ? 1 : 0;
    if (held + booked === 0) continue;
    await trx
      .updateTable('practice_seats')
      .set((eb) => ({ held: eb('held', '-', held), booked: eb('booked', '-', booked) }))
      .where('sandbox', '=', sandbox)
      .where('slot_id', '=', r.slot_id)
      .where('held', '>=', held)
      .where('booked', '>=', booked)
      .execute();
  }
  const appointmentIds = reservations.flatMap((r) => (r.appointment_id ? [r.appointment_id] : []));
  await trx
    .updateTable('calls')
    .set({ applicant_id: null })
    .where('sandbox', '=', sandbox)
    .where('applicant_id', 'in', applicantIds)
    .execute();
  if (appointmentIds.length > 0)
    await trx
      .updateTable('calls')
      .set({ appointment_id: null })
      .where('sandbox', '=', sandbox)
      .where('appointment_id', 'in', appointmentIds)
      .execute();
  // Their waitlist entries name them and the seats held for them (migration 0017): they go first.
  await deleteWaitlistEntries(trx, sandbox, applicantIds);
  // A reschedule's row points at the one it replaced: clear those links, then delete them together.
  await trx
    .updateTable('reservations')
    .set({ replaces_id: null })
    .where('sandbox', '=', sandbox)
    .where('applicant_id', 'in', applicantIds)
    .execute();
  const removed = await trx
    .deleteFrom('reservations')
    .where('sandbox', '=', sandbox)
    .where('applicant_id', 'in', applicantIds)
    .executeTakeFirst();
  await trx
    .deleteFrom('applicant_name_token_pairs')
    .where('sandbox', '=', sandbox)
    .where('applicant_id', 'in', applicantIds)
    .execute();
  await trx
    .deleteFrom('applicant_name_tokens')
    .where('sandbox', '=', sandbox)
    .where('applicant_id', 'in', applicantIds)
    .execute();
  const applicants = await trx
    .deleteFrom('applicants')
    .where('sandbox', '=', sandbox)
    .where('id', 'in', applicantIds)
    .executeTakeFirst();
  return { reservations: Number(removed.numDeletedRows), applicants: Number(applicants.numDeletedRows) };
}

/**
 * Empties a practice sandbox: every reservation in it (also those of the shared synthetic pool's
 * applicants), its own applicants, its seat counters (the live capacity shows again), and its
 * ended calls. A call still in progress stays (the operator's state points at it), without its
 * applicant or appointment. The live inventory and other sandboxes are not touched.
 */
export async function resetSandbox(
  trx: Trx,
  sandbox: string,
): Promise<{ removedReservations: number; removedApplicants: number; removedCalls: number }> {
  await trx
    .updateTable('calls')
    .set({ applicant_id: null, appointment_id: null })
    .where('sandbox', '=', sandbox)
    .execute();
  const removedCalls = await trx
    .deleteFrom('calls')
    .where('sandbox', '=', sandbox)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('operator_states as o')
            .select('o.user_id')
            .whereRef('o.call_id', '=', sql.ref('calls.id')),
        ),
      ),
    )
    .executeTakeFirst();
  await deleteWaitlistEntries(trx, sandbox, null);
  await trx.updateTable('reservations').set({ replaces_id: null }).where('sandbox', '=', sandbox).execute();
  const removedReservations = await trx
    .deleteFrom('reservations')
    .where('sandbox', '=', sandbox)
    .executeTakeFirst();
  const own = await trx.selectFrom('applicants').select('id').where('sandbox', '=', sandbox).execute();
  const { applicants } = await removeSandboxApplicants(
    trx,
    sandbox,
    own.map((a) => a.id),
  );
  await trx.deleteFrom('practice_seats').where('sandbox', '=', sandbox).execute();
  return {
    removedReservations: Number(removedReservations.numDeletedRows),
    removedApplicants: applicants,
    removedCalls: Number(removedCalls.numDeletedRows),
  };
}

/** Gives back the seats earlier runs closed: each counter's capacity is the live one again (never below what it holds and books). */
export async function restoreSandboxSeats(trx: Trx, sandbox: string): Promise<void> {
  await trx
    .updateTable('practice_seats')
    .set({
      capacity: sql<number>`case when (select s.capacity from slots s where s.id = practice_seats.slot_id) > held + booked then (select s.capacity from slots s where s.id = practice_seats.slot_id) else held + booked end`,
    })
    .where('sandbox', '=', sandbox)
    .execute();
}

/** The sandbox's seats at these consulates on local dates `from`..`to`: capacity = held + booked, so the grid shows them full. */
export async function fillSandboxSeats(
  trx: Trx,
  sandbox: string,
  consulateIds: readonly string[],
  from: string,
  to: string,
): Promise<void> {
  const slotsOf = trx
    .selectFrom('slots')
    .select('id')
    .where('consulate_id', 'in', consulateIds)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to);
  await trx
    .insertInto('practice_seats')
    .columns(['sandbox', 'slot_id', 'capacity'])
    .expression(
      trx
        .selectFrom('slots')
        .select([sql.val(sandbox).as('sandbox'), 'id', 'capacity'])
        .where('id', 'in', slotsOf),
    )
    .onConflict((oc) => oc.columns(['sandbox', 'slot_id']).doNothing())
    .execute();
  await trx
    .updateTable('practice_seats')
    .set({ capacity: sql<number>`held + booked` })
    .where('sandbox', '=', sandbox)
    .where('slot_id', 'in', slotsOf)
    .execute();
}

/** The sandbox's waitlist entries (of these applicants, or all), with the consulates they name. */
async function deleteWaitlistEntries(trx: Trx, sandbox: string, applicantIds: readonly string[] | null) {
  const entries = trx
    .selectFrom('waitlist_entries')
    .select('id')
    .where('sandbox', '=', sandbox)
    .$if(applicantIds !== null, (q) => q.where('applicant_id', 'in', [...(applicantIds as string[])]));
  await trx.deleteFrom('waitlist_entry_consulates').where('entry_id', 'in', entries).execute();
  await trx
    .deleteFrom('waitlist_entries')
    .where('sandbox', '=', sandbox)
    .$if(applicantIds !== null, (q) => q.where('applicant_id', 'in', [...(applicantIds as string[])]))
    .execute();
}
