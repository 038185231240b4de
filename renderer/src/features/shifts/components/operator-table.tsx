import { useId, useMemo, useState } from 'react';
import type { ShiftCoverage } from '../../../../../shared/api/shifts';
import { formatWallTime } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import {
  filterCounts,
  filterOperators,
  isMissing,
  isUnscheduled,
  operatorFilters,
  type CoverageOperator,
  type OperatorFilter,
} from '../coverage-filter';

type Props = {
  operators: ShiftCoverage['operators'];
  /** The date is today: who is on shift and logged in now means something. */
  now: boolean;
  locale: Locale;
  queueName: (queueId: string) => string;
  onEdit: (operator: CoverageOperator) => void;
};

/** Every operator's shift that day, whether they should be on now, and their state; filterable. */
export function OperatorTable({ operators, now, locale, queueName, onEdit }: Props) {
  const t = useT();
  const name = useId();
  const [chosen, setChosen] = useState<OperatorFilter>('all');
  const filter = now ? chosen : 'all';
  const counts = useMemo(() => filterCounts(operators), [operators]);
  const rows = useMemo(() => filterOperators(operators, filter, locale), [operators, filter, locale]);

  return (
    <div className="shifts-operators">
      {now ? (
        <fieldset className="shifts-filter">
          <legend>{t('shifts.filter.legend')}</legend>
          {operatorFilters.map((f) => (
            <label key={f} className="shifts-filter__option">
              <input
                type="radio"
                name={name}
                value={f}
                checked={filter === f}
                onChange={() => setChosen(f)}
              />
              {t(`shifts.filter.${f}`, { count: counts[f] })}
            </label>
          ))}
        </fieldset>
      ) : null}
      <table className="shifts-table">
        <caption className="shifts-table__caption">
          {t('shifts.table.caption', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('shifts.col.name')}</th>
            <th scope="col">{t('shifts.col.queue')}</th>
            <th scope="col">{t('shifts.col.shift')}</th>
            {now ? <th scope="col">{t('shifts.col.scheduledNow')}</th> : null}
            <th scope="col">{t('shifts.col.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('shifts.col.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr
              key={o.userId}
              className={
                !now
                  ? undefined
                  : isMissing(o)
                    ? 'is-missing'
                    : isUnscheduled(o)
                      ? 'is-unscheduled'
                      : undefined
              }
            >
              <th scope="row">{o.displayName}</th>
              <td>{o.queueId ? queueName(o.queueId) : t('shifts.noQueue')}</td>
              <td>
                {o.shift
                  ? t('shifts.shift', {
                      start: formatWallTime(o.shift.start, locale),
                      end: formatWallTime(o.shift.end, locale),
                    })
                  : t('shifts.noShift')}
              </td>
              {now ? <td>{o.scheduledNow ? t('shifts.yes') : t('shifts.no')}</td> : null}
              <td>
                <span className={`shifts-state shifts-state--${o.state}`}>
                  {t(`shifts.state.${o.state}`)}
                </span>
              </td>
              <td>
                <button
                  type="button"
                  className="button button--ghost shifts-table__edit"
                  aria-label={t('shifts.editScheduleLabel', { name: o.displayName })}
                  onClick={() => onEdit(o)}
                >
                  {t('shifts.editSchedule')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="empty-state">{t('shifts.table.empty')}</p> : null}
    </div>
  );
}
