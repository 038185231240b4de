/**
 * Turning a consulate's weekly office hours into bookable slots.
 *
 * Every slot is converted from its own wall time on its own date, so 08:00 stays
 * 08:00 local across daylight-saving changes while its UTC instant moves.
 */
import { addDays, eachDate, weekdayOf } from '../time/local-date';
import { localDateTimeOf, zonedWallTimeToUtc } from '../time/zoned-time';

export type OfficeSession = { open: string /* HH:mm */; close: string; slotMinutes: number; seats: number };

/** Key = weekday, 0 = Sunday. A missing weekday means the office is closed that day. */
export type WeeklyHours = Partial<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, OfficeSession[]>>;

export type GeneratedSlot = {
  localDate: string;
  localStart: string /* YYYY-MM-DDTHH:mm */;
  start: string /* ISO UTC with ms */;
  end: string;
  capacity: number;
};

const TIME = /^(\d{2}):(\d{2})$/;

// '24:00' is accepted so a session can close at the end of the day.
function minutesOf(time: string): number {
  const m = TIME.exec(time);
  const hours = Number(m?.[1]);
  const minutes = Number(m?.[2]);
  if (!m || hours > 24 || minutes > 59 || hours * 60 + minutes > 24 * 60)
    throw new RangeError(`not a time HH:mm: ${time}`);
  return hours * 60 + minutes;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function sessionsOn(hours: WeeklyHours, date: string): OfficeSession[] {
  return hours[weekdayOf(date) as 0 | 1 | 2 | 3 | 4 | 5 | 6] ?? [];
}

export function generateDaySlots(input: {
  timeZone: string;
  date: string;
  hours: WeeklyHours;
  closedDates: ReadonlySet<string>;
}): GeneratedSlot[] {
  const { timeZone, date, hours, closedDates } = input;
  if (closedDates.has(date)) return [];
  const sessions = sessionsOn(hours, date);
  if (sessions.length === 0) return [];

  // One conversion per distinct wall time: a slot's end is the next slot's start.
  const instants = new Map<number, number>();
  const instantAt = (minutes: number): number => {
    let instant = instants.get(minutes);
    if (instant === undefined) {
      instant =
        minutes < 24 * 60
          ? zonedWallTimeToUtc(date, hhmm(minutes), timeZone).getTime()
          : zonedWallTimeToUtc(addDays(date, 1), '00:00', timeZone).getTime();
      instants.set(minutes, instant);
    }
    return instant;
  };
  // A local day lasting exactly 24 hours has no clock change, so every wall time exists;
  // only on the two change days is each start checked against the gap.
  const changeDay = instantAt(24 * 60) - instantAt(0) !== 24 * 3_600_000;

  const slots: GeneratedSlot[] = [];
  for (const session of sessions) {
    if (!Number.isInteger(session.slotMinutes) || session.slotMinutes <= 0) {
      throw new RangeError(`slotMinutes must be a positive integer, got ${session.slotMinutes}`);
    }
    const open = minutesOf(session.open);
    const close = minutesOf(session.close);
    // The last slot must end by closing time; a remainder shorter than a slot is dropped.
    for (let from = open; from + session.slotMinutes <= close; from += session.slotMinutes) {
      const localStart = `${date}T${hhmm(from)}`;
      const start = new Date(instantAt(from));
      // A wall time inside the spring-forward gap does not exist; offering it would
      // duplicate the slot an hour later.
      if (changeDay && localDateTimeOf(start, timeZone) !== localStart) continue;
      slots.push({
        localDate: date,
        localStart,
        start: start.toISOString(),
        // Ends are wall times too, so a slot spanning the change keeps its local length.
        end: new Date(instantAt(from + session.slotMinutes)).toISOString(),
        capacity: session.seats,
      });
    }
  }
  // Sessions may be listed in any order; consumers expect chronological slots.
  return slots.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

export function generateSlots(input: {
  timeZone: string;
  from: string;
  to: string;
  hours: WeeklyHours;
  closedDates: ReadonlySet<string>;
}): GeneratedSlot[] {
  const { from, to, ...rest } = input;
  return eachDate(from, to).flatMap((date) => generateDaySlots({ ...rest, date }));
}
