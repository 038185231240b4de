import type { Insertable, Transaction } from 'kysely';
import { LIVE_SANDBOX } from '../../kernel/actor';
import type { ClosedDaysTable, Database } from '../../platform/db/schema';
import type { SlotChangeLog } from '../slots';
import { officeHolidaysOf, type CalendarConsulate } from '../reference';
import { practiceSandboxes } from './closure-repository';

const BATCH = 500;

export interface ClosedDayKey {
  consulateId: string;
  date: string;
}

/** The `closed_days` rows of the consulates' office calendar for `years` (kind holiday, no author). */
export function holidayRowsFor(
  consulates: readonly CalendarConsulate[],
  years: readonly number[],
  closedAt: string,
): Insertable<ClosedDaysTable>[] {
  return consulates.flatMap((c) =>
    years.flatMap((year) =>
      officeHolidaysOf(c, year).map((d) => ({
        consulate_id: c.id,
        local_date: d.date,
        reason_es: d.name.es,
        reason_en: d.name.en,
        closed_by: null,
        closed_at: closedAt,
        kind: 'holiday' as const,
      })),
    ),
  );
}

/**
 * Writes the holidays missing from `closed_days` and answers which ones it wrote. A day that has a
 * row already keeps it: a lead's closure stays the lead's, and a holiday a lead reopened stays open.
 */
export async function insertHolidays(
  trx: Transaction<Database>,
  rows: readonly Insertable<ClosedDaysTable>[],
): Promise<ClosedDayKey[]> {
  const written: ClosedDayKey[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const inserted = await trx
      .insertInto('closed_days')
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) => oc.columns(['consulate_id', 'local_date']).doNothing())
      .returning(['consulate_id', 'local_date'])
      .execute();
    for (const r of inserted) written.push({ consulateId: r.consulate_id, date: r.local_date });
  }
  return written;
}

/**
 * Days that just closed lose their seats on every console watching them, live and practice: one
 * event per sandbox and consulate with the day's slots at 0 (the outbox reads the closure).
 * Returns how many published slots the days had.
 */
export async function announceClosedDays(
  trx: Transaction<Database>,
  slotChanges: SlotChangeLog,
  days: readonly ClosedDayKey[],
): Promise<number> {
  if (days.length === 0) return 0;
  const datesByConsulate = new Map<string, string[]>();
  for (const d of days)
    datesByConsulate.set(d.consulateId, [...(datesByConsulate.get(d.consulateId) ?? []), d.date]);
  const seats = [];
  for (const [consulateId, dates] of datesByConsulate) {
    const rows = await trx
      .selectFrom('slots')
      .select(['id', 'consulate_id', 'capacity', 'held', 'booked'])
      .where('consulate_id', '=', consulateId)
      .where('local_date', 'in', dates)
      .execute();
    for (const r of rows)
      seats.push({
        slotId: r.id,
        consulateId: r.consulate_id,
        capacity: Number(r.capacity),
        held: Number(r.held),
        booked: Number(r.booked),
      });
  }
  if (seats.length === 0) return 0;
  for (const sandbox of [LIVE_SANDBOX, ...(await practiceSandboxes(trx))])
    await slotChanges.record(trx, sandbox, seats);
  return seats.length;
}

/** Writes the consulates' missing holidays of `years` and takes the seats of those days off the consoles. */
export async function writeOfficeHolidays(
  trx: Transaction<Database>,
  slotChanges: SlotChangeLog,
  consulates: readonly CalendarConsulate[],
  years: readonly number[],
  closedAt: string,
): Promise<{ written: ClosedDayKey[]; slots: number }> {
  const written = await insertHolidays(trx, holidayRowsFor(consulates, years, closedAt));
  return { written, slots: await announceClosedDays(trx, slotChanges, written) };
}

/** The calendar years `from`..`to` touches. */
export function yearsBetween(from: string, to: string): number[] {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(year);
  return years;
}
