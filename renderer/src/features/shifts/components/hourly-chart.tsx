import { useId } from 'react';
import type { ShiftCoverage } from '../../../../../shared/api/shifts';
import { formatWallTime } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';

const BAR = 28;
const GAP = 8;
const HEIGHT = 110;
const LABEL = 18;

const hourText = (hour: number, locale: Locale) => formatWallTime(`${String(hour).padStart(2, '0')}:00`, locale);

/**
 * Operators scheduled in each phone hour, as columns. The picture is for the eye; the same
 * numbers are in a table for screen readers, and summed up in words under the title.
 */
export function HourlyChart({ byHour, locale }: { byHour: ShiftCoverage['byHour']; locale: Locale }) {
  const t = useT();
  const titleId = useId();
  if (byHour.length === 0) return <p className="empty-state">{t('shifts.chart.empty')}</p>;
  const max = Math.max(1, ...byHour.map((h) => h.scheduled));
  const counts = byHour.map((h) => h.scheduled);
  const first = byHour[0]?.hour ?? 0;
  const last = (byHour[byHour.length - 1]?.hour ?? 0) + 1;
  const width = byHour.length * (BAR + GAP);

  return (
    <figure className="shifts-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="shifts-chart__title">
        {t('shifts.chart.title')}
        <span className="shifts-chart__summary">
          {t('shifts.chart.summary', { from: hourText(first, locale), to: hourText(last % 24, locale), min: Math.min(...counts), max: Math.max(...counts) })}
        </span>
      </figcaption>
      <svg className="shifts-chart__svg" viewBox={`0 0 ${width} ${HEIGHT + 2 * LABEL}`} width={width} height={HEIGHT + 2 * LABEL} aria-hidden="true" focusable="false">
        {byHour.map((h, i) => {
          const barHeight = Math.round((h.scheduled / max) * HEIGHT);
          const x = i * (BAR + GAP) + GAP / 2;
          return (
            <g key={h.hour}>
              <rect className="shifts-chart__bar" x={x} y={LABEL + HEIGHT - barHeight} width={BAR} height={barHeight} rx={3} />
              <text className="shifts-chart__value" x={x + BAR / 2} y={LABEL + HEIGHT - barHeight - 4} textAnchor="middle">
                {h.scheduled}
              </text>
              <text className="shifts-chart__hour" x={x + BAR / 2} y={LABEL + HEIGHT + 14} textAnchor="middle">
                {h.hour}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{t('shifts.chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shifts.chart.hour')}</th>
            <th scope="col">{t('shifts.chart.scheduled')}</th>
          </tr>
        </thead>
        <tbody>
          {byHour.map((h) => (
            <tr key={h.hour}>
              <th scope="row">{hourText(h.hour, locale)}</th>
              <td>{h.scheduled}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
