import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';

const previous = migrations[migrations.findIndex((m) => m.name === '0019-applicant-reads') - 1]!.name;

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const read = (kind: string, at: string) =>
  `insert into applicant_reads (applicant_id, at, reader_id, reader_role, call_id, kind, sandbox)
     values ('app_1', '${at}', 'usr_op1', 'operator', 'cll_1', '${kind}', 'live')`;

describeEachDialect('migration 0019-applicant-reads', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: previous });
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0019-applicant-reads' })).toEqual(
      ['0019-applicant-reads'],
    );
  });

  it('numbers reads as they come and keeps each kind it knows', async () => {
    for (const kind of ['search', 'record', 'screen_pop', 'reads_listing'])
      await t.exec(read(kind, '2027-01-04T14:00:00.000Z'));
    const rows = await t.rows(sql`select id, kind from applicant_reads order by id`);
    expect(rows.map((r) => (r as { kind: string }).kind)).toEqual([
      'search',
      'record',
      'screen_pop',
      'reads_listing',
    ]);
    const ids = rows.map((r) => Number((r as { id: unknown }).id));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('refuses an unknown kind and any change to a recorded read', async () => {
    expect(isCheckViolation(await refusalOf(() => t.exec(read('peek', '2027-01-04T14:00:00.000Z'))))).toBe(
      true,
    );
    await t.exec(read('record', '2027-01-04T14:00:00.000Z'));
    const refusal = await refusalOf(() => t.exec(`update applicant_reads set reader_id = 'usr_other'`));
    expect(String(refusal)).toMatch(/never changed/);
    expect(await t.count(sql`select count(*) as n from applicant_reads where reader_id = 'usr_op1'`)).toBe(1);
  });
});
