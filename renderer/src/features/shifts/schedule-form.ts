import { PutScheduleBody, type Shift } from '../../../../shared/api/shifts';
import { addDays } from '../../../../shared/domain/time/local-date';

/** ISO weekdays, Monday first, as the schedule is read. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];

/** The most shifts one day can have in the form (the API takes 14 a week). */
export const MAX_SHIFTS_PER_DAY = 2;

export type ShiftRow = { start: string; end: string };
export type ScheduleForm = Record<Weekday, ShiftRow[]>;

const empty = (): ShiftRow => ({ start: '', end: '' });

/** A date that falls on the weekday (2024-01-01 was a Monday): to name it with Intl, or find its phone hours. */
export const sampleDateOf = (weekday: Weekday) => addDays('2024-01-01', weekday - 1);

/** The form for a week: each day's shifts by start time, an empty row where there is none. */
export function formFromShifts(shifts: readonly Shift[]): ScheduleForm {
  const form = Object.fromEntries(weekdays.map((d) => [d, [] as ShiftRow[]])) as ScheduleForm;
  for (const s of [...shifts].sort((a, b) => a.start.localeCompare(b.start)))
    form[s.weekday as Weekday].push({ start: s.start, end: s.end });
  for (const d of weekdays) if (form[d].length === 0) form[d].push(empty());
  return form;
}

export type FormProblem = { weekday: Weekday; problem: 'incomplete' | 'badTime' };

/**
 * The week as the API takes it: empty rows are days off; a row with one time only is a mistake the
 * lead must fix. Whether a shift fits the day's phone hours is the server's to say.
 */
export function shiftsFromForm(
  form: ScheduleForm,
): { ok: true; body: PutScheduleBody } | { ok: false; error: FormProblem } {
  const shifts: Shift[] = [];
  for (const weekday of weekdays) {
    for (const row of form[weekday]) {
      const start = row.start.trim();
      const end = row.end.trim();
      if (!start && !end) continue;
      if (!start || !end) return { ok: false, error: { weekday, problem: 'incomplete' } };
      shifts.push({ weekday, start: start.slice(0, 5), end: end.slice(0, 5) });
    }
  }
  const parsed = PutScheduleBody.safeParse({ shifts });
  if (!parsed.success) {
    const index = parsed.error.issues[0]?.path[1];
    const weekday = (typeof index === 'number' ? shifts[index]?.weekday : undefined) ?? 1;
    return { ok: false, error: { weekday: weekday as Weekday, problem: 'badTime' } };
  }
  return { ok: true, body: parsed.data };
}

export const withRow = (form: ScheduleForm, weekday: Weekday): ScheduleForm =>
  form[weekday].length >= MAX_SHIFTS_PER_DAY ? form : { ...form, [weekday]: [...form[weekday], empty()] };

export function withoutRow(form: ScheduleForm, weekday: Weekday, index: number): ScheduleForm {
  const rows = form[weekday].filter((_, i) => i !== index);
  return { ...form, [weekday]: rows.length ? rows : [empty()] };
}

export function withTime(
  form: ScheduleForm,
  weekday: Weekday,
  index: number,
  field: keyof ShiftRow,
  value: string,
): ScheduleForm {
  return {
    ...form,
    [weekday]: form[weekday].map((row, i) => (i === index ? { ...row, [field]: value } : row)),
  };
}
