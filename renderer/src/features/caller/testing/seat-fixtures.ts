import type { Applicant } from '../../../../../shared/api/applicants';
import type { Appointment } from '../../../../../shared/api/appointments';
import type { Hold } from '../../../../../shared/api/holds';
import { ConsulateList } from '../../../../../shared/api/consulates';
import { ProcedureList } from '../../../../../shared/api/procedures';
import { SlotList } from '../../../../../shared/api/slots';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import type { Api } from '../../../api/api-client-context';
import { createApplicant } from '../../../api/applicants';
import { confirmAppointment } from '../../../api/appointments';
import { createHold } from '../../../api/holds';
import { slotWindow } from '../../../api/slots';
import { newIdempotencyKey } from '../../../lib/idempotency-key';

/**
 * Test data made through the API, as an operator would make it: a new applicant (so no other test
 * file books for the same person), a held seat, a booked appointment.
 */
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

export async function registerApplicant(api: Api): Promise<Applicant> {
  const givenNames = pick(['Eulalia', 'Crisóforo', 'Natividad', 'Heriberto', 'Maclovia', 'Anacleto']);
  const firstSurname = pick(['Quiñones', 'Betancourt', 'Zavala', 'Olivares', 'Arreola']);
  const secondSurname = pick(['Galindo', 'Ibarra', 'Treviño', 'Cervantes', 'Maldonado']);
  const birthDate = `19${50 + Math.floor(Math.random() * 45)}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}`;
  const state = pick(['JC', 'MN', 'GT', 'ZS', 'OC', 'PL', 'SP']);
  const curp = buildCurp({ givenNames, firstSurname, secondSurname, birthDate, sex: 'M', state, homonym: String(Math.floor(Math.random() * 10)) });
  return createApplicant(api, { curp, givenNames, firstSurname, secondSurname, birthDate });
}

/** A seat on some later day (not today: it must not start while the test runs). */
export async function holdSeat(api: Api, applicantId: string): Promise<Hold> {
  const procedures = await api('/api/procedures', { schema: ProcedureList });
  const procedure = procedures.items.find((p) => p.requiresProcedureId === null);
  const consulate = pick((await api('/api/consulates', { schema: ConsulateList })).items);
  if (!procedure || !consulate) throw new Error('no reference data');
  const page = await api('/api/slots', { query: { consulateId: consulate.id, ...slotWindow(consulate.timeZone) }, schema: SlotList });
  const later = page.items.filter((s) => s.available > 0 && Date.parse(s.start) > Date.now() + 24 * 3600_000);
  const slot = pick(later);
  return createHold(api, { slotId: slot.id, applicantId, procedureId: procedure.id });
}

export async function bookSeat(api: Api, applicantId: string): Promise<Appointment> {
  const hold = await holdSeat(api, applicantId);
  return confirmAppointment(api, hold.id, newIdempotencyKey('test'));
}
