/**
 * `SIMULATE_CALLS`: `off` places no call; `demo` one call every 20–40 s while someone is signed in
 * (`npm start`'s default), whatever the hour, so a newcomer sees calls ring; a number N replays the
 * traffic model's days N times faster than real time (1: MiConsulado's real day at its real pace,
 * only in phone hours; 60: a 13-hour weekday in 13 minutes), arrivals, patience and talk alike.
 */
export type SimulationMode =
  | { kind: 'off' }
  | { kind: 'demo'; minGapSeconds: number; maxGapSeconds: number }
  | { kind: 'accelerated'; factor: number };

/** The demo's gentle rate: a call every 20 to 40 seconds. */
export const DEMO_GAP_SECONDS = { min: 20, max: 40 } as const;

/** The values `SIMULATE_CALLS` takes (the server's configuration checks them with this). */
export const SIMULATE_CALLS_PATTERN = /^(off|demo|[0-9]+(\.[0-9]+)?)$/;
export const MAX_ACCELERATION = 3600;

export function parseSimulationMode(value: string): SimulationMode {
  if (value === 'off') return { kind: 'off' };
  if (value === 'demo')
    return { kind: 'demo', minGapSeconds: DEMO_GAP_SECONDS.min, maxGapSeconds: DEMO_GAP_SECONDS.max };
  const factor = Number(value);
  if (!SIMULATE_CALLS_PATTERN.test(value) || !(factor > 0) || factor > MAX_ACCELERATION)
    throw new RangeError(
      `SIMULATE_CALLS must be off, demo, or an acceleration factor above 0 and at most ${MAX_ACCELERATION}; got "${value}"`,
    );
  return { kind: 'accelerated', factor };
}
