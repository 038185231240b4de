import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Shift, WeeklySchedule } from '../../../../../shared/api/shifts';
import { phoneHoursOn } from '../../../../../shared/domain/floor/call-center';
import { useApi } from '../../../api/api-client-context';
import { schedulesQuery } from '../../../api/shifts';
import { Panel } from '../../../components/panel';
import { formatCalendarDate, formatWallTime } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { useSaveSchedule } from '../hooks/use-save-schedule';
import { refusedWeekProblems } from '../refused-week';
import type { ShiftProblem } from '../../../../../shared/domain/shifts/week-validation';
import {
  formFromShifts,
  MAX_SHIFTS_PER_DAY,
  sampleDateOf,
  shiftsFromForm,
  weekdays,
  withRow,
  withTime,
  withoutRow,
  type FormProblem,
  type ScheduleForm,
  type Weekday,
} from '../schedule-form';

type Props = { userId: string; displayName: string; onClose: () => void };

const dayName = (weekday: Weekday, locale: Locale, style: 'long' | 'short' = 'long') =>
  formatCalendarDate(sampleDateOf(weekday), locale, { weekday: style });

/** One operator's week, Monday to Sunday; Enter saves, Escape closes; the server's refusal is shown here. */
export function ScheduleEditor({ userId, displayName, onClose }: Props) {
  const t = useT();
  const api = useApi();
  const schedules = useQuery(schedulesQuery(api));
  const current = schedules.data?.find((s) => s.userId === userId) ?? { userId, shifts: [] };

  return (
    <Panel title={t('shifts.editor.title', { name: displayName })} className="shifts-editor">
      {schedules.isPending ? (
        <p className="empty-state" role="status">
          {t('shifts.editor.loading')}
        </p>
      ) : (
        <ScheduleFormView key={userId} schedule={current} displayName={displayName} onClose={onClose} />
      )}
    </Panel>
  );
}

function ScheduleFormView({
  schedule,
  displayName,
  onClose,
}: {
  schedule: WeeklySchedule;
  displayName: string;
  onClose: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ScheduleForm>(() => formFromShifts(schedule.shifts));
  const [problem, setProblem] = useState<FormProblem | null>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const save = useSaveSchedule(schedule.userId);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const result = shiftsFromForm(form);
    setProblem(result.ok ? null : result.error);
    // The form shows the week as the server saved it (sorted, merged).
    if (result.ok)
      save.mutate(result.body.shifts, { onSuccess: (saved) => setForm(formFromShifts(saved.shifts)) });
    else save.reset();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  const edit = (next: ScheduleForm) => {
    setForm(next);
    setProblem(null);
  };
  const summary = (shifts: readonly Shift[]) =>
    shifts.length === 0
      ? t('shifts.editor.noShifts')
      : [...shifts]
          .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
          .map(
            (s) =>
              `${dayName(s.weekday as Weekday, locale, 'short')} ${t('shifts.shift', { start: formatWallTime(s.start, locale), end: formatWallTime(s.end, locale) })}`,
          )
          .join(', ');

  const errorId = `${id}-error`;
  const span = (s: Pick<Shift, 'start' | 'end'>) =>
    t('shifts.shift', { start: formatWallTime(s.start, locale), end: formatWallTime(s.end, locale) });
  // The server's reasons for refusing the week, worded here in the console's language.
  const wordProblem = (p: ShiftProblem) => {
    const named = { day: dayName(p.shift.weekday as Weekday, locale), shift: span(p.shift) };
    switch (p.kind) {
      case 'starts_before_open':
        return t('shifts.problem.starts_before_open', { ...named, time: formatWallTime(p.open, locale) });
      case 'ends_after_close':
        return t('shifts.problem.ends_after_close', { ...named, time: formatWallTime(p.close, locale) });
      case 'overlaps':
        return t('shifts.problem.overlaps', { ...named, other: span(p.other) });
      case 'ends_before_start':
        return t('shifts.problem.ends_before_start', named);
    }
  };
  const refusal = (error: unknown) =>
    refusedWeekProblems(error)?.map(wordProblem).join(' ') ?? errorText(error);
  const failed = problem
    ? t(`shifts.editor.${problem.problem}`, { day: dayName(problem.weekday, locale) })
    : save.isError
      ? t('shifts.editor.failed', { error: refusal(save.error) })
      : null;

  return (
    <form
      ref={formRef}
      className="shifts-editor__form"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      aria-describedby={failed ? errorId : undefined}
      noValidate
    >
      <p className="shifts-editor__intro">{t('shifts.editor.intro')}</p>
      <div className="shifts-editor__days">
        {weekdays.map((weekday) => {
          const day = dayName(weekday, locale);
          const hours = phoneHoursOn(sampleDateOf(weekday));
          const rows = form[weekday];
          return (
            <fieldset key={weekday} className="shifts-editor__day">
              <legend className="shifts-editor__day-name">{day}</legend>
              <span className="shifts-editor__hours">
                {t('shifts.editor.dayHours', {
                  open: formatWallTime(hours.open, locale),
                  close: formatWallTime(hours.close, locale),
                })}
              </span>
              {rows.map((row, index) => (
                <div key={index} className="shifts-editor__shift">
                  <TimeField
                    id={`${id}-${weekday}-${index}-start`}
                    visible={t('shifts.editor.start')}
                    full={t('shifts.editor.startOf', { day, n: index + 1 })}
                    value={row.start}
                    onChange={(v) => edit(withTime(form, weekday, index, 'start', v))}
                  />
                  <TimeField
                    id={`${id}-${weekday}-${index}-end`}
                    visible={t('shifts.editor.end')}
                    full={t('shifts.editor.endOf', { day, n: index + 1 })}
                    value={row.end}
                    onChange={(v) => edit(withTime(form, weekday, index, 'end', v))}
                  />
                  {rows.length > 1 ? (
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-label={t('shifts.editor.removeShiftLabel', { n: index + 1, day })}
                      onClick={() => edit(withoutRow(form, weekday, index))}
                    >
                      {t('shifts.editor.removeShift')}
                    </button>
                  ) : null}
                </div>
              ))}
              {rows.length < MAX_SHIFTS_PER_DAY ? (
                <button
                  type="button"
                  className="button button--ghost shifts-editor__add"
                  aria-label={t('shifts.editor.addShiftLabel', { day })}
                  onClick={() => edit(withRow(form, weekday))}
                >
                  {t('shifts.editor.addShift')}
                </button>
              ) : null}
            </fieldset>
          );
        })}
      </div>
      {failed ? (
        <p id={errorId} role="alert" className="alert alert--error">
          {failed}
        </p>
      ) : null}
      <div aria-live="polite">
        {save.isSuccess ? (
          <p className="alert alert--info">
            {t('shifts.editor.saved', { name: displayName, summary: summary(save.data.shifts) })}
          </p>
        ) : null}
      </div>
      <div className="shifts-editor__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('shifts.editor.close')}
        </button>
        <button type="submit" className="button" aria-disabled={save.isPending}>
          {save.isPending ? t('shifts.editor.saving') : t('shifts.editor.save')}
        </button>
      </div>
      <p className="shifts-editor__keys">{t('shifts.editor.keys')}</p>
    </form>
  );
}

/** A time input whose accessible name says the day and the shift (and contains the short visible label). */
function TimeField({
  id,
  visible,
  full,
  value,
  onChange,
}: {
  id: string;
  visible: string;
  full: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field shifts-editor__time">
      <label htmlFor={id}>{visible}</label>
      <input id={id} type="time" aria-label={full} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
