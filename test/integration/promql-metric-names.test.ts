/**
 * The PromQL name extractor the deploy tests rely on (test/support/promql-metric-names.ts): pure, no
 * server. If it missed a name, a rule reading a metric nobody exports would pass unseen; if it took a
 * label or a function for a name, the check would fail for nothing.
 */
import { describe, expect, test } from 'vitest';
import { promqlMetricNames } from '../support/promql-metric-names';

describe('metric names read by a PromQL expression', () => {
  test('a bare name, a selector with matchers and a comparison', () => {
    expect(promqlMetricNames('up == 0')).toEqual(['up']);
    expect(promqlMetricNames('up{job="miconsulado"} == 0')).toEqual(['up']);
    expect(promqlMetricNames('miconsulado_outbox_lag_seconds{job="a", instance=~"x.*"} > 30')).toEqual([
      'miconsulado_outbox_lag_seconds',
    ]);
  });

  test('functions, ranges and durations are not names', () => {
    expect(promqlMetricNames('rate(miconsulado_bookings_total[5m])')).toEqual(['miconsulado_bookings_total']);
    expect(promqlMetricNames('predict_linear(miconsulado_disk_free_bytes[6h], 24 * 3600) < 0')).toEqual([
      'miconsulado_disk_free_bytes',
    ]);
    expect(
      promqlMetricNames('time() - miconsulado_backup_last_success_timestamp_seconds > 26 * 3600'),
    ).toEqual(['miconsulado_backup_last_success_timestamp_seconds']);
    expect(promqlMetricNames('max_over_time(miconsulado_calls_waiting[15m:1m]) offset 1h30m')).toEqual([
      'miconsulado_calls_waiting',
    ]);
  });

  test('label names in by, without, on, ignoring and group_left lists are not names', () => {
    const expr = `histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket{route!="/api/ready"}[5m])))`;
    expect(promqlMetricNames(expr)).toEqual(['http_request_duration_seconds_bucket']);
    expect(
      promqlMetricNames('sum(rate(a_total[1m])) without (instance) / ignoring(channel) group_left(x) b'),
    ).toEqual(['a_total', 'b']);
    expect(
      promqlMetricNames('max without (instance) (x) < max without(instance)(y) and on (queue) z > bool 0'),
    ).toEqual(['x', 'y', 'z']);
  });

  test('every operand of a binary operator is read, strings and label values never', () => {
    expect(
      promqlMetricNames('label_replace(up, "queue", "$1", "instance", "(.*)") unless miconsulado_build_info'),
    ).toEqual(['miconsulado_build_info', 'up']);
    expect(promqlMetricNames('x{status=~"5..", route="/api/{id}"} or y')).toEqual(['x', 'y']);
  });

  test("Grafana's variables are not names", () => {
    expect(
      promqlMetricNames(
        'sum by (consulate) (increase(miconsulado_bookings_total{instance=~"$instance"}[$__range]))',
      ),
    ).toEqual(['miconsulado_bookings_total']);
    expect(
      promqlMetricNames('rate(process_cpu_seconds_total{job="${job}"}[$__rate_interval]) * $factor'),
    ).toEqual(['process_cpu_seconds_total']);
  });

  test('a name given as {__name__="…"} is read', () => {
    expect(promqlMetricNames('{__name__="miconsulado_holds_live", consulate="LAX"}')).toEqual([
      'miconsulado_holds_live',
    ]);
  });

  test('an unterminated string or bracket is an error, not an empty answer', () => {
    expect(() => promqlMetricNames('x{job="a}')).toThrow(/unterminated|unclosed/);
    expect(() => promqlMetricNames('rate(x[5m)')).toThrow(/unclosed/);
  });
});
