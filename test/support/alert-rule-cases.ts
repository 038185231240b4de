/**
 * Cases for `promtool test rules` on deploy/prometheus/alerts.yml (Prometheus' rule unit tests:
 * https://prometheus.io/docs/prometheus/latest/configuration/unit_testing_rules/): input series over
 * time, and which alerts fire (with which labels) at given times. Run by
 * test/integration/deploy-monitoring.test.ts on a copy of the rules without annotations (promtool
 * compares those too). Instances are `a:4001`, `a:4002`; every series has `job="miconsulado"`.
 */

const I1 = 'a:4001';
const I2 = 'a:4002';
const sel = (name: string, labels = '') => `${name}{job="miconsulado"${labels ? `, ${labels}` : ''}}`;
/** An alert over all instances (`sum(…)`) has only its severity; one per instance or queue keeps `job`. */
const fires = (alertname: string, at: string, labels: Record<string, string>[]) => ({
  eval_time: at,
  alertname,
  exp_alerts: labels.map((l) => ({
    exp_labels: Object.keys(l).length > 1 ? { job: 'miconsulado', ...l } : l,
  })),
});
const quiet = (alertname: string, at: string) => ({ eval_time: at, alertname, exp_alerts: [] });

/** Situations over minutes, the rules evaluated every minute. */
export const MINUTE_CASES = {
  rule_files: ['alerts.yml'],
  evaluation_interval: '1m',
  tests: [
    {
      // One instance restarted for a minute (a rolling deploy), another gone for good.
      interval: '1m',
      input_series: [
        { series: sel('up', `instance="${I1}"`), values: '1 1 0 1 1 1 1 1' },
        { series: sel('up', `instance="${I2}"`), values: '1 1 0 0 0 0 0 0' },
      ],
      alert_rule_test: [
        quiet('MiConsuladoInstanceDown', '3m'),
        fires('MiConsuladoInstanceDown', '5m', [{ instance: I2, severity: 'critical' }]),
        quiet('MiConsuladoAllInstancesDown', '4m'),
      ],
    },
    {
      // 10 requests/s; from minute 10, 1 in 10 answers 500 on a booking route: 10 % > 5 %. Readiness
      // answering 503 while instances drain (all of its requests) never counts.
      interval: '1m',
      input_series: [
        {
          series: sel(
            'http_request_duration_seconds_count',
            `instance="${I1}", route="/api/appointments", status="201"`,
          ),
          values: '0+600x30',
        },
        {
          series: sel(
            'http_request_duration_seconds_count',
            `instance="${I1}", route="/api/appointments", status="500"`,
          ),
          values: '0x10 0+60x20',
        },
        {
          series: sel(
            'http_request_duration_seconds_count',
            `instance="${I1}", route="/api/ready", status="503"`,
          ),
          values: '0+600x30',
        },
      ],
      alert_rule_test: [
        quiet('MiConsuladoHigh5xxRate', '9m'),
        quiet('MiConsuladoHigh5xxRate', '14m'),
        fires('MiConsuladoHigh5xxRate', '22m', [{ severity: 'critical' }]),
        quiet('MiConsuladoElevated5xxRate', '22m'),
        fires('MiConsuladoElevated5xxRate', '30m', [{ severity: 'warning' }]),
      ],
    },
    {
      // Only readiness failing (an instance draining for good): no 5xx alert.
      interval: '1m',
      input_series: [
        {
          series: sel(
            'http_request_duration_seconds_count',
            `instance="${I1}", route="/api/slots", status="200"`,
          ),
          values: '0+600x30',
        },
        {
          series: sel(
            'http_request_duration_seconds_count',
            `instance="${I1}", route="/api/ready", status="503"`,
          ),
          values: '0+600x30',
        },
      ],
      alert_rule_test: [quiet('MiConsuladoHigh5xxRate', '25m'), quiet('MiConsuladoElevated5xxRate', '25m')],
    },
    {
      interval: '1m',
      input_series: [
        { series: sel('nodejs_eventloop_lag_p99_seconds', `instance="${I1}"`), values: '0.01x3 0.4x10' },
        { series: sel('nodejs_eventloop_lag_p99_seconds', `instance="${I2}"`), values: '0.01x3 2 0.01x9' },
      ],
      alert_rule_test: [
        quiet('MiConsuladoEventLoopLag', '6m'),
        fires('MiConsuladoEventLoopLag', '9m', [{ instance: I1, severity: 'warning' }]),
        // A single second-long stall is not a stalled instance.
        quiet('MiConsuladoEventLoopStalled', '6m'),
      ],
    },
    {
      interval: '1m',
      input_series: [
        { series: sel('miconsulado_outbox_lag_seconds', `instance="${I1}"`), values: '0 0 45 60 90 120 150' },
        { series: sel('miconsulado_outbox_lag_seconds', `instance="${I2}"`), values: '0 0 45 0 0 0 0' },
      ],
      alert_rule_test: [
        quiet('MiConsuladoOutboxLag', '3m'),
        fires('MiConsuladoOutboxLag', '5m', [{ instance: I1, severity: 'warning' }]),
      ],
    },
    {
      // The message queue's figures are read from the database: every instance reports the same, and
      // the alert fires once per channel, not once per instance.
      interval: '1m',
      input_series: [
        {
          series: sel('miconsulado_message_queue_oldest_age_seconds', `instance="${I1}", channel="email"`),
          values: '0 0+60x30',
        },
        {
          series: sel('miconsulado_message_queue_oldest_age_seconds', `instance="${I2}", channel="email"`),
          values: '0 0+60x30',
        },
        {
          series: sel('miconsulado_message_queue_oldest_age_seconds', `instance="${I1}", channel="sms"`),
          values: '0x30',
        },
      ],
      alert_rule_test: [
        quiet('MiConsuladoMessagesDelayed', '18m'),
        fires('MiConsuladoMessagesDelayed', '22m', [{ channel: 'email', severity: 'warning' }]),
        quiet('MiConsuladoMessagesStuck', '30m'),
      ],
    },
    {
      // Queue "norte" under its 80 % target while callers wait; "sur" under target but nobody called
      // for the last hour (a closed queue): only "norte" fires, once for both instances.
      interval: '1m',
      input_series: [
        {
          series: sel('miconsulado_service_level_ratio', `instance="${I1}", queue="norte"`),
          values: '0.9x5 0.7x30',
        },
        {
          series: sel('miconsulado_service_level_ratio', `instance="${I2}", queue="norte"`),
          values: '0.9x5 0.7x30',
        },
        {
          series: sel('miconsulado_service_level_target_ratio', `instance="${I1}", queue="norte"`),
          values: '0.8x35',
        },
        {
          series: sel('miconsulado_service_level_target_ratio', `instance="${I2}", queue="norte"`),
          values: '0.8x35',
        },
        { series: sel('miconsulado_calls_waiting', `instance="${I1}", queue="norte"`), values: '3x35' },
        { series: sel('miconsulado_calls_waiting', `instance="${I2}", queue="norte"`), values: '3x35' },
        { series: sel('miconsulado_service_level_ratio', `instance="${I1}", queue="sur"`), values: '0.5x35' },
        {
          series: sel('miconsulado_service_level_target_ratio', `instance="${I1}", queue="sur"`),
          values: '0.8x35',
        },
        { series: sel('miconsulado_calls_waiting', `instance="${I1}", queue="sur"`), values: '0x35' },
      ],
      alert_rule_test: [
        quiet('MiConsuladoServiceLevelBelowTarget', '15m'),
        fires('MiConsuladoServiceLevelBelowTarget', '25m', [{ queue: 'norte', severity: 'warning' }]),
      ],
    },
  ],
};

