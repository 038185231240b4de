import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchFigure } from './figures';

export interface BenchResult {
  bench: string;
  /** ISO instant the bench finished. */
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  /** 1-minute load average when the bench started and finished: other work on the machine skews timings. */
  loadAverage: { start: number; end: number };
  durationSeconds: number;
  figures: BenchFigure[];
  /** Setup and method, for whoever reads the numbers. */
  notes: string[];
  /** Extra measurements that explain the figures (not goals). */
  details?: Record<string, unknown>;
  error?: string;
}

export const machine = () => ({
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  load: loadavg()[0] ?? 0,
});

/** A number with as many digits as its size deserves (the unit has a column of its own). */
export function formatNumber(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'count') return String(value);
  if (unit === 'ratio') return value.toFixed(3);
  const digits = Math.abs(value) < 10 ? 3 : Math.abs(value) < 1000 ? 1 : 0;
  return value.toFixed(digits);
}

const rowsOf = (figures: readonly BenchFigure[]) =>
  figures.map((f) => ({
    name: f.name,
    value: formatNumber(f.value, f.unit),
    unit: f.unit,
    baseline: f.baseline ? `${formatNumber(f.baseline.value, f.unit)} (${f.baseline.name})` : '',
    ratio: f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
    goal: f.goal ?? '',
    pass: f.pass === undefined ? '' : f.pass ? 'yes' : 'NO',
  }));
const columns = ['name', 'value', 'unit', 'baseline', 'ratio', 'goal', 'pass'] as const;

/** A fixed-width table for the terminal. */
export function formatTable(figures: readonly BenchFigure[]): string {
  const rows = rowsOf(figures);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => r[c]))),
  ].join('\n');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(figures: readonly BenchFigure[]): string {
  const rows = rowsOf(figures);
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${columns.map((c) => escapeCell(r[c])).join(' | ')} |`),
  ].join('\n');
}

function writeAtomically(path: string, text: string) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** `<dir>/<bench>.json`, then `latest.md` rebuilt from every bench's last result in `dir`. */
export function writeResult(dir: string, result: BenchResult) {
  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, `${result.bench}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeAtomically(join(dir, 'latest.md'), latestMarkdown(readResults(dir)));
}

const ORDER = ['fanout', 'booking', 'commit', 'routing', 'search'];
const rank = (bench: string) =>
  ORDER.findIndex((name) => bench === name || bench.startsWith(`${name}-`)) + 1 || 99;

export function readResults(dir: string): BenchResult[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as BenchResult)
    .filter((r) => Array.isArray(r.figures))
    .sort((a, b) => rank(a.bench) - rank(b.bench) || a.bench.localeCompare(b.bench));
}

export function latestMarkdown(results: readonly BenchResult[]): string {
  const m = machine();
  const out = [
    '# Bench results',
    '',
    `Written by \`npm run bench\` (bench/run.ts). Each figure is compared with a baseline measured in the same run, on the same machine.`,
    '',
    `Last written ${new Date().toISOString()} on Node ${m.node}, ${m.cpus} × ${m.cpuModel}.`,
    '',
  ];
  for (const r of results) {
    const pass = r.figures.filter((f) => f.pass !== undefined);
    out.push(
      `## ${r.bench}`,
      '',
      `${r.date} · Node ${r.node} · ${r.cpus} CPUs (${r.cpuModel}) · load average ${r.loadAverage.start.toFixed(2)} → ${r.loadAverage.end.toFixed(2)} · ${r.durationSeconds.toFixed(0)} s` +
        (pass.length ? ` · goals met: ${pass.filter((f) => f.pass).length}/${pass.length}` : ''),
      '',
    );
    if (r.error) out.push(`**Failed:** ${escapeCell(r.error)}`, '');
    if (r.figures.length) out.push(markdownTable(r.figures), '');
    if (r.notes.length) out.push(...r.notes.map((n) => `- ${n}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
