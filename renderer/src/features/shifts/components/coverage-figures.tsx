import { useId } from 'react';
import type { ShiftCoverage } from '../../../../../shared/api/shifts';
import { CALL_CENTER_TIME_ZONE } from '../../../../../shared/domain/floor/call-center';
import { formatTime, zoneAbbreviation } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';

/** Scheduled against logged in, as four big numbers a lead reads across the room. */
export function CoverageFigures({ coverage, locale }: { coverage: ShiftCoverage; locale: Locale }) {
  const t = useT();
  const titleId = useId();
  const figures = [
    {
      id: 'scheduled',
      label: t('shifts.figures.scheduled'),
      value: coverage.scheduledNow,
      hint: null,
      alert: false,
    },
    {
      id: 'loggedIn',
      label: t('shifts.figures.loggedIn'),
      value: coverage.loggedInNow,
      hint: null,
      alert: false,
    },
    {
      id: 'missing',
      label: t('shifts.figures.missing'),
      value: coverage.missing,
      hint: t('shifts.figures.missing.hint'),
      alert: coverage.missing > 0,
    },
    {
      id: 'unscheduled',
      label: t('shifts.figures.unscheduled'),
      value: coverage.unscheduled,
      hint: t('shifts.figures.unscheduled.hint'),
      alert: false,
    },
  ];
  return (
    <section className="shifts-figures" aria-labelledby={titleId}>
      <h3 id={titleId} className="shifts-figures__title">
        {t('shifts.figures.title', {
          time: formatTime(coverage.at, CALL_CENTER_TIME_ZONE, locale),
          zone: zoneAbbreviation(coverage.at, CALL_CENTER_TIME_ZONE),
        })}
      </h3>
      <dl className="shifts-figures__list">
        {figures.map((f) => (
          <div
            key={f.id}
            className={`shifts-figure${f.alert ? ' shifts-figure--alert' : ''}`}
            data-figure={f.id}
          >
            <dt className="shifts-figure__label">{f.label}</dt>
            <dd className="shifts-figure__data">
              <span className="shifts-figure__value">{f.value}</span>
              {f.hint ? <span className="shifts-figure__hint">{f.hint}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
