/** Figures the end-to-end tests measure, printed and kept in test-results/ for the closing note. */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../../../test-results/e2e-measurements.json', import.meta.url));

export function recordMeasurement(name: string, value: unknown): void {
  mkdirSync(fileURLToPath(new URL('../../../test-results', import.meta.url)), { recursive: true });
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all[name] = value;
  writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
  console.info(`measured ${name}: ${JSON.stringify(value)}`);
}
