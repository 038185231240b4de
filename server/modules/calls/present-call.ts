import type { Call, WrapUpCode } from '../../../shared/api/calls';
import type { CallRow } from '../../platform/db/schema';

/** Whole seconds from start to end; null while the call is open. */
export function callDurationSeconds(startedAt: string, endedAt: string | null): number | null {
  if (endedAt === null) return null;
  return Math.max(0, Math.floor((Date.parse(endedAt) - Date.parse(startedAt)) / 1000));
}

export function presentCall(row: CallRow): Call {
  return {
    id: row.id,
    operatorId: row.operator_id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    wrapUpCode: row.wrap_up_code as WrapUpCode | null,
    applicantId: row.applicant_id,
    appointmentId: row.appointment_id,
    note: row.note,
    durationSeconds: callDurationSeconds(row.started_at, row.ended_at),
    direction: row.direction,
    endedBy: row.ended_by,
    hungUpAt: row.hung_up_at,
  };
}
