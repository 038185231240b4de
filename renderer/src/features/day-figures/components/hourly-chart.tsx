import { useId, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { DayFigures } from '../../../../../shared/api/floor/floor';
import { phoneHoursOn } from '../../../../../shared/domain/floor/call-center';
import { useT } from '../../../i18n/use-t';
import { hourRange, hoursBetween, niceMax } from '../chart-scale';
import { useElementWidth } from '../hooks/use-element-width';

/** Until the chart's box is measured (and in tests, where nothing is laid out). */
const FALLBACK_WIDTH = 560;
const HEIGHT = 200;
const PAD = { top: 10, right: 8, bottom: 26, left: 34 };

/**
 * Calls and bookings by hour of the call center's day, as paired columns. The picture is for the
 * eye (aria-hidden); the same numbers are in a table for screen readers, under the same title.
 */
export function HourlyChart({ figures }: { figures: DayFigures }) {
  const t = useT();
  const intl = useIntl();
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = Math.max(240, useElementWidth(boxRef, FALLBACK_WIDTH));
  const { open, close } = phoneHoursOn(figures.date);
  const hours = hoursBetween(figures.byHour, hourRange(figures.byHour, open, close));
  const max = niceMax(Math.max(...hours.map((h) => Math.max(h.calls, h.bookings))));
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const band = plotW / hours.length;
  const barW = Math.max(2, Math.min(18, (band - 6) / 2));
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const hourLabel = (hour: number) => intl.formatDate(Date.UTC(2000, 0, 1, hour), { hour: 'numeric', timeZone: 'UTC' });
  // Hour labels need about 44 px each; every second or third one when the chart is narrow.
  const labelEvery = Math.max(1, Math.ceil((44 * hours.length) / plotW));

  return (
    <figure className="day-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="day-chart__title">
        {t('dayFigures.byHour.title')}
      </figcaption>
      <ul className="day-chart__legend" aria-hidden="true">
        <li>
          <span className="day-chart__swatch day-chart__swatch--calls" />
          {t('dayFigures.byHour.calls')}
        </li>
        <li>
          <span className="day-chart__swatch day-chart__swatch--bookings" />
          {t('dayFigures.byHour.bookings')}
        </li>
      </ul>
      <div ref={boxRef} className="day-chart__box">
        <svg className="day-chart__svg" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="presentation" aria-hidden="true" focusable="false">
          {[0, max / 2, max].filter(Number.isInteger).map((tick) => (
            <g key={tick}>
              <line className="day-chart__grid" x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} />
              <text className="day-chart__tick" x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
                {intl.formatNumber(tick)}
              </text>
            </g>
          ))}
          {hours.map((h, i) => {
            const x = PAD.left + i * band + (band - 2 * barW) / 2;
            return (
              <g key={h.hour}>
                <rect className="day-chart__bar day-chart__bar--calls" x={x} y={y(h.calls)} width={barW} height={y(0) - y(h.calls)} />
                <rect className="day-chart__bar day-chart__bar--bookings" x={x + barW} y={y(h.bookings)} width={barW} height={y(0) - y(h.bookings)} />
                {i % labelEvery === 0 ? (
                  <text className="day-chart__tick" x={PAD.left + i * band + band / 2} y={HEIGHT - 8} textAnchor="middle">
                    {hourLabel(h.hour)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <table className="visually-hidden">
        <caption>{t('dayFigures.byHour.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dayFigures.byHour.hour')}</th>
            <th scope="col">{t('dayFigures.byHour.calls')}</th>
            <th scope="col">{t('dayFigures.byHour.bookings')}</th>
          </tr>
        </thead>
        <tbody>
          {hours.map((h) => (
            <tr key={h.hour}>
              <th scope="row">{hourLabel(h.hour)}</th>
              <td>{intl.formatNumber(h.calls)}</td>
              <td>{intl.formatNumber(h.bookings)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
