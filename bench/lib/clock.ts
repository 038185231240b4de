import { performance } from 'node:perf_hooks';

/**
 * Milliseconds on a clock that every process of this machine shares: `performance.timeOrigin` is
 * the process's start on the wall clock (to the microsecond), `performance.now()` is monotonic from
 * there. A timestamp taken in one process can be subtracted from one taken in another; the offset
 * between two processes is measured by `measureClockOffset` and reported.
 */
export const sharedNow = () => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Rejects after `ms` with a message naming what took too long. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
