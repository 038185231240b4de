import { todayIn } from '../../../shared/domain/time/zoned-time';
import { appendAudit } from '../../platform/audit/audit-log';
import { listCalendarConsulates } from '../reference';
import type { CapacityDeps } from './capacity-deps';
import { writeOfficeHolidays, type ClosedDayKey } from './holiday-closures';

/** How many years ahead of the current one the office calendar is kept written. */
export const CALENDAR_YEARS_AHEAD = 4;

export interface OfficeCalendarSync {
  years: number[];
  written: ClosedDayKey[];
  slots: number;
}

/**
 * At every server start: the holidays of the current year through four years ahead become closed
 * days where they are missing (a new year, a corrected data file, a newer date-holidays). Written
 * through the outbox, so a holiday that now closes a day with published slots takes its seats off
 * every console; audited once, with what it closed, when it closed anything.
 */
export async function syncOfficeCalendar(deps: CapacityDeps): Promise<OfficeCalendarSync> {
  const now = deps.clock();
  return deps.transact(async (trx) => {
    const consulates = await listCalendarConsulates(trx);
    if (consulates.length === 0) return { years: [], written: [], slots: 0 };
    // "This year" is each consulate's own: on New Year's Eve some are a year behind the others.
    const localYears = consulates.map((c) => Number(todayIn(c.time_zone, now).slice(0, 4)));
    const years: number[] = [];
    for (let year = Math.min(...localYears); year <= Math.max(...localYears) + CALENDAR_YEARS_AHEAD; year++)
      years.push(year);
    const { written, slots } = await writeOfficeHolidays(
      trx,
      deps.slotChanges,
      consulates,
      years,
      now.toISOString(),
    );
    if (written.length > 0) {
      const dates = [...new Set(written.map((d) => d.date))].sort();
      await appendAudit(
        trx,
        now,
        null,
        'capacity.holidays_synced',
        { type: 'office_calendar', id: `${years[0]}..${years.at(-1)}` },
        {
          years,
          closedDays: written.length,
          consulates: new Set(written.map((d) => d.consulateId)).size,
          dates,
          slots,
        },
      );
    }
    return { years, written, slots };
  });
}
