/**
 * Weekly document-service hours of each consulate.
 *
 * DEMO ASSUMPTIONS throughout: real offices publish their own hours and seat counts, and the
 * project's reference material does not give them. The choices below are plausible, uniform and
 * deterministic so that the seed and the tests are reproducible:
 * - Monday to Friday, one morning session 08:00–14:00 for documents (passports, matrícula, …).
 * - Slot length 15 minutes at large and medium offices, 20 minutes at small ones.
 * - Seats (parallel windows) per slot by size: large 6, medium 3, small 1.
 * - A Saturday session 09:00–13:00 ("sabatinas") with fewer seats at every large office and at a
 *   fixed handful of medium ones (SATURDAY_MEDIUM below).
 */
import type { OfficeSession, WeeklyHours } from '../../../shared/domain/slots/slot-generation';
import type { ConsulateRecord, ConsulateSize } from './consulates';

const WEEKDAY_SEATS: Record<ConsulateSize, number> = { large: 6, medium: 3, small: 1 };
const SATURDAY_SEATS: Record<ConsulateSize, number> = { large: 3, medium: 2, small: 1 };
const SLOT_MINUTES: Record<ConsulateSize, number> = { large: 15, medium: 15, small: 20 };

/** Medium offices that also open on Saturday (demo assumption, chosen by code). */
export const SATURDAY_MEDIUM: ReadonlySet<string> = new Set([
  'SAN',
  'SFO',
  'FAT',
  'DEN',
  'LAS',
  'SEA',
  'AUS',
  'MFE',
  'ELP',
  'RAL',
]);

/** Whether this consulate has a Saturday session (all large ones and SATURDAY_MEDIUM). */
export function opensOnSaturday(consulate: ConsulateRecord): boolean {
  return consulate.size === 'large' || (consulate.size === 'medium' && SATURDAY_MEDIUM.has(consulate.id));
}

/** The weekly hours of a consulate, keyed by day of week (0 = Sunday … 6 = Saturday). */
export function weeklyHoursFor(consulate: ConsulateRecord): WeeklyHours {
  const slotMinutes = SLOT_MINUTES[consulate.size];
  const weekday: OfficeSession = {
    open: '08:00',
    close: '14:00',
    slotMinutes,
    seats: WEEKDAY_SEATS[consulate.size],
  };
  const hours: WeeklyHours = {
    1: [{ ...weekday }],
    2: [{ ...weekday }],
    3: [{ ...weekday }],
    4: [{ ...weekday }],
    5: [{ ...weekday }],
  };
  if (opensOnSaturday(consulate)) {
    hours[6] = [{ open: '09:00', close: '13:00', slotMinutes, seats: SATURDAY_SEATS[consulate.size] }];
  }
  return hours;
}
