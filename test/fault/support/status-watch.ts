/** Polls one path of every instance at a steady pace and keeps each answer, for a timeline of a fault. */
import { send } from './fault-http';

export interface StatusSample {
  /** ms since the watch started */
  at: number;
  url: string;
  /** HTTP status, or 0 for no answer */
  status: number;
  ms: number;
}

export function watchStatus(
  urls: readonly string[],
  path: string,
  everyMs: number,
): { samples: StatusSample[]; stop(): Promise<StatusSample[]> } {
  const samples: StatusSample[] = [];
  const started = performance.now();
  let stopped = false;
  const loops = urls.map(async (url) => {
    while (!stopped) {
      const at = performance.now() - started;
      const outcome = await send(url, 'GET', path, { timeoutMs: 10_000 });
      samples.push({ at, url, status: outcome.kind === 'answer' ? outcome.status : 0, ms: outcome.ms });
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  });
  return {
    samples,
    async stop() {
      stopped = true;
      await Promise.all(loops);
      return samples;
    },
  };
}
