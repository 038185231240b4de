import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';

const NAME = '0020-personal-data';
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
      insert into audit_log (at, actor_id, actor_role, action, entity_type, entity_id, sandbox, call_id, details_json)
        values ('2027-01-04T14:00:00.000Z', 'usr_operator1', 'operator', 'applicant.created', 'applicant', 'app_1', 'live', null,
                '{"curp":"GOMR800101HDFMRS09","noCurpReason":null}');`);
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: NAME })).toEqual([NAME]);
  });

  it('lets an audit entry’s details be redacted, never lengthened', async () => {
    await t.exec(`update audit_log set details_json = '{"curp":null,"noCurpReason":null}'`);
    expect(await t.rows(sql`select details_json from audit_log`)).toEqual([
      { details_json: '{"curp":null,"noCurpReason":null}' },
    ]);
    const error = await refusalOf(() =>
      t.exec(`update audit_log set details_json = '{"curp":null,"noCurpReason":null,"added":"later"}'`),
    );
    expect(String(error)).toMatch(/details may only be redacted/);
  });

  it('keeps everything else of the audit log append-only: who, what, when, about what; no delete', async () => {
    for (const change of [
      `update audit_log set action = 'applicant.erased'`,
      `update audit_log set actor_id = 'usr_admin1'`,
      `update audit_log set at = '2027-01-05T14:00:00.000Z'`,
      `update audit_log set entity_id = 'app_2'`,
      `delete from audit_log`,
    ])
      expect(String(await refusalOf(() => t.exec(change)))).toMatch(/audit_log is append-only/);
    expect(await t.rows(sql`select action, actor_id, entity_id from audit_log`)).toEqual([
      { action: 'applicant.created', actor_id: 'usr_operator1', entity_id: 'app_1' },
    ]);
  });

  it('finds one person’s calls by index', async () => {
    const indexes =
      dialect === 'sqlite'
        ? await t.rows<{ name: string }>(
            sql`select name from sqlite_master where type = 'index' and name like '%_by_%' order by name`,
          )
        : await t.rows<{ name: string }>(
            sql`select indexname as name from pg_indexes where indexname like '%_by_%' and schemaname = current_schema() order by indexname`,
          );
    expect(indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'calls_by_applicant',
        'routed_calls_by_applicant',
        'outbound_messages_by_reservation',
      ]),
    );
  });
});
