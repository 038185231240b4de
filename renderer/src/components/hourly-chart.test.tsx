import { render, screen, within } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { HourlyChart, type HourlySeries, type HourlyValues } from './hourly-chart';

const hourLabel = (hour: number) => `${hour}h`;

function renderChart(series: readonly HourlySeries[], hours: readonly HourlyValues[], summary?: string) {
  return render(
    <IntlProvider locale="en">
      <HourlyChart
        title="Per hour"
        summary={summary}
        hourHeading="Hour"
        hourLabel={hourLabel}
        series={series}
        hours={hours}
      />
    </IntlProvider>,
  );
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('the hourly chart', () => {
  it('gives screen readers the same numbers as a table: an hour per row, a column per series, 1 234 written as the locale writes it', () => {
    renderChart(
      [
        { label: 'Calls', tone: 'blue' },
        { label: 'Bookings', tone: 'green' },
      ],
      [
        { hour: 9, values: [1234, 7] },
        { hour: 10, values: [0, 0] },
      ],
    );
    expect(screen.getByRole('figure', { name: 'Per hour' })).toBeTruthy();
    expect(rowsOf(screen.getByRole('table', { name: 'Per hour' }))).toEqual([
      ['Hour', 'Calls', 'Bookings'],
      ['9h', '1,234', '7'],
      ['10h', '0', '0'],
    ]);
  });

  it('names the series in a legend when there are several, and writes each value over its column when there is one', () => {
    const { container, unmount } = renderChart(
      [
        { label: 'Calls', tone: 'blue' },
        { label: 'Bookings', tone: 'green' },
      ],
      [{ hour: 9, values: [3, 1] }],
    );
    expect([...container.querySelectorAll('.hourly-chart__legend li')].map((li) => li.textContent)).toEqual([
      'Calls',
      'Bookings',
    ]);
    unmount();

    const single = renderChart(
      [{ label: 'Scheduled', tone: 'accent' }],
      [
        { hour: 8, values: [4] },
        { hour: 9, values: [6] },
      ],
      'From 8 to 10: 4 to 6',
    );
    expect(single.container.querySelector('.hourly-chart__legend')).toBeNull();
    expect([...single.container.querySelectorAll('.hourly-chart__value')].map((v) => v.textContent)).toEqual([
      '4',
      '6',
    ]);
    expect(screen.getByRole('figure', { name: /^Per hour/ }).textContent).toContain('From 8 to 10: 4 to 6');
  });
});
