/**
 * The monitoring shipped in deploy/ works with the server it watches: Prometheus' own tools accept the
 * scrape config and the alert rules, the alerts fire on the situations they describe (promtool's rule
 * tests), every metric the rules and the Grafana dashboard read is one a running server exports (its
 * /metrics parsed as Prometheus' text format), and a real Prometheus scrapes a test server with the
 * bearer token file, evaluates every rule without error and answers every dashboard query.
 *
 * promtool and prometheus are Debian's `prometheus` package (on this machine and in CI); where they are
 * missing those tests are skipped with that reason, and the YAML checks still run. Only the exported
 * metric names depend on the database (the pool's figures): the rest runs once, on SQLite.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
  ApiClient,
  book,
  createApplicant,
  findFreeSlot,
  hold,
  login,
  postConfirm,
  type Session,
} from '../support/api-client';
import { HOUR_CASES, MINUTE_CASES } from '../support/alert-rule-cases';
import { promqlMetricNames } from '../support/promql-metric-names';
import { waitFor } from '../support/socket-client';
import { startTestServer, type TestServer } from '../support/test-server';
import { testDialect } from '../support/test-dialect';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ALERTS = join(ROOT, 'deploy/prometheus/alerts.yml');
const PROMETHEUS_CONFIG = join(ROOT, 'deploy/prometheus/prometheus.yml');
const DASHBOARD = join(ROOT, 'deploy/grafana/miconsulado-dashboard.json');
const DEPLOYMENT_DOC = join(ROOT, 'docs/DEPLOYMENT.md');
const PROMTOOL = '/usr/bin/promtool';
const PROMETHEUS = '/usr/bin/prometheus';
const hasPromtool = existsSync(PROMTOOL);
const hasPrometheus = existsSync(PROMETHEUS);
const onPostgres = testDialect() === 'postgres';
const METRICS_TOKEN = 'deploy-monitoring-test-token-0123456789';
/** Why a block is skipped, in its name: dialect-independent checks run once, in the SQLite project. */
const onceOnSqlite = onPostgres ? ' (dialect-independent: runs in the SQLite project)' : '';
const unlessMissing = (binary: string, present: boolean) =>
  present ? '' : ` (skipped: ${binary} missing; install Debian's prometheus package)`;

interface AlertRule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface RuleFile {
  groups: { name: string; interval?: string; rules: AlertRule[] }[];
}
interface DashboardTarget {
  expr?: string;
  legendFormat?: string;
  refId?: string;
  datasource?: { type?: string; uid?: string };
}
interface DashboardPanel {
  id: number;
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  datasource?: { type?: string; uid?: string };
  targets?: DashboardTarget[];
  panels?: DashboardPanel[];
}
interface Dashboard {
  schemaVersion: number;
  title: string;
  uid: string;
  panels: DashboardPanel[];
  templating: { list: { name: string; type: string; query: unknown; definition?: string }[] };
}

const ruleFile = (): RuleFile => parseYaml(readFileSync(ALERTS, 'utf8')) as RuleFile;
const alertRules = () => ruleFile().groups.flatMap((g) => g.rules);
const dashboard = (): Dashboard => JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;

function allPanels(panels: DashboardPanel[]): DashboardPanel[] {
  return panels.flatMap((p) => [p, ...allPanels(p.panels ?? [])]);
}

/** Every PromQL query of the dashboard, with where it is (panel title or variable name). */
function dashboardQueries(d: Dashboard): { where: string; expr: string }[] {
  const panels = allPanels(d.panels).flatMap((p) =>
    (p.targets ?? []).map((t) => ({ where: `panel "${p.title}" ${t.refId ?? ''}`, expr: t.expr ?? '' })),
  );
  // A query variable's `label_values(<selector>, <label>)`: the selector is PromQL, the label is not.
  const variables = d.templating.list
    .filter((v) => v.type === 'query')
    .map((v) => {
      const text = typeof v.query === 'string' ? v.query : ((v.query as { query?: string }).query ?? '');
      const selector = /^label_values\((.*),\s*[A-Za-z_][A-Za-z0-9_]*\s*\)$/.exec(text.trim())?.[1] ?? text;
      return { where: `variable $${v.name}`, expr: selector };
    });
  return [...panels, ...variables];
}

/** A dashboard query's legend (`{{consulate}}`), found by the `where` dashboardQueries gave it. */
function legendOf(where: string): string {
  for (const panel of allPanels(dashboard().panels))
    for (const target of panel.targets ?? [])
      if (where === `panel "${panel.title}" ${target.refId ?? ''}`) return target.legendFormat ?? '';
  return '';
}

