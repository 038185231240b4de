/**
 * The variables that put a process on the same faked clock as this one, when the suite runs under
 * Debian's `faketime` (scripts/test-on-dates.sh): its wrapper preloads libfaketime (`LD_PRELOAD`)
 * with an offset from the real time (`FAKETIME=+8581851`) and shared state (`FAKETIME_SHARED`)
 * that every child reads. A server spawned with a clean environment would otherwise run on the
 * real date while the test runs months away from it. Empty when the suite runs on the real clock.
 */
export function fakedClockEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  if (env.FAKETIME === undefined) return {};
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (
      name === 'LD_PRELOAD' ||
      name === 'FAKETIME' ||
      name.startsWith('FAKETIME_') ||
      name === 'DONT_FAKE_MONOTONIC'
    )
      out[name] = value;
  }
  return out;
}
