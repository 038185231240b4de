/**
 * What recording who looked costs a read: on a SQLite file with 20,000 applicants and a million
 * reads already recorded (about two weekdays at 35,000 calls and several reads each), the
 * applicants service's CURP search and record read — each now one INSERT in its own transaction,
 * after looking up the reader's open call — against the same search and lookup alone, interleaved
 * in one process, one at a time and 32 at once (group commit shares one fsync among the reads that
 * wait together). Then the lead's listing (a page of 50 of one person's reads) at that volume.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Actor } from '../../server/kernel/actor';
import { migrateToLatest } from '../../server/platform/db/migrate';
import { openSqlite } from '../../server/platform/db/sqlite-connection';
import { groupCommitTransact } from '../../server/platform/db/transaction-runner';
import {
  findApplicantInSandboxes,
  insertApplicants,
} from '../../server/modules/applicants/applicant-repository';
import { createApplicantService } from '../../server/modules/applicants/applicant-service';
import { createApplicantSearch } from '../../server/modules/applicants/search/applicant-search';
import { loadNameVocabulary } from '../../server/modules/applicants/search/name-vocabulary';
import { findCurrentCallOf } from '../../server/modules/calls/call-repository';
import { generateApplicants } from '../../server/seed/generators/applicant-generator';
import { figure, percentile, sortNumbers, type BenchFigure } from '../lib/figures';

const BENCH = 'record-reads';
const APPLICANTS = 20_000;
const QUERIES = 2_000;
const CONCURRENCY = 32;

export interface RecordReadsBenchOptions {
  dir: string;
  log?: (line: string) => void;
  /** Reads recorded before measuring (default 1,000,000). */
  existingReads?: number;
}

