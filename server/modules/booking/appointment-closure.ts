import type { AppointmentClosure } from '../../../shared/api/booking/appointments';

/**
 * The closure in force on an appointment's consulate-local day, as the appointment queries select
 * it: a left join of `closed_days` on the slot's consulate and date, reopened rows left out (all
 * null when the day is open).
 */
export interface AppointmentClosureColumns {
  closure_reason_es: string | null;
  closure_reason_en: string | null;
  closure_closed_at: string | null;
  closure_kind: 'holiday' | 'closure' | null;
}

/** What an Appointment's `closure` says: why, since when, and whether a holiday or a lead closed the day. */
export function closureOf(row: AppointmentClosureColumns): AppointmentClosure | null {
  if (row.closure_closed_at === null || row.closure_reason_es === null) return null;
  const es = row.closure_reason_es;
  return {
    reason: es,
    closedAt: row.closure_closed_at,
    kind: row.closure_kind ?? 'closure',
    reasonText: { es, en: row.closure_reason_en ?? es },
  };
}
