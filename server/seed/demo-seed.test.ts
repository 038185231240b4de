import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyPassword } from '../modules/auth/passwords';
import { loadConfig } from '../platform/config';
import { builderBulkInsert, type BulkInsert } from '../platform/db/bulk-insert';
import { openDatabase } from '../platform/db/database';
import { describeEachDialect, describePostgres } from '../../test/support/each-dialect';
import { openTestDatabase, type TestDialect, type TestDatabase } from '../../test/support/test-database';
import { seedDemoIfEmpty, type DemoSeedOptions } from './demo-seed';

const CLOCK = () => new Date('2026-03-01T18:00:00.000Z');
const SMALL: DemoSeedOptions = {
  SEED_APPLICANTS: 2000,
  SEED_DAYS: 7,
  SEED_START: '2026-03-02',
  DEMO_PASSWORD: 'demo-test-pw',
};

const opened: TestDatabase[] = [];
/**
 * Seeds a fresh database; `fast` writes as the server does on that dialect (SQLite: prepared
 * single-row inserts; PostgreSQL: multi-row inserts, the same as the builder's).
 */
async function seeded(
  dialect: TestDialect,
  options: DemoSeedOptions,
  o: { fast?: boolean; log?: (line: string) => void } = {},
) {
  const t = await openTestDatabase({ dialect });
  opened.push(t);
  const bulk: BulkInsert = o.fast ? t.bulkInsert : builderBulkInsert;
  const wrote = await seedDemoIfEmpty(t.db, options, CLOCK, o.log ?? (() => {}), bulk);
  return { t, wrote };
}

