/**
 * The random choices of test fixtures (a caller's names and birth date, which slot, which
 * consulate), drawn from a seed so that a failure can be replayed: a failing test prints
 * `FIXTURE_SEED=<n>` (renderer/src/testing/setup-tests.ts); run the file again with that variable
 * set and it makes the same choices. The files of one run share one test server, so each file
 * mixes its own path into the seed: two files never draw the same callers.
 */
import { expect } from 'vitest';

function runSeed(): number {
  const given = process.env.FIXTURE_SEED;
  if (given === undefined || given === '') return crypto.getRandomValues(new Uint32Array(1))[0]!;
  if (!/^\d{1,10}$/.test(given) || Number(given) > 0xffffffff)
    throw new Error(`FIXTURE_SEED must be an integer from 0 to ${0xffffffff}, not "${given}"`);
  return Number(given);
}

/** FNV-1a of the test file's path, relative to the repository (the same on every machine). */
function pathHash(path: string): number {
  const relative = path.slice(Math.max(0, path.indexOf('renderer/')));
  let hash = 0x811c9dc5;
  for (let i = 0; i < relative.length; i++) hash = Math.imul(hash ^ relative.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const seed = runSeed();
let state = (seed ^ pathHash(expect.getState().testPath ?? '')) >>> 0;
let used = false;

/** mulberry32: a float in [0, 1) from this file's sequence. */
export function fixtureRandom(): number {
  used = true;
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [0, maxExclusive). */
export const fixtureInt = (maxExclusive: number): number => Math.floor(fixtureRandom() * maxExclusive);

/** One of the items (the list must not be empty). */
export const fixturePick = <T>(items: readonly T[]): T => items[fixtureInt(items.length)] as T;

/** What a failing test prints so that its fixtures can be drawn again; null when it drew none. */
export const fixtureSeedNote = (): string | null =>
  used ? `fixtures drawn with FIXTURE_SEED=${seed} (set it to replay this file's choices)` : null;
