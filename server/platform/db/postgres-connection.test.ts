import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database';
import { parsePostgresUrl } from './postgres-connection';
import { describePostgres } from '../../../test/support/each-dialect';
import { postgresBaseUrl } from '../../../test/support/services/postgres';

describe('parsePostgresUrl', () => {
  it('takes the schema out of the URL and never shows the password', () => {
    const target = parsePostgresUrl(
      'postgres://app:s3cret@db.internal:6543/miconsulado?schema=site_a&sslmode=disable',
    );
    expect(target.schema).toBe('site_a');
    expect(target.connectionString).toBe(
      'postgres://app:s3cret@db.internal:6543/miconsulado?sslmode=disable',
    );
    expect(target.description).toBe('PostgreSQL db.internal:6543/miconsulado schema site_a');
    expect(target.description).not.toContain('s3cret');
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => parsePostgresUrl('postgresql://u@h/db?schema=a;drop')).toThrow(/schema must be/);
  });
});

describePostgres('the PostgreSQL connection', () => {
  let handle: DatabaseHandle | undefined;
  const schema = `test_conn_${process.pid}`;
  const logged: string[] = [];
  const open = async () => {
    const url = new URL(postgresBaseUrl());
    url.searchParams.set('schema', schema);
    handle = await openDatabase(url.toString(), { poolSize: 3, log: (line) => logged.push(line) });
    return handle;
  };
  afterEach(async () => {
    if (!handle) return;
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(handle.db);
    await handle.close();
    handle = undefined;
  });

  it('works in its own schema, created when missing, and reads counts and sums as numbers', async () => {
    const { db, description } = await open();
    expect(description).toContain(`schema ${schema}`);
    await sql`create table t (n integer not null, x numeric not null)`.execute(db);
    await sql`insert into t values (1, 1.25), (2, 2.5)`.execute(db);
    const { rows } = await sql<{
      schema: string;
      c: number;
      s: number;
      x: number;
    }>`select current_schema() as schema, count(*) as c, sum(n) as s, sum(x) as x from t`.execute(db);
    expect(rows).toEqual([{ schema, c: 2, s: 3, x: 3.75 }]);
  });

  it('outlives connections PostgreSQL drops (as on a restart): logged, and the next query gets a new one', async () => {
    const { db } = await open();
    await sql`select 1`.execute(db);
    const admin = new pg.Client({ connectionString: postgresBaseUrl() });
    await admin.connect();
    try {
      const killed = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state = 'idle' and query like 'select 1%'`,
      );
      expect(killed.rowCount).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.end();
    }
    await expect.poll(() => logged.some((line) => line.includes('idle connection lost'))).toBe(true);
    const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(db);
    expect(rows).toEqual([{ ok: 1 }]);
  });

  it('runs a unit of work again when PostgreSQL aborts it as a deadlock victim', async () => {
    const { db, transact } = await open();
    await sql`create table acct (id text primary key, n integer not null)`.execute(db);
    await sql`insert into acct values ('a', 0), ('b', 0)`.execute(db);
    let attempts = 0;
    let bothLocked: () => void = () => {};
    const firstLocks = new Promise<void>((resolve) => (bothLocked = resolve));
    // Two units lock a and b in opposite orders: PostgreSQL kills one (40P01); it is run again.
    const move = (first: string, second: string) =>
      transact(async (trx) => {
        attempts++;
        await sql`update acct set n = n + 1 where id = ${first}`.execute(trx);
        if (attempts <= 2) {
          bothLocked();
          await firstLocks;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await sql`update acct set n = n + 1 where id = ${second}`.execute(trx);
      });
    await Promise.all([move('a', 'b'), move('b', 'a')]);
    expect(attempts).toBe(3);
    const { rows } = await sql`select id, n from acct order by id`.execute(db);
    expect(rows).toEqual([
      { id: 'a', n: 2 },
      { id: 'b', n: 2 },
    ]);
  });
});
