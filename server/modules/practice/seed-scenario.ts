import { identityKeyOf } from '../../../shared/domain/curp/identity-without-curp';
import { normalizePhone } from '../../../shared/domain/phone/phone';
import { addDays } from '../../../shared/domain/time/local-date';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import type { Scenario } from '../../../shared/practice/scenario';
import type { Actor } from '../../kernel/actor';
import { DomainError } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import {
  findApplicantsByCurp,
  findApplicantsWithoutCurp,
  insertApplicants,
  tokensOf,
  type NewApplicant,
} from '../applicants';
import { findConsulate } from '../reference';
import { listSlotRows } from '../slots';
import type { PracticeDeps } from './practice-deps';
import { fillSandboxSeats, removeSandboxApplicants, restoreSandboxSeats } from './sandbox-repository';

/** How far ahead a full consulate is full: the grid's whole window. */
export const FULL_CONSULATE_DAYS = 60;
/** Days after `inDays` tried for the existing appointment when that day has no free seat. */
const EXISTING_APPOINTMENT_SEARCH_DAYS = 14;

/**
 * Puts the sandbox in the scenario's starting state, so a scenario always starts the same: the
 * caller (removed first if an earlier run left them), the caller's existing appointment booked
 * through the booking engine, and the scenario's full consulates full. Seats other runs closed
 * are given back first. Returns the appointment seeded, if any.
 */
export async function seedScenario(
  deps: PracticeDeps,
  actor: Actor,
  scenario: Scenario,
  curp: string | null,
): Promise<{ existingAppointmentId: string | null }> {
  const { caller, setup } = scenario;
  const now = deps.clock();
  const needsApplicant = caller.registered || setup.existingAppointment !== null;
  const applicant: NewApplicant = {
    id: newId('app'),
    sandbox: actor.sandbox,
    curp,
    noCurpReason: curp === null ? (caller.noCurpReason ?? null) : null,
    givenNames: caller.givenNames,
    firstSurname: caller.firstSurname,
    secondSurname: caller.secondSurname,
    birthDate: caller.birthDate,
    phone: caller.phone ? normalizePhone(caller.phone) : null,
    email: null,
    createdAt: now.toISOString(),
    createdBy: actor.userId,
  };
  await deps.transact(async (trx) => {
    // The caller as an earlier run (or the trainee) registered them: by CURP, or without one by identity.
    const earlier =
      curp !== null
        ? await findApplicantsByCurp(trx, [actor.sandbox], curp)
        : await findApplicantsWithoutCurp(trx, [actor.sandbox], identityKeyOf(caller));
    await removeSandboxApplicants(
      trx,
      actor.sandbox,
      earlier.map((a) => a.id),
    );
    await restoreSandboxSeats(trx, actor.sandbox);
    if (needsApplicant) await insertApplicants(trx, [applicant]);
  });
  if (needsApplicant) deps.vocabulary.add(tokensOf(applicant));

  let existingAppointmentId: string | null = null;
  if (setup.existingAppointment) {
    const { consulateId, procedureId, inDays } = setup.existingAppointment;
    const slotId = await freeSlotFrom(deps, actor.sandbox, consulateId, inDays, now);
    const hold = await deps.booking.createHold(actor, { slotId, applicantId: applicant.id, procedureId });
    existingAppointmentId = (
      await deps.booking.confirmAppointment(actor, hold.id, `practice-seed-${hold.id}`)
    ).body.id;
  }
  if (setup.fullConsulates.length > 0) {
    // Today in UTC give or take a day holds every consulate's local today.
    const today = now.toISOString().slice(0, 10);
    await deps.transact((trx) =>
      fillSandboxSeats(
        trx,
        actor.sandbox,
        setup.fullConsulates,
        addDays(today, -1),
        addDays(today, FULL_CONSULATE_DAYS + 1),
      ),
    );
  }
  return { existingAppointmentId };
}

/** The first slot with a free seat in the sandbox, `inDays` (consulate-local) ahead or a little later. */
async function freeSlotFrom(
  deps: PracticeDeps,
  sandbox: string,
  consulateId: string,
  inDays: number,
  now: Date,
): Promise<string> {
  const consulate = await findConsulate(deps.db, consulateId);
  if (!consulate)
    throw new DomainError('not_found', `The scenario's consulate ${consulateId} was not found.`);
  const from = addDays(todayIn(consulate.time_zone, now), inDays);
  const slots = await listSlotRows(
    deps.db,
    sandbox,
    consulateId,
    from,
    addDays(from, EXISTING_APPOINTMENT_SEARCH_DAYS),
  );
  const free = slots.find((s) => s.held + s.booked < s.capacity && Date.parse(s.start) > now.getTime());
  if (!free)
    throw new DomainError(
      'slot_full',
      `The scenario needs an appointment at ${consulateId} about ${inDays} days ahead, and there is no free seat then. Ask a lead to publish slots.`,
    );
  return free.id;
}
