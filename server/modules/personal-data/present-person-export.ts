import type { PersonExport } from '../../../shared/api/personal-data';
import { presentApplicant } from '../applicants';
import { isAnonymised } from './anonymisation';
import type { PersonRecords } from './person-records-repository';

export interface PersonRead {
  at: string;
  reader_id: string;
  reader_role: string;
  kind: string;
  call_id: string | null;
}

const parseDetails = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
};

/** The export document of one person's records (the contract's `PersonExport`). */
export function presentPersonExport(
  records: PersonRecords,
  reads: readonly PersonRead[],
  exportedAt: Date,
  exportedBy: string,
): PersonExport {
  const { applicant } = records;
  return {
    format: 'miconsulado-person-export',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    exportedBy,
    applicant: {
      ...presentApplicant(applicant),
      createdAt: applicant.created_at,
      createdBy: applicant.created_by,
      anonymised: isAnonymised(applicant),
    },
    appointments: records.reservations.map((r) => ({
      id: r.id,
      appointmentId: r.appointment_id,
      confirmationCode: r.confirmation_code,
      status: r.status,
      consulateId: r.consulate_id,
      procedureId: r.procedure_id,
      start: r.slot_start,
      localDate: r.slot_local_date,
      localStart: r.slot_local_start,
      heldAt: r.held_at,
      bookedAt: r.booked_at,
      endedAt: r.ended_at,
      lapsedAt: r.lapsed_at,
      replacesId: r.replaces_id,
      callId: r.call_id,
    })),
    waitlist: records.waitlist.map((w) => ({
      id: w.id,
      procedureId: w.procedure_id,
      consulateIds: w.consulate_ids,
      fromDate: w.from_date,
      toDate: w.to_date,
      status: w.status,
      createdAt: w.created_at,
      offeredAt: w.offered_at,
      endedAt: w.ended_at,
      appointmentId: w.appointment_id,
    })),
    calls: records.calls.map((c) => ({
      id: c.id,
      direction: c.direction,
      operatorId: c.operator_id,
      startedAt: c.started_at,
      endedAt: c.ended_at,
      wrapUpCode: c.wrap_up_code,
      note: c.note,
      appointmentId: c.appointment_id,
      procedureId: c.procedure_id,
      consulateId: c.consulate_id,
    })),
    lines: records.routedCalls.map((c) => ({
      id: c.id,
      direction: c.direction,
      fromNumber: c.from_number,
      toNumber: c.to_number,
      language: c.language,
      queueId: c.queue_id,
      status: c.status,
      arrivedAt: c.arrived_at,
      answeredAt: c.answered_at,
      endedAt: c.ended_at,
    })),
    messages: records.messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      channel: m.channel,
      recipient: m.recipient,
      language: m.language,
      subject: m.subject,
      text: m.text,
      status: m.status,
      createdAt: m.created_at,
      sentAt: m.sent_at,
      appointmentId: m.appointment_id,
    })),
    audit: records.audit.map((a) => ({
      at: a.at,
      actorId: a.actor_id,
      actorRole: a.actor_role,
      action: a.action,
      entityType: a.entity_type,
      entityId: a.entity_id,
      callId: a.call_id,
      details: parseDetails(a.details_json),
    })),
    reads: reads.map((r) => ({
      at: r.at,
      readerId: r.reader_id,
      readerRole: r.reader_role,
      kind: r.kind,
      callId: r.call_id,
    })),
  };
}
