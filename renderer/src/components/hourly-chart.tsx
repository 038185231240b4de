import { useId, useRef } from 'react';
import { useIntl } from 'react-intl';
import { niceMax } from '../lib/chart-scale';
import { useElementWidth } from '../lib/use-element-width';
import './hourly-chart.css';

/** A measure drawn per hour; its tone is one of the chart's fills (each ≥ 3:1 against white). */
export type HourlySeries = { label: string; tone: 'accent' | 'blue' | 'green' };
/** One hour of the day (0–23) with a value per series, in the series' order. */
export type HourlyValues = { hour: number; values: readonly number[] };

type Props = {
  title: string;
  /** The figures in words, under the title (read before the table). */
  summary?: string;
  /** The table's first column. */
  hourHeading: string;
  hourLabel: (hour: number) => string;
  series: readonly HourlySeries[];
  hours: readonly HourlyValues[];
};

/** Until the chart's box is measured (and in tests, where nothing is laid out). */
const FALLBACK_WIDTH = 560;
const HEIGHT = 200;
const PAD = { top: 18, right: 8, bottom: 26, left: 34 };

/**
 * Figures by hour as columns, one per series side by side, drawn at the box's real width (text in
 * an SVG scaled down to fit would shrink below readable). The picture is for the eye
 * (aria-hidden); the same numbers are in a table for screen readers, under the same title. With
 * one series each column says its value; with more, a legend names them.
 */
export function HourlyChart({ title, summary, hourHeading, hourLabel, series, hours }: Props) {
  const intl = useIntl();
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = Math.max(240, useElementWidth(boxRef, FALLBACK_WIDTH));
  const max = niceMax(Math.max(0, ...hours.flatMap((h) => h.values)));
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const band = plotW / Math.max(1, hours.length);
  const barW = Math.max(2, Math.min(series.length === 1 ? 28 : 18, (band - 6) / series.length));
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  // Hour labels need their text's width and some room; every second or third one when narrow.
  const labelWidth = 8 + 6.5 * Math.max(0, ...hours.map((h) => hourLabel(h.hour).length));
  const labelEvery = Math.max(1, Math.ceil((labelWidth * hours.length) / plotW));

  return (
    <figure className="hourly-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="hourly-chart__title">
        {title}
        {summary ? <span className="hourly-chart__summary">{summary}</span> : null}
      </figcaption>
      {series.length > 1 ? (
        <ul className="hourly-chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`hourly-chart__swatch hourly-chart__fill--${s.tone}`} />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div ref={boxRef} className="hourly-chart__box">
        <svg
          className="hourly-chart__svg"
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="presentation"
          aria-hidden="true"
          focusable="false"
        >
          {[0, max / 2, max].filter(Number.isInteger).map((tick) => (
            <g key={tick}>
              <line
                className="hourly-chart__grid"
                x1={PAD.left}
                x2={width - PAD.right}
                y1={y(tick)}
                y2={y(tick)}
              />
              <text className="hourly-chart__tick" x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
                {intl.formatNumber(tick)}
              </text>
            </g>
          ))}
          {hours.map((h, i) => {
            const x = PAD.left + i * band + (band - series.length * barW) / 2;
            return (
              <g key={h.hour}>
                {series.map((s, k) => {
                  const value = h.values[k] ?? 0;
                  return (
                    <g key={s.label}>
                      <rect
                        className={`hourly-chart__fill--${s.tone}`}
                        x={x + k * barW}
                        y={y(value)}
                        width={barW}
                        height={y(0) - y(value)}
                      />
                      {series.length === 1 ? (
                        <text
                          className="hourly-chart__value"
                          x={x + barW / 2}
                          y={y(value) - 4}
                          textAnchor="middle"
                        >
                          {intl.formatNumber(value)}
                        </text>
                      ) : null}
                    </g>
                  );
                })}
                {i % labelEvery === 0 ? (
                  <text
                    className="hourly-chart__tick"
                    x={PAD.left + i * band + band / 2}
                    y={HEIGHT - 8}
                    textAnchor="middle"
                  >
                    {hourLabel(h.hour)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{hourHeading}</th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hours.map((h) => (
            <tr key={h.hour}>
              <th scope="row">{hourLabel(h.hour)}</th>
              {series.map((s, k) => (
                <td key={s.label}>{intl.formatNumber(h.values[k] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
