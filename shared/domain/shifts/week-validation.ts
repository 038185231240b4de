import type { Shift } from '../../api/shifts';
import { phoneHoursOfWeekday } from './phone-hours';
import { minutesOf } from './wall-time';
import { weekdayName } from './weekday-names';

export type ShiftProblem =
  | { kind: 'ends_before_start'; shift: Shift }
  | { kind: 'starts_before_open'; shift: Shift; open: string }
  | { kind: 'ends_after_close'; shift: Shift; close: string }
  | { kind: 'overlaps'; shift: Shift; other: Shift };

const span = (shift: Pick<Shift, 'start' | 'end'>) => `${shift.start}–${shift.end}`;
const label = (shift: Shift) => `${weekdayName(shift.weekday)} ${span(shift)}`;

/** The problem in words, naming the shift: "Saturday 08:00–14:00 starts before the phones open at 09:00". */
export function describeShiftProblem(problem: ShiftProblem): string {
  switch (problem.kind) {
    case 'ends_before_start':
      return `${label(problem.shift)} ends before it starts.`;
    case 'starts_before_open':
      return `${label(problem.shift)} starts before the phones open at ${problem.open}.`;
    case 'ends_after_close':
      return `${label(problem.shift)} ends after the phones close at ${problem.close}.`;
    case 'overlaps':
      return `${label(problem.shift)} overlaps ${span(problem.other)} on the same day.`;
  }
}

/**
 * What is wrong with a week of shifts, in the order the shifts were given: each shift must end
 * after it starts and lie within the phone hours of its weekday, and shifts of one day must not
 * overlap (one may start when another ends). An empty list means the week is valid.
 */
export function validateWeek(shifts: readonly Shift[]): ShiftProblem[] {
  const problems: ShiftProblem[] = [];
  shifts.forEach((shift, index) => {
    const start = minutesOf(shift.start);
    const end = minutesOf(shift.end);
    if (end <= start) {
      problems.push({ kind: 'ends_before_start', shift });
      return;
    }
    const { open, close } = phoneHoursOfWeekday(shift.weekday);
    if (start < minutesOf(open)) problems.push({ kind: 'starts_before_open', shift, open });
    if (end > minutesOf(close)) problems.push({ kind: 'ends_after_close', shift, close });
    const other = shifts.slice(0, index).find((o) => o.weekday === shift.weekday && overlap(o, start, end));
    if (other) problems.push({ kind: 'overlaps', shift, other });
  });
  return problems;
}

function overlap(other: Shift, start: number, end: number): boolean {
  const otherStart = minutesOf(other.start);
  const otherEnd = minutesOf(other.end);
  return otherEnd > otherStart && otherStart < end && start < otherEnd;
}

/** The week in a stable order: by weekday, then start. */
export const sortShifts = <T extends Shift>(shifts: readonly T[]): T[] =>
  [...shifts].sort((a, b) => a.weekday - b.weekday || minutesOf(a.start) - minutesOf(b.start));