export async function runRecordReadsBench(options: RecordReadsBenchOptions): Promise<BenchFigure[]> {
  const log = options.log ?? (() => {});
  const existing = options.existingReads ?? 1_000_000;
  const path = join(options.dir, 'record-reads-bench.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const { db, raw } = openSqlite(path);
  try {
    await migrateToLatest(db as never, 'sqlite');
    const people = [...generateApplicants({ count: APPLICANTS, seed: 4_242 })];
    await db.transaction().execute((trx) =>
      insertApplicants(
        trx,
        people.map((a) => ({
          ...a,
          sandbox: 'live',
          noCurpReason: null,
          createdAt: '2026-12-01T15:00:00.000Z',
          createdBy: null,
        })),
      ),
    );
    log(`${APPLICANTS} applicants; recording ${existing} earlier reads`);
    // Earlier reads spread over the applicants and two days, as a busy center leaves them.
    const ids = people.map((p) => p.id);
    const insert = raw.prepare(
      `insert into applicant_reads (applicant_id, at, reader_id, reader_role, call_id, kind, sandbox)
       values (?, ?, ?, 'operator', ?, ?, 'live')`,
    );
    const start = Date.parse('2026-12-04T14:00:00.000Z');
    raw.transaction(() => {
      for (let i = 0; i < existing; i++)
        insert.run(
          ids[(i * 7_919) % ids.length],
          new Date(start + i * 170).toISOString(),
          `usr_op${i % 40}`,
          `cll_${Math.floor(i / 4)}`,
          i % 5 === 0 ? 'screen_pop' : 'search',
        );
    })();
    const vocabulary = await loadNameVocabulary(db);
    const service = createApplicantService({
      db,
      transact: groupCommitTransact(db),
      clock: () => new Date(),
      search: createApplicantSearch(db, vocabulary),
      vocabulary,
      currentCallOf: async (actor) => (await findCurrentCallOf(db, actor.sandbox, actor.userId))?.id ?? null,
    });
    const search = createApplicantSearch(db, vocabulary);
    const actor: Actor = { userId: 'usr_op1', role: 'operator', sandbox: 'live', callId: null };

    const samples = {
      search: [] as number[],
      searchBase: [] as number[],
      read: [] as number[],
      readBase: [] as number[],
    };
    const time = async (into: number[], run: () => Promise<unknown>) => {
      const t0 = performance.now();
      await run();
      into.push(performance.now() - t0);
    };
    for (let i = 0; i < QUERIES + 200; i++) {
      const person = people[(i * 104_729) % people.length]!;
      const keep = i >= 200; // the first 200 warm up
      const [a, b, c, d] = keep
        ? [samples.search, samples.searchBase, samples.read, samples.readBase]
        : [[], [], [], []];
      // Interleaved, alternating which goes first.
      if (i % 2 === 0) {
        await time(a, () => service.search(actor, person.curp, 8));
        await time(b, () => search.search(['live'], person.curp, 9));
      } else {
        await time(b, () => search.search(['live'], person.curp, 9));
        await time(a, () => service.search(actor, person.curp, 8));
      }
      await time(c, () => service.read(actor, person.id));
      await time(d, () => findApplicantInSandboxes(db, ['live'], person.id));
    }
    // Many consoles at once: concurrent recorded searches share commits (group commit), 32 at a time.
    const concurrent = async (run: (i: number) => Promise<unknown>) => {
      const latencies: number[] = [];
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < QUERIES) {
            const i = next++;
            await time(latencies, () => run(i));
          }
        }),
      );
      return {
        perSecond: (QUERIES / (performance.now() - t0)) * 1000,
        p50: percentile(sortNumbers(latencies), 50),
      };
    };
    const curpOf = (i: number) => people[(i * 7_919 + 13) % people.length]!.curp;
    const plainLoad = await concurrent((i) => search.search(['live'], curpOf(i), 9));
    const recordedLoad = await concurrent((i) => service.search(actor, curpOf(i), 8));
    const listing: number[] = [];
    for (let i = 0; i < 200; i++) {
      const person = people[(i * 31) % people.length]!;
      await time(listing, () => service.listReads({ ...actor, role: 'lead' }, person.id, { limit: 50 }));
    }
    const total = Number(
      (await sql<{ n: number }>`select count(*) as n from applicant_reads`.execute(db)).rows[0]!.n,
    );
    const s = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, sortNumbers(v)])) as Record<
      keyof typeof samples,
      number[]
    >;
    const pair = (name: string, value: number[], base: number[], baseName: string, p: number) =>
      figure({
        bench: BENCH,
        name: `${name} p${p}`,
        value: percentile(value, p),
        unit: 'ms',
        baseline: { name: `${baseName} p${p}`, value: percentile(base, p) },
      });
    return [
      pair('CURP search, each hit recorded', s.search, s.searchBase, 'the same search alone', 50),
      pair('CURP search, each hit recorded', s.search, s.searchBase, 'the same search alone', 99),
      pair('record read, recorded', s.read, s.readBase, 'the same lookup alone', 50),
      pair('record read, recorded', s.read, s.readBase, 'the same lookup alone', 99),
      figure({
        bench: BENCH,
        name: `CURP searches per second, ${CONCURRENCY} at once, each hit recorded`,
        value: recordedLoad.perSecond,
        unit: '/s',
        baseline: { name: `the same searches alone, ${CONCURRENCY} at once`, value: plainLoad.perSecond },
      }),
      figure({
        bench: BENCH,
        name: `CURP search p50, ${CONCURRENCY} at once, each hit recorded`,
        value: recordedLoad.p50,
        unit: 'ms',
        baseline: { name: `the same searches alone, ${CONCURRENCY} at once, p50`, value: plainLoad.p50 },
      }),
      figure({
        bench: BENCH,
        name: `who looked: a page of 50 at ${total.toLocaleString('en')} reads, p50`,
        value: percentile(sortNumbers(listing), 50),
        unit: 'ms',
        goal: '≤ 20 ms',
        pass: percentile(sortNumbers(listing), 50) <= 20,
      }),
    ];
  } finally {
    await db.destroy();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}
