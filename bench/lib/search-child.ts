/**
 * Runs bench/search/search-bench.ts in a child process of `npm run bench`, so that its long
 * synchronous stretches (building a million applicants) can be bounded: the parent kills this
 * process when the bench's time is up. Progress lines go to stdout, which the parent echoes.
 */
import { runSearchBench } from '../search/search-bench';
import { serveParent } from './child';
import type { BenchFigure } from './figures';

export type SearchChildIn = { type: 'run'; applicants: number; dir: string };
export type SearchChildOut = { type: 'done'; figures: BenchFigure[] };

serveParent<SearchChildIn, SearchChildOut>(async (message, reply) => {
  const figures = await runSearchBench({
    applicants: message.applicants,
    dir: message.dir,
    log: (line) => console.log(line),
  });
  reply({ type: 'done', figures });
});
