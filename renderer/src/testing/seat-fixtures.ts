import type { Applicant } from '../../../shared/api/applicants';
import type { Appointment } from '../../../shared/api/booking/appointments';
import { ConsulateList } from '../../../shared/api/reference/consulates';
import type { Hold } from '../../../shared/api/booking/holds';
import { ProcedureList } from '../../../shared/api/reference/procedures';
import { SlotList, type Slot } from '../../../shared/api/slots';
import { buildCurp } from '../../../shared/domain/curp/curp-builder';
import type { Api } from '../api/api-client-context';
import { createApplicant } from '../api/applicants';
import { confirmAppointment } from '../api/appointments';
import { createHold } from '../api/holds';
import { slotWindow } from '../api/slots';
import { newIdempotencyKey } from '../lib/idempotency-key';
import { fixtureInt, fixturePick as pick } from './fixture-random';

/**
 * Test data made through the API on the real test server, as an operator would make it: a new
 * applicant (so no other test books for the same person), a seat with room, a held seat, a booked
 * appointment. Any feature's tests may use these.
 */
/** A caller of our own, registered now, so no other test's appointment or hold stands in the way. */
export async function registerApplicant(api: Api): Promise<Applicant & { curp: string }> {
  const givenNames = pick(['Eulalia', 'Crisóforo', 'Natividad', 'Heriberto', 'Maclovia', 'Anacleto']);
  const firstSurname = pick(['Quiñones', 'Betancourt', 'Zavala', 'Olivares', 'Arreola']);
  const secondSurname = pick(['Galindo', 'Ibarra', 'Treviño', 'Cervantes', 'Maldonado']);
  const birthDate = `19${50 + fixtureInt(45)}-${String(1 + fixtureInt(12)).padStart(2, '0')}-${String(1 + fixtureInt(28)).padStart(2, '0')}`;
  const state = pick(['JC', 'MN', 'GT', 'ZS', 'OC', 'PL', 'SP']);
  const curp = buildCurp({
    givenNames,
    firstSurname,
    secondSurname,
    birthDate,
    sex: 'M',
    state,
    homonym: String(fixtureInt(10)),
  });
  return {
    ...(await createApplicant(api, { curp, givenNames, firstSurname, secondSurname, birthDate })),
    curp,
  };
}

/** The consulate's slots over the grid's range, exactly as the grid asks for them. */
export async function slotsOf(api: Api, consulateId: string, timeZone: string): Promise<Slot[]> {
  const { from, to } = slotWindow(timeZone);
  return (await api('/api/slots', { query: { consulateId, from, to }, schema: SlotList })).items;
}

/**
 * A random slot of the consulate at least a day ahead (it must not start while the test runs) with
 * at least `seats` free seats, or exactly `seats` when `exactly`.
 */
export async function slotWithSeats(
  api: Api,
  consulateId: string,
  timeZone: string,
  seats = 1,
  exactly = false,
): Promise<Slot> {
  const tomorrow = Date.now() + 24 * 3_600_000;
  const candidates = (await slotsOf(api, consulateId, timeZone)).filter(
    (s) => Date.parse(s.start) > tomorrow && (exactly ? s.available === seats : s.available >= seats),
  );
  if (candidates.length === 0) throw new Error(`no slot with ${seats} seats at ${consulateId}`);
  return pick(candidates);
}

/** A seat held for the applicant on some later day, at a random consulate, for a service with no prerequisite. */
export async function holdSeat(api: Api, applicantId: string): Promise<Hold> {
  const procedures = await api('/api/procedures', { schema: ProcedureList });
  const procedure = procedures.items.find((p) => p.requiresProcedureId === null);
  const consulate = pick((await api('/api/consulates', { schema: ConsulateList })).items);
  if (!procedure || !consulate) throw new Error('no reference data');
  const slot = await slotWithSeats(api, consulate.id, consulate.timeZone);
  return createHold(api, { slotId: slot.id, applicantId, procedureId: procedure.id });
}

/** A held seat, confirmed: the applicant's booked appointment. */
export async function bookSeat(api: Api, applicantId: string): Promise<Appointment> {
  const hold = await holdSeat(api, applicantId);
  return confirmAppointment(api, hold.id, newIdempotencyKey('test'));
}
