/**
 * Runs the applicant search bench on its own: `npx tsx bench/search/main.ts [applicants]`
 * (default 1,000,000; `200000`, `200_000` and `200k` are accepted). Also measures with the whole
 * database in SQLite's page cache unless SEARCH_BENCH_HOT=0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFigure } from '../lib/figures';
import { runSearchBench } from './search-bench';

function parseCount(arg: string | undefined): number {
  if (arg === undefined) return 1_000_000;
  const match = /^(\d[\d_,]*)([kKmM]?)$/.exec(arg.trim());
  const multiplier =
    match?.[2]?.toLowerCase() === 'k' ? 1_000 : match?.[2]?.toLowerCase() === 'm' ? 1_000_000 : 1;
  const count = match ? Number((match[1] as string).replace(/[_,]/g, '')) * multiplier : Number.NaN;
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`applicants must be a positive integer, got "${arg}"`);
  return count;
}

const format = (value: number, unit: string) =>
  unit === 'ratio' ? value.toFixed(3) : `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ${unit}`;

function printTable(figures: BenchFigure[]) {
  const rows = figures.map((f) => ({
    figure: f.name,
    value: format(f.value, f.unit),
    baseline: f.baseline ? `${format(f.baseline.value, f.unit)} (${f.baseline.name})` : '',
    ratio: f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
    goal: f.goal ?? '',
    pass: f.pass === undefined ? '' : f.pass ? 'yes' : 'NO',
  }));
  const columns = ['figure', 'value', 'baseline', 'ratio', 'goal', 'pass'] as const;
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
}

const applicants = parseCount(process.argv[2]);
const dir = mkdtempSync(join(tmpdir(), 'search-bench-'));
try {
  console.log(`applicant search bench: ${applicants.toLocaleString('en-US')} applicants in ${dir}`);
  // Standalone, also measure with the whole database in SQLite's cache (storage vs. code).
  const figures = await runSearchBench({
    applicants,
    dir,
    log: (l) => console.log(l),
    hotCache: process.env.SEARCH_BENCH_HOT !== '0',
  });
  printTable(figures);
  if (figures.some((f) => f.pass === false)) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
