import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';

const NAME = '0018-applicant-language';
/** Whatever sorts just before it (the migrator applies names in order). */
const previous = migrations
  .map((m) => m.name)
  .filter((name) => name < NAME)
  .sort()
  .at(-1)!;

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

describeEachDialect(`migration ${NAME}`, (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: previous });
    await t.exec(`
      insert into applicants (id, sandbox, curp, given_names, first_surname, birth_date, created_at)
        values ('app_1', 'live', 'GOMR800101HDFMRS09', 'Rosa', 'Gómez', '1980-01-01', '2027-01-04T14:00:00.000Z');`);
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: NAME })).toEqual([NAME]);
  });

  it('tells everyone registered before it in Spanish, and takes only es or en', async () => {
    expect(await t.rows(sql`select id, language from applicants`)).toEqual([{ id: 'app_1', language: 'es' }]);
    await t.exec(`update applicants set language = 'en' where id = 'app_1'`);
    expect(await t.rows(sql`select language from applicants`)).toEqual([{ language: 'en' }]);
    await expect(t.exec(`update applicants set language = 'fr' where id = 'app_1'`)).rejects.toThrow();
    await expect(t.exec(`update applicants set language = null where id = 'app_1'`)).rejects.toThrow();
  });

  it('keeps one calendar sequence per UID, never negative', async () => {
    await t.exec(`insert into calendar_sequences (uid, sequence) values ('apt_1@miconsulado', 0)`);
    expect(
      isUniqueViolation(
        await refusalOf(() =>
          t.exec(`insert into calendar_sequences (uid, sequence) values ('apt_1@miconsulado', 1)`),
        ),
      ),
    ).toBe(true);
    await expect(
      t.exec(`insert into calendar_sequences (uid, sequence) values ('apt_2@miconsulado', -1)`),
    ).rejects.toThrow();
    await t.exec(`update calendar_sequences set sequence = sequence + 1 where uid = 'apt_1@miconsulado'`);
    expect(await t.rows(sql`select uid, sequence from calendar_sequences`)).toEqual([
      { uid: 'apt_1@miconsulado', sequence: 1 },
    ]);
  });
});