/**
 * Situations over hours and days (disk, backups), the rules evaluated every 5 minutes (so that 40
 * hours take a second, not fifteen); samples every 5 minutes, as Prometheus looks 5 minutes back.
 */
export const HOUR_CASES = {
  rule_files: ['alerts.yml'],
  evaluation_interval: '5m',
  tests: [
    {
      // A 100 GB volume; the database's loses 3 GB an hour from 45 GB free: under 40 % after 100 minutes, empty within a day.
      interval: '5m',
      input_series: [
        {
          series: sel('miconsulado_disk_size_bytes', `instance="${I1}", volume="database"`),
          values: '100e9x200',
        },
        {
          series: sel('miconsulado_disk_free_bytes', `instance="${I1}", volume="database"`),
          values: '45e9-250e6x200',
        },
        {
          series: sel('miconsulado_disk_size_bytes', `instance="${I1}", volume="backups"`),
          values: '100e9x200',
        },
        {
          series: sel('miconsulado_disk_free_bytes', `instance="${I1}", volume="backups"`),
          values: '60e9x200',
        },
      ],
      alert_rule_test: [
        quiet('MiConsuladoDiskFilling', '1h'),
        fires('MiConsuladoDiskFilling', '3h', [{ instance: I1, volume: 'database', severity: 'warning' }]),
        quiet('MiConsuladoDiskAlmostFull', '3h'),
        fires('MiConsuladoDiskAlmostFull', '12h', [
          { instance: I1, volume: 'database', severity: 'critical' },
        ]),
      ],
    },
    {
      // Instance 1 backs up (BACKUP_DIR set: it has a backups volume); started an hour before the
      // test's zero, took a good backup at 1 h, then none. Instance 2 restarted at 20 h and has taken
      // none since (the gauge is 0): counted from its start, it is not late. Instance 3 has no
      // BACKUP_DIR (PostgreSQL): never.
      interval: '5m',
      input_series: [
        {
          series: sel('miconsulado_backup_last_success_timestamp_seconds', `instance="${I1}"`),
          values: '0x12 3600x470',
        },
        { series: sel('process_start_time_seconds', `instance="${I1}"`), values: '-3600x482' },
        {
          series: sel('miconsulado_disk_size_bytes', `instance="${I1}", volume="backups"`),
          values: '100e9x482',
        },
        {
          series: sel('miconsulado_backup_last_success_timestamp_seconds', `instance="${I2}"`),
          values: '0x482',
        },
        { series: sel('process_start_time_seconds', `instance="${I2}"`), values: '0x240 72000x241' },
        {
          series: sel('miconsulado_disk_size_bytes', `instance="${I2}", volume="backups"`),
          values: '100e9x482',
        },
        {
          series: sel('miconsulado_backup_last_success_timestamp_seconds', 'instance="a:4003"'),
          values: '0x482',
        },
        { series: sel('process_start_time_seconds', 'instance="a:4003"'), values: '0x482' },
      ],
      alert_rule_test: [
        quiet('MiConsuladoBackupTooOld', '26h'),
        fires('MiConsuladoBackupTooOld', '28h', [{ instance: I1, severity: 'warning' }]),
        fires('MiConsuladoBackupTooOld', '40h', [{ instance: I1, severity: 'warning' }]),
      ],
    },
  ],
};
