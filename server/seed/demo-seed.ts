import { sql, type Kysely } from 'kysely';
import { addDays } from '../../shared/domain/time/local-date';
import { todayIn } from '../../shared/domain/time/zoned-time';
import { LIVE_SANDBOX, PRACTICE_POOL } from '../kernel/actor';
import type { Clock } from '../kernel/clock';
import { builderBulkInsert, type BulkInsert } from '../platform/db/bulk-insert';
import { dialectOf } from '../platform/db/dialect';
import type { Database } from '../platform/db/schema';
import { publishSlots } from '../modules/slots';
import { consulates } from '../modules/reference';
import { weeklyHoursFor } from '../modules/reference';
import { insertApplicants, type NewApplicant } from '../modules/applicants';
import { insertUsers } from '../modules/auth';
import { LIVE_APPLICANT_SEED } from './demo-callers';
import { generateApplicants } from './generators/applicant-generator';
import { seedDemoShifts } from './demo-shifts';
import { seedDemoOperatorProfiles } from './demo-operator-profiles';
import { seedDemoQueues } from './demo-queues';
import { demoUserRows } from './demo-users';
import { fictionalEmail, fictionalPhone } from './fictional-contacts';
import { seedReferenceData } from './reference-seed';

export interface DemoSeedOptions {
  SEED_START?: string | undefined;
  SEED_DAYS: number;
  SEED_APPLICANTS: number;
  DEMO_PASSWORD: string;
}

const PRACTICE_APPLICANTS = 2_000;
const APPLICANT_CHUNK = 10_000;

/** Fills an empty database with the demo data set; leaves a database that has data alone. */
export async function seedDemoIfEmpty(
  db: Kysely<Database>,
  options: DemoSeedOptions,
  clock: Clock,
  log: (line: string) => void,
  bulk: BulkInsert = builderBulkInsert,
): Promise<boolean> {
  if (dialectOf(db) !== 'postgres') return seedIfEmpty(db, options, clock, log, bulk);
  // Instances starting together on one PostgreSQL schema: one seeds while the others wait on this
  // lock, then find the data and seed nothing. The lock is the schema's, on one connection.
  return db.connection().execute(async (conn) => {
    const key = sql`hashtextextended(current_schema() || ':demo-seed', 0)`;
    await sql`select pg_advisory_lock(${key})`.execute(conn);
    try {
      return await seedIfEmpty(conn, options, clock, log, bulk);
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(conn);
    }
  });
}

async function seedIfEmpty(
  db: Kysely<Database>,
  options: DemoSeedOptions,
  clock: Clock,
  log: (line: string) => void,
  bulk: BulkInsert,
): Promise<boolean> {
  // The reference sync writes the consulates at every start: the demo users mark a seeded database.
  const existing = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const started = performance.now();
  await seedDemo(db, options, clock, bulk);
  log(
    `demo seed: 57 consulates, ${options.SEED_DAYS} days of slots, ${options.SEED_APPLICANTS} applicants in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return true;
}

export async function seedDemo(
  db: Kysely<Database>,
  options: DemoSeedOptions,
  clock: Clock,
  bulk: BulkInsert = builderBulkInsert,
): Promise<void> {
  const now = clock();
  const nowIso = now.toISOString();
  const ranges = consulates.map((c) => {
    const from = options.SEED_START ?? todayIn(c.timeZone, now);
    return { consulate: c, from, to: addDays(from, options.SEED_DAYS - 1) };
  });
  const years = [...new Set(ranges.flatMap((r) => [Number(r.from.slice(0, 4)), Number(r.to.slice(0, 4))]))];
  const users = await demoUserRows(options.DEMO_PASSWORD, nowIso);

  await db.transaction().execute(async (trx) => {
    await seedReferenceData(trx, years, nowIso);
    const closed = await trx
      .selectFrom('closed_days')
      .select(['consulate_id', 'local_date'])
      .where('reopened_at', 'is', null)
      .execute();
    for (const { consulate, from, to } of ranges) {
      const closedDates = new Set(
        closed.filter((d) => d.consulate_id === consulate.id).map((d) => d.local_date),
      );
      await publishSlots(trx, consulate, { from, to }, weeklyHoursFor(consulate), closedDates);
    }
    await insertUsers(trx, users);
    await seedDemoQueues(trx, users, nowIso);
    await seedDemoOperatorProfiles(trx, users);
    await seedDemoShifts(trx, nowIso);
  });
  await seedApplicants(
    db,
    {
      count: options.SEED_APPLICANTS,
      seed: LIVE_APPLICANT_SEED,
      idPrefix: 'app',
      sandbox: LIVE_SANDBOX,
      createdAt: nowIso,
    },
    bulk,
  );
  await seedApplicants(
    db,
    { count: PRACTICE_APPLICANTS, seed: 77_777, idPrefix: 'prc', sandbox: PRACTICE_POOL, createdAt: nowIso },
    bulk,
  );
}

/** Synthetic applicants, written in chunks of one transaction each to keep memory flat. */
async function seedApplicants(
  db: Kysely<Database>,
  o: { count: number; seed: number; idPrefix: string; sandbox: string; createdAt: string },
  bulk: BulkInsert,
) {
  let chunk: NewApplicant[] = [];
  const flush = async () => {
    const rows = chunk;
    chunk = [];
    if (rows.length) await db.transaction().execute((trx) => insertApplicants(trx, rows, bulk));
  };
  // Practice people are reached at made-up numbers and addresses only (never a real person's).
  const practice = o.sandbox === PRACTICE_POOL;
  for (const a of generateApplicants({ count: o.count, seed: o.seed, idPrefix: o.idPrefix })) {
    chunk.push({
      id: a.id,
      sandbox: o.sandbox,
      curp: a.curp,
      noCurpReason: null,
      givenNames: a.givenNames,
      firstSurname: a.firstSurname,
      secondSurname: a.secondSurname,
      birthDate: a.birthDate,
      phone: a.phone && practice ? fictionalPhone(a.phone) : a.phone,
      email: a.email && practice ? fictionalEmail(a.email) : a.email,
      createdAt: o.createdAt,
      createdBy: null,
    });
    if (chunk.length >= APPLICANT_CHUNK) await flush();
  }
  await flush();
}
