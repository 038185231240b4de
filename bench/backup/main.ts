/**
 * `npx tsx bench/backup/main.ts`: the backup bench alone (BENCH_BACKUP_APPLICANTS, 200,000 by
 * default), its table printed and bench/results/backup.json written like `npm run bench`'s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { formatTable, machine, writeResult } from '../lib/report';
import { runBackupBench } from './backup-bench';

const dir = mkdtempSync(join(tmpdir(), 'miconsulado-bench-backup-'));
const m = machine();
const started = performance.now();
try {
  const applicants = Number(process.env.BENCH_BACKUP_APPLICANTS || 200_000);
  const outcome = await runBackupBench({ dir, applicants, log: (line) => console.log(`  ${line}`) });
  console.log(`\n${formatTable(outcome.figures)}`);
  for (const note of outcome.notes) console.log(`  · ${note}`);
  writeResult(fileURLToPath(new URL('../results/', import.meta.url)), {
    bench: 'backup',
    date: new Date().toISOString(),
    node: m.node,
    cpus: m.cpus,
    cpuModel: m.cpuModel,
    loadAverage: { start: m.load, end: machine().load },
    durationSeconds: (performance.now() - started) / 1000,
    figures: outcome.figures,
    notes: outcome.notes,
    details: outcome.details,
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
