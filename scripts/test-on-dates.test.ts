/**
 * `npm run test:dates` as someone runs it: it says so when faketime is missing, runs vitest with
 * the faked date reaching the tests, and fails naming the date on which something failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'scripts/test-on-dates.sh');
const scratch = mkdtempSync(join(tmpdir(), 'miconsulado-test-dates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync('/bin/bash', [SCRIPT, ...args], {
    cwd: ROOT,
    env: { HOME: process.env.HOME ?? scratch, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const faketimeInstalled =
  spawnSync('/bin/sh', ['-c', 'command -v faketime'], { encoding: 'utf8' }).status === 0;

// Each of these runs vitest once more, inside this run: seconds on a quiet machine, more beside the
// other test files (two at a time) than vitest's default 5 s.
const NESTED_RUN_TIMEOUT_MS = 60_000;

describe('scripts/test-on-dates.sh', { timeout: NESTED_RUN_TIMEOUT_MS }, () => {
  it('says that faketime is missing and how to install it, and fails', () => {
    // A PATH with what the script needs before its check, and no faketime.
    const bin = join(scratch, 'bin-without-faketime');
    mkdirSync(bin);
    symlinkSync('/usr/bin/dirname', join(bin, 'dirname'));
    const { code, out } = run([], { PATH: bin });
    expect(code).toBe(2);
    expect(out).toMatch(/faketime is missing.*apt-get install -y faketime/);
  });

  it.skipIf(!faketimeInstalled)('runs the tests on the faked date and passes when they pass', () => {
    const { code, out } = run(['unit', '--', 'shared/domain/time/local-date.test.ts'], {
      PATH: process.env.PATH ?? '',
      TEST_DATES: '2027-01-01 04:00:00 UTC',
      TEST_DATES_OUT: join(scratch, 'passing'),
    });
    expect(out).toContain('(node sees 2027-01-01T04:00');
    expect(out).toMatch(/2027-01-01 04:00:00 UTC: \d+ passed, 0 failed/);
    expect(out).toContain('passed on all 1 dates');
    expect(code).toBe(0);
  });

  it.skipIf(!faketimeInstalled)('goes on to the next date after a failing one, and fails naming it', () => {
    const { code, out } = run(['no-such-project'], {
      PATH: process.env.PATH ?? '',
      TEST_DATES: '2027-03-14 08:59:00 UTC;2027-02-07 16:30:00 UTC',
      TEST_DATES_OUT: join(scratch, 'failing'),
    });
    expect(out).toContain('no-such-project at 2027-03-14 08:59:00 UTC');
    expect(out).toContain('no-such-project at 2027-02-07 16:30:00 UTC');
    expect(out).toContain('FAILED on 2 of 2 dates: 2027-03-14 08:59:00 UTC; 2027-02-07 16:30:00 UTC');
    expect(code).toBe(1);
  });
});