afterAll(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

const count = (t: TestDatabase, query: string) => t.count(sql.raw(query));
const rows = (t: TestDatabase, query: string) => t.rows(sql.raw(query));
const APPLICANTS =
  'select id, sandbox, curp, given_names, first_surname, second_surname, birth_date, phone, email, created_at from applicants order by id';
const TABLES = [
  'consulates',
  'office_sessions',
  'closed_days',
  'procedures',
  'fee_schedule',
  'slots',
  'applicants',
  'applicant_name_tokens',
  'name_vocabulary',
  'users',
];

// Hashing the 48 demo users' passwords (scrypt, N = 2^15) dominates a small seed: seconds, not
// milliseconds. Two small seeds are written once and shared by these tests.
describeEachDialect('a small demo seed', (dialect) => {
  let a: TestDatabase;
  let b: TestDatabase;
  let wrote: boolean[];

  beforeAll(async () => {
    const [first, second] = await Promise.all([
      seeded(dialect, SMALL),
      seeded(dialect, SMALL, { fast: true }),
    ]);
    [a, b] = [first.t, second.t];
    wrote = [first.wrote, second.wrote];
  }, 120_000);

  it('is deterministic: the same applicants, CURPs, name tokens and slots twice (whichever way rows are written)', async () => {
    expect(wrote).toEqual([true, true]);
    const applicants = await rows(a, APPLICANTS);
    expect(applicants).toHaveLength(2000 + 2000);
    expect(await rows(b, APPLICANTS)).toEqual(applicants);
    for (const query of [
      'select id, capacity from slots order by id',
      'select sandbox, token, applicant_id from applicant_name_tokens order by 1, 2, 3',
      'select token, applicant_count from name_vocabulary order by token',
      'select id, username, role from users order by id',
    ]) {
      expect(await rows(b, query)).toEqual(await rows(a, query));
    }
  });

  it('has the 57 consulates, slots for SEED_DAYS days from SEED_START, and distinct well-formed CURPs', async () => {
    expect(await count(a, 'select count(*) as n from consulates')).toBe(57);
    expect(await count(a, 'select count(distinct consulate_id) as n from slots')).toBe(57);
    expect(await a.row(sql`select min(local_date) as first, max(local_date) as last from slots`)).toEqual({
      first: '2026-03-02',
      last: '2026-03-07',
    }); // Sunday 8 is closed everywhere
    expect(await count(a, 'select count(*) as n from slots where held <> 0 or booked <> 0')).toBe(0);
    expect(await count(a, `select count(*) as n from applicants where sandbox = 'live'`)).toBe(2000);
    expect(await count(a, `select count(*) as n from applicants where sandbox = 'practice'`)).toBe(2000);
    expect(await count(a, `select count(distinct curp) as n from applicants where sandbox = 'live'`)).toBe(
      2000,
    );
    expect(await count(a, 'select count(*) as n from applicants where length(curp) <> 18')).toBe(0);
    expect(await count(a, 'select count(*) as n from procedures')).toBeGreaterThanOrEqual(4);
  });

  it('has demo users of each role, with the demo password', async () => {
    expect(await rows(a, 'select role, count(*) as n from users group by role order by role')).toEqual([
      { role: 'admin', n: 1 },
      { role: 'lead', n: 2 },
      { role: 'operator', n: 40 },
      { role: 'trainee', n: 5 },
    ]);
    const users = (await rows(
      a,
      `select username, password_hash from users where username in ('operator1', 'operator40', 'lead2', 'trainee5', 'admin1') order by username`,
    )) as { username: string; password_hash: string }[];
    expect(users.map((u) => u.username)).toEqual(['admin1', 'lead2', 'operator1', 'operator40', 'trainee5']);
    expect(await verifyPassword('demo-test-pw', users[0]?.password_hash ?? '')).toBe(true);
    expect(await verifyPassword('demo1234', users[0]?.password_hash ?? '')).toBe(false);
  });

  it('seedDemoIfEmpty does nothing on a seeded database', async () => {
    const counts = () => Promise.all(TABLES.map((table) => count(a, `select count(*) as n from ${table}`)));
    const before = await counts();
    const lines: string[] = [];
    expect(
      await seedDemoIfEmpty(a.db, { ...SMALL, SEED_APPLICANTS: 5 }, CLOCK, (line) => lines.push(line)),
    ).toBe(false);
    expect(await counts()).toEqual(before);
    expect(lines).toEqual([]);
  });
});

describePostgres('instances starting together with SEED=demo', () => {
  it(
    'seed once: one instance writes the demo data, the others wait for it and write nothing',
    { timeout: 120_000 },
    async () => {
      const t = await openTestDatabase({ dialect: 'postgres' });
      opened.push(t);
      const others = await Promise.all([
        openDatabase(t.url, { poolSize: 2 }),
        openDatabase(t.url, { poolSize: 2 }),
      ]);
      try {
        const wrote = await Promise.all(
          [t.db, ...others.map((o) => o.db)].map((db) =>
            seedDemoIfEmpty(db, SMALL, CLOCK, () => {}, builderBulkInsert),
          ),
        );
        expect(wrote.filter(Boolean)).toHaveLength(1);
        expect(await count(t, 'select count(*) as n from consulates')).toBe(57);
        expect(await count(t, "select count(*) as n from applicants where sandbox = 'live'")).toBe(
          SMALL.SEED_APPLICANTS,
        );
      } finally {
        for (const other of others) await other.close();
      }
    },
  );
});

// The demo seed writes its applicants in chunks of 10,000, one transaction each. A count past two
// chunks and one partial chunk takes every path the default 200,000 takes, in a tenth of the time;
// the full size is `npm run bench`'s (its search bench builds 1,000,000 with the same generator and
// insert, and fails on the first CURP the generator repeats).
const PAST_TWO_CHUNKS = 25_000;

describeEachDialect('the default demo seed', (dialect) => {
  it(
    'writes its applicants chunk by chunk in one pass, as a first `npm start` does (200,000 by default)',
    { timeout: 180_000 },
    async () => {
      const config = loadConfig({ SEED: 'demo', SEED_START: '2026-03-02' });
      expect(config.SEED_APPLICANTS).toBe(200_000);
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const lines: string[] = [];
      const { t } = await seeded(
        dialect,
        { ...config, SEED_APPLICANTS: PAST_TWO_CHUNKS },
        { fast: true, log: (line) => lines.push(line) },
      );
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      // Printed, not asserted: timings belong to `npm run bench`. CPU time beside wall time: on a loaded machine the two part ways.
      console.log(
        `demo seed on ${dialect} (${PAST_TWO_CHUNKS} applicants, ${config.SEED_DAYS} days): ${seconds.toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`,
      );
      expect(await count(t, `select count(*) as n from applicants where sandbox = 'live'`)).toBe(
        PAST_TWO_CHUNKS,
      );
      expect(await count(t, `select count(distinct curp) as n from applicants where sandbox = 'live'`)).toBe(
        PAST_TWO_CHUNKS,
      );
      expect(await count(t, `select count(*) as n from applicants where sandbox = 'practice'`)).toBe(2000);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${PAST_TWO_CHUNKS} applicants`);
    },
  );
});
