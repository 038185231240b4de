import type { Transaction } from 'kysely';
import { closedDaysFor } from '../../shared/domain/calendar/holidays';
import type { Database } from '../db/schema';
import { consulates } from '../reference/consulates';
import { feeSchedule } from '../reference/fees';
import { weeklyHoursFor } from '../reference/office-hours';
import { procedures } from '../reference/procedures';

/** Writes the consulates, their weekly hours and closed days, the procedures and their fees. */
export async function seedReferenceData(trx: Transaction<Database>, years: readonly number[], now: string): Promise<void> {
  await trx
    .insertInto('consulates')
    .values(consulates.map((c) => ({ id: c.id, name: c.name, city: c.city, region: c.region, country: c.country, time_zone: c.timeZone, size: c.size })))
    .execute();
  const sessions = consulates.flatMap((c) =>
    Object.entries(weeklyHoursFor(c)).flatMap(([weekday, list]) =>
      (list ?? []).map((s) => ({ consulate_id: c.id, weekday: Number(weekday), open_time: s.open, close_time: s.close, slot_minutes: s.slotMinutes, seats: s.seats })),
    ),
  );
  await trx.insertInto('office_sessions').values(sessions).execute();
  const closed = consulates.flatMap((c) =>
    years.flatMap((year) => closedDaysFor(c.country, year).map((d) => ({ consulate_id: c.id, local_date: d.date, reason_es: d.name.es, reason_en: d.name.en, closed_by: null, closed_at: now }))),
  );
  for (let i = 0; i < closed.length; i += 500) await trx.insertInto('closed_days').values(closed.slice(i, i + 500)).execute();
  // Insert prerequisites first: a procedure may name another as its prerequisite.
  const ordered = [...procedures].sort((a, b) => Number(a.requiresProcedureId !== null) - Number(b.requiresProcedureId !== null));
  for (const p of ordered) {
    await trx
      .insertInto('procedures')
      .values({ id: p.id, name_es: p.name.es, name_en: p.name.en, duration_minutes: p.durationMinutes, requirements_json: JSON.stringify(p.requirements), requires_procedure_id: p.requiresProcedureId, sort_order: p.sortOrder })
      .execute();
  }
  await trx
    .insertInto('procedure_fees')
    .values(feeSchedule.map((f, index) => ({ procedure_id: f.procedureId, label_es: f.label.es, label_en: f.label.en, amount_cents: Math.round(f.amountUsd * 100), effective_from: f.effectiveFrom, sort_order: index })))
    .execute();
}