/** What Grafana puts in place of its variables before Prometheus sees a query. */
const withGrafanaVariables = (expr: string) =>
  expr
    .replaceAll('$__rate_interval', '1m')
    .replaceAll('$__range', '5m')
    .replaceAll('$__interval', '15s')
    .replaceAll('$instance', '.*');

/** Metric names read by the rules and the dashboard; `up` is Prometheus' own, not ours. */
function namesRead(): Map<string, string[]> {
  const readers = new Map<string, string[]>();
  const add = (name: string, where: string) => readers.set(name, [...(readers.get(name) ?? []), where]);
  for (const rule of alertRules())
    for (const name of promqlMetricNames(rule.expr)) add(name, `alert ${rule.alert}`);
  for (const { where, expr } of dashboardQueries(dashboard()))
    for (const name of promqlMetricNames(expr)) add(name, where);
  readers.delete('up');
  return readers;
}

/** Whether `name` is a series of an exported family: itself, or a histogram's _bucket/_sum/_count. */
function isExported(name: string, families: ReadonlyMap<string, ParsedFamily>): boolean {
  if (families.has(name)) return true;
  const suffix = /^(.*)_(bucket|sum|count)$/.exec(name);
  if (!suffix) return false;
  const family = families.get(suffix[1]!);
  return family?.type === 'HISTOGRAM' || (family?.type === 'SUMMARY' && suffix[2] !== 'bucket');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The shipped prometheus.yml with the token file and the rule file at paths of this test. */
function prometheusConfigFor(options: { tokenFile: string; target?: string; interval?: string }): string {
  const config = parseYaml(readFileSync(PROMETHEUS_CONFIG, 'utf8')) as {
    global: Record<string, string>;
    rule_files: string[];
    alerting?: unknown;
    scrape_configs: {
      job_name: string;
      authorization?: { credentials_file?: string };
      static_configs: { targets: string[] }[];
    }[];
  };
  config.rule_files = [ALERTS];
  const job = config.scrape_configs.find((c) => c.job_name === 'miconsulado');
  if (!job?.authorization) throw new Error('prometheus.yml has no miconsulado job with an authorization');
  job.authorization.credentials_file = options.tokenFile;
  if (options.target) {
    job.static_configs = [{ targets: [options.target] }];
    config.scrape_configs = [job];
    delete config.alerting;
  }
  if (options.interval) {
    config.global.scrape_interval = options.interval;
    config.global.scrape_timeout = options.interval;
    config.global.evaluation_interval = options.interval;
  }
  return stringifyYaml(config);
}

/**
 * Runs the rule cases (test/support/alert-rule-cases.ts) on `rules` without their annotations:
 * promtool compares annotations too, and the cases are about when and for what an alert fires.
 */
async function promtoolTestRules(name: string, rules: RuleFile): Promise<{ ok: boolean; output: string }> {
  for (const group of rules.groups) for (const rule of group.rules) delete rule.annotations;
  const dir = join(scratch, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'alerts.yml'), stringifyYaml(rules));
  writeFileSync(join(dir, 'minutes.test.yml'), stringifyYaml(MINUTE_CASES));
  writeFileSync(join(dir, 'hours.test.yml'), stringifyYaml(HOUR_CASES));
  const files = [join(dir, 'minutes.test.yml'), join(dir, 'hours.test.yml')];
  return run(PROMTOOL, ['test', 'rules', ...files]).then(
    ({ stdout, stderr }) => ({ ok: true, output: `${stdout}${stderr}` }),
    (error: { stdout?: string; stderr?: string }) => ({
      ok: false,
      output: `${error.stdout}${error.stderr}`,
    }),
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'deploy-monitoring-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('alerts.yml as an on-call person reads it (YAML parsed)', () => {
  test('every alert waits with for:, carries a severity, and says what it means and where its runbook is', () => {
    const rules = alertRules();
    expect(rules.length).toBeGreaterThanOrEqual(8);
    const doc = readFileSync(DEPLOYMENT_DOC, 'utf8');
    const monitoring = doc.slice(doc.indexOf('\n## Monitoring'));
    expect(monitoring.length, 'docs/DEPLOYMENT.md has a "## Monitoring" section').toBeGreaterThan(100);
    for (const rule of rules) {
      expect(rule.alert, `rule ${rule.expr} is an alert`).toMatch(/^MiConsulado[A-Z][A-Za-z0-9]+$/);
      expect(rule.for, `${rule.alert} has a for:`).toMatch(/^\d+[smh]$/);
      expect(['critical', 'warning'], `${rule.alert} severity`).toContain(rule.labels?.severity);
      expect(rule.annotations?.summary?.length, `${rule.alert} summary`).toBeGreaterThan(10);
      const runbook = /Runbook: docs\/DEPLOYMENT\.md "Monitoring", (MiConsulado\w+)\./.exec(
        rule.annotations?.description ?? '',
      )?.[1];
      expect(runbook, `${rule.alert}'s description names its runbook`).toBeDefined();
      expect(monitoring, `docs/DEPLOYMENT.md "Monitoring" has a section for ${runbook}`).toMatch(
        new RegExp(`\\n#### ${runbook}\\b`),
      );
    }
  });

  test('the issue’s situations each have an alert', () => {
    const exprs = alertRules().map((r) => r.expr);
    const reads = (name: string) => exprs.some((e) => promqlMetricNames(e).includes(name));
    expect(
      exprs.some((e) => /status=~"5\.\."/.test(e) && e.includes('http_request_duration_seconds_count')),
    ).toBe(true);
    for (const name of [
      'nodejs_eventloop_lag_p99_seconds',
      'miconsulado_outbox_lag_seconds',
      'miconsulado_message_queue_oldest_age_seconds',
      'miconsulado_service_level_ratio',
      'miconsulado_service_level_target_ratio',
      'up',
      'miconsulado_disk_free_bytes',
      'miconsulado_backup_last_success_timestamp_seconds',
    ])
      expect(reads(name), `an alert reads ${name}`).toBe(true);
  });
});

describe.skipIf(onPostgres)(`Grafana dashboard (JSON parsed)${onceOnSqlite}`, () => {
  test('loads as a dashboard: schema 39, a datasource and an instance variable, every panel on the grid reading $datasource', () => {
    const d = dashboard();
    expect(d.schemaVersion).toBe(39);
    expect(d.uid).toMatch(/^[a-z0-9-]{1,40}$/);
    const variables = Object.fromEntries(d.templating.list.map((v) => [v.name, v]));
    expect(variables.datasource?.type).toBe('datasource');
    expect(variables.datasource?.query).toBe('prometheus');
    expect(variables.instance?.type).toBe('query');
    const panels = allPanels(d.panels);
    expect(new Set(panels.map((p) => p.id)).size, 'panel ids are unique').toBe(panels.length);
    const cells = new Set<string>();
    for (const p of panels) {
      const { x, y, w, h } = p.gridPos;
      expect(x >= 0 && w > 0 && x + w <= 24 && h > 0, `"${p.title}" fits Grafana's 24 columns`).toBe(true);
      for (let col = x; col < x + w; col++)
        for (let row = y; row < y + h; row++) {
          expect(cells.has(`${col},${row}`), `"${p.title}" overlaps another panel at ${col},${row}`).toBe(
            false,
          );
          cells.add(`${col},${row}`);
        }
      if (p.type === 'row') continue;
      expect(p.datasource?.uid, `"${p.title}" reads the chosen datasource`).toBe('${datasource}');
      expect(p.targets?.length, `"${p.title}" has a query`).toBeGreaterThan(0);
      for (const t of p.targets ?? []) {
        expect(t.expr, `"${p.title}" ${t.refId}`).toMatch(/\S/);
        expect(t.expr, `"${p.title}" follows the instance variable`).toContain('instance=~"$instance"');
      }
    }
  });

  test('shows what the issue asks for a day at a glance', () => {
    const read = new Set(dashboardQueries(dashboard()).flatMap((q) => promqlMetricNames(q.expr)));
    for (const name of [
      'http_request_duration_seconds_count',
      'http_request_duration_seconds_bucket',
      'miconsulado_bookings_total',
      'miconsulado_cancellations_total',
      'miconsulado_holds_live',
      'miconsulado_calls_waiting',
      'miconsulado_calls_longest_wait_seconds',
      'miconsulado_service_level_ratio',
      'miconsulado_service_level_target_ratio',
      'miconsulado_message_queue_depth',
      'miconsulado_message_queue_oldest_age_seconds',
      'miconsulado_outbox_lag_seconds',
      'miconsulado_socket_connections',
      'nodejs_eventloop_lag_p99_seconds',
      'process_resident_memory_bytes',
      'miconsulado_disk_free_bytes',
      'miconsulado_sign_in_failures_total',
      'miconsulado_rate_limit_refusals_total',
      'miconsulado_db_pool_connections',
      'miconsulado_db_transaction_retries_total',
      'miconsulado_backup_last_success_timestamp_seconds',
    ])
      expect(read.has(name), `the dashboard shows ${name}`).toBe(true);
    const quantiles = dashboardQueries(dashboard())
      .map((q) => /histogram_quantile\((0\.\d+), sum by \(le, route\)/.exec(q.expr)?.[1])
      .filter(Boolean);
    expect(quantiles.sort()).toEqual(['0.5', '0.95', '0.99']);
  });
});

describe.skipIf(!hasPromtool || onPostgres)(
  `promtool (Debian prometheus package) on deploy/prometheus${unlessMissing(PROMTOOL, hasPromtool)}${onceOnSqlite}`,
  () => {
    test('promtool check rules accepts alerts.yml', async () => {
      const { stdout } = await run(PROMTOOL, ['check', 'rules', ALERTS]);
      expect(stdout).toMatch(new RegExp(`SUCCESS: ${alertRules().length} rules found`));
    });

    test('promtool check config accepts prometheus.yml as shipped (syntax) and with its token file in place (in full, rules included)', async () => {
      await run(PROMTOOL, ['check', 'config', '--syntax-only', PROMETHEUS_CONFIG]);
      const dir = join(scratch, 'check-config');
      mkdirSync(dir);
      const tokenFile = join(dir, 'token');
      writeFileSync(tokenFile, METRICS_TOKEN);
      writeFileSync(join(dir, 'prometheus.yml'), prometheusConfigFor({ tokenFile }));
      const { stdout } = await run(PROMTOOL, ['check', 'config', join(dir, 'prometheus.yml')]);
      expect(stdout).toMatch(/SUCCESS: .*prometheus\.yml is valid prometheus config file syntax/);
      expect(stdout).toMatch(new RegExp(`SUCCESS: ${alertRules().length} rules found`));
    });

    test('the alerts fire on the situations they describe and stay quiet otherwise (promtool test rules)', async () => {
      const outcome = await promtoolTestRules('rule-tests', ruleFile());
      expect(outcome.output).toMatch(/SUCCESS/);
      expect(outcome.ok, outcome.output).toBe(true);
    });

    test('those cases catch a broken rule: readiness 503s counted as failures make them fail', async () => {
      const broken = ruleFile();
      for (const group of broken.groups)
        for (const rule of group.rules) rule.expr = rule.expr.replaceAll('route!="/api/ready", ', '');
      const outcome = await promtoolTestRules('broken-rule-tests', broken);
      expect(outcome.ok).toBe(false);
      expect(outcome.output).toMatch(/FAILED[\s\S]*alertname: MiConsuladoHigh5xxRate/);
    });
  },
);

describe('what the monitoring reads is what the server exports', () => {
  let server: TestServer;
  let operator: Session;

  beforeAll(async () => {
    server = await startTestServer({
      METRICS_TOKEN,
      // A backups volume (and the backup gauge) as a site with scheduled backups has (SQLite only).
      ...(onPostgres ? {} : { BACKUP_DIR: join(scratch, 'backups') }),
    });
    operator = await login(server.url, 'operator1');
    await makeTraffic(server, operator);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('every metric named by the alert rules and the dashboard is in /metrics (text format parsed)', async () => {
    const response = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = new Map(parsePrometheusTextFormat(await response.text()).map((f) => [f.name, f]));
    expect(families.get('http_request_duration_seconds')?.type).toBe('HISTOGRAM');
    const read = namesRead();
    expect(read.size).toBeGreaterThan(20);
    const missing = [...read]
      .filter(([name]) => !isExported(name, families))
      .map(([name, where]) => `${name} (${where.join(', ')})`);
    expect(missing, 'metrics read but not exported').toEqual([]);
  });

  describe.skipIf(!hasPrometheus || onPostgres)(
    `a real Prometheus (Debian package) scraping the server${unlessMissing(PROMETHEUS, hasPrometheus)}${onceOnSqlite}`,
    () => {
      let prometheus: ChildProcess | undefined;
      let prometheusUrl = '';
      let prometheusLog = '';

      beforeAll(async () => {
        const dir = join(scratch, 'prometheus');
        mkdirSync(dir);
        const tokenFile = join(dir, 'token');
        writeFileSync(tokenFile, `${METRICS_TOKEN}\n`);
        writeFileSync(
          join(dir, 'prometheus.yml'),
          prometheusConfigFor({ tokenFile, target: `127.0.0.1:${server.port}`, interval: '1s' }),
        );
        const port = await freePort();
        prometheusUrl = `http://127.0.0.1:${port}`;
        // Prometheus (Go) reads the clock with its own system calls: libfaketime would not move it, so it
        // runs on the real clock. The server writes no timestamps into /metrics, so nothing disagrees.
        const env = Object.fromEntries(
          Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME')),
        );
        prometheus = spawn(
          PROMETHEUS,
          [
            `--config.file=${join(dir, 'prometheus.yml')}`,
            `--storage.tsdb.path=${join(dir, 'data')}`,
            `--web.listen-address=127.0.0.1:${port}`,
            '--log.level=warn',
          ],
          { env, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        prometheus.stdout?.on('data', (chunk: Buffer) => (prometheusLog += chunk.toString()));
        prometheus.stderr?.on('data', (chunk: Buffer) => (prometheusLog += chunk.toString()));
        await waitFor(
          async () => (await fetch(`${prometheusUrl}/-/ready`).catch(() => null))?.ok,
          30_000,
          'Prometheus to be ready',
        ).catch((error: Error) => {
          throw new Error(`${error.message}\n${prometheusLog}`);
        });
        // Three scrapes: rate() and increase() need two samples in their range.
        await waitFor(
          async () => nonEmpty((await query('count_over_time(up{job="miconsulado"}[1m]) >= 3')).data?.result),
          30_000,
          'three scrapes of the test server',
        ).catch(async (error: Error) => {
          const targets = await (await fetch(`${prometheusUrl}/api/v1/targets`)).text();
          throw new Error(`${error.message}\n${targets}\n${prometheusLog}`);
        });
      });
      afterAll(async () => {
        if (!prometheus || prometheus.exitCode !== null) return;
        const exited = new Promise((resolve) => prometheus!.once('exit', resolve));
        prometheus.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (prometheus.exitCode === null) prometheus.kill('SIGKILL');
      });

      /** waitFor returns any value but undefined, null and false: an empty answer must be null. */
      const nonEmpty = <T>(items: T[] | undefined): T[] | null => (items && items.length > 0 ? items : null);
      const query = async (expr: string) => {
        const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(expr)}`);
        return (await response.json()) as {
          status: string;
          error?: string;
          data?: { result: { metric: Record<string, string>; value: [number, string] }[] };
        };
      };

      test('scrapes the instance with the bearer token file and stores its labelled series', async () => {
        const up = await waitFor(
          async () => (await query('up{job="miconsulado"}')).data?.result.find((r) => r.value[1] === '1'),
          30_000,
          'up{job="miconsulado"} == 1',
        ).catch((error: Error) => {
          throw new Error(`${error.message}\n${prometheusLog}`);
        });
        expect(up.metric.instance).toBe(`127.0.0.1:${server.port}`);
        const requests = await waitFor(
          async () =>
            nonEmpty((await query('http_request_duration_seconds_count{job="miconsulado"}')).data?.result),
          15_000,
          'request series',
        );
        const routes = new Set(requests.map((r) => r.metric.route));
        // Route templates, never a URL with an id in it.
        expect(routes).toContain('/api/appointments');
        expect(routes).toContain('/api/appointments/:id/cancel');
        const bookings = (await query('miconsulado_bookings_total{job="miconsulado"}')).data?.result ?? [];
        expect(bookings.map((r) => r.metric.consulate)).toContain('PHX');
      });

      test('evaluates every alert rule without an error', async () => {
        type Rules = {
          data: {
            groups: {
              rules: { name: string; health: string; lastError?: string; lastEvaluation: string }[];
            }[];
          };
        };
        const expected = alertRules().map((r) => r.alert);
        const rules = await waitFor(
          async () => {
            const body = (await (await fetch(`${prometheusUrl}/api/v1/rules`)).json()) as Rules;
            const all = body.data.groups.flatMap((g) => g.rules);
            return all.length === expected.length && all.every((r) => r.health !== 'unknown') ? all : null;
          },
          20_000,
          'every rule evaluated',
        );
        expect(rules.map((r) => r.name).sort()).toEqual([...expected].sort());
        expect(
          rules.filter((r) => r.health !== 'ok').map((r) => `${r.name}: ${r.health} ${r.lastError ?? ''}`),
        ).toEqual([]);
        // Nothing is wrong with a fresh test server: no alert fires.
        const alerts = (await (await fetch(`${prometheusUrl}/api/v1/alerts`)).json()) as {
          data: { alerts: { labels: { alertname: string }; state: string }[] };
        };
        expect(alerts.data.alerts.filter((a) => a.state === 'firing').map((a) => a.labels.alertname)).toEqual(
          [],
        );
      });

      test('answers every dashboard query, and each panel shows data unless nothing happened for it', async () => {
        // What a fresh test server has not had: no 5xx, no scheduled backup yet, no routed call with an
        // outcome today (no service level), no 429, no transaction retried, no live hold left.
        const nothingHappened = [
          'panel "5xx by route" A',
          'panel "Last good backup" A',
          'panel "Service level vs target by queue" A',
          'panel "Rate-limit refusals by limit" A',
          'panel "Holds live by consulate" A',
        ];
        const failures: string[] = [];
        const empty: string[] = [];
        for (const { where, expr } of dashboardQueries(dashboard())) {
          const answer = await query(withGrafanaVariables(expr));
          if (answer.status !== 'success') failures.push(`${where}: ${answer.error}`);
          else if ((answer.data?.result.length ?? 0) === 0) empty.push(where);
        }
        expect(failures).toEqual([]);
        expect(empty.filter((where) => !nothingHappened.includes(where))).toEqual([]);
      });

      test('the labels the dashboard and the alerts group by and name in legends are labels of their metrics', async () => {
        const queries = [
          ...dashboardQueries(dashboard()).map((q) => ({ ...q, legend: legendOf(q.where) })),
          ...alertRules().map((r) => ({
            where: `alert ${r.alert}`,
            expr: r.expr,
            // The annotations' {{ $labels.queue }} as a legend's {{queue}}.
            legend: [
              ...Object.values(r.annotations ?? {})
                .join(' ')
                .matchAll(/\$labels\.(\w+)/g),
            ]
              .map((m) => `{{${m[1]}}}`)
              .join(' '),
          })),
        ];
        const labelsOf = new Map<string, Set<string>>();
        const wrong: string[] = [];
        for (const { where, expr, legend } of queries) {
          const used = new Set([
            ...[...expr.matchAll(/\b(?:by|without|on|ignoring)\s*\(([^)]*)\)/g)].flatMap((m) =>
              m[1]!.split(',').map((l) => l.trim()),
            ),
            ...[...legend.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!),
          ]);
          used.delete('');
          const known = new Set<string>();
          for (const name of promqlMetricNames(expr)) {
            if (!labelsOf.has(name)) {
              const response = await fetch(
                `${prometheusUrl}/api/v1/series?match[]=${encodeURIComponent(name)}`,
              );
              const series = ((await response.json()) as { data: Record<string, string>[] }).data;
              labelsOf.set(name, new Set(series.flatMap((labels) => Object.keys(labels))));
            }
            for (const label of labelsOf.get(name)!) known.add(label);
          }
          // Series not there yet (nothing happened for them in the test) cannot say: those are skipped.
          if (known.size === 0) continue;
          for (const label of used) if (!known.has(label)) wrong.push(`${where}: ${label}`);
        }
        expect(wrong).toEqual([]);
      });
    },
  );
});

/** A few requests of each kind the figures count: a booking, a cancellation, a wrong sign-in, a 404. */
async function makeTraffic(server: TestServer, operator: Session): Promise<void> {
  const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
  const applicant = await createApplicant(operator.api);
  const appointment = await book(operator.api, {
    slotId: slot.id,
    applicantId: applicant.id,
    procedureId: 'matricula',
  });
  const cancelled = await operator.api.request('POST', `/api/appointments/${appointment.id}/cancel`, {
    body: {},
  });
  expect([200, 204], `cancel answered ${cancelled.status} ${JSON.stringify(cancelled.body)}`).toContain(
    cancelled.status,
  );
  const other = await createApplicant(operator.api);
  const held = await hold(operator.api, { slotId: slot.id, applicantId: other.id, procedureId: 'matricula' });
  expect((await postConfirm(operator.api, held.id)).status).toBe(201);
  const wrong = await new ApiClient(server.url).post('/api/auth/login', {
    username: 'operator2',
    password: 'wrong-password',
  });
  expect(wrong.status).toBe(401);
  expect((await new ApiClient(server.url).get('/api/no-such-thing')).status).toBe(404);
}
