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

const previous = migrations[migrations.findIndex((m) => m.name === '0016-outbound-messages') - 1]!.name;

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const row = (id: string, key: string, extra = '') => `
  insert into outbound_messages (id, dedupe_key, sandbox, kind, channel, recipient, language, text,
    not_before, only_if_still_booked, created_at, status, next_attempt_at${extra ? ', ' + extra.split('=')[0] : ''})
  values ('${id}', '${key}', 'live', 'booked', 'email', 'ana@example.com', 'es', 'Hola',
    '2027-01-04T15:00:00.000Z', 0, '2027-01-04T15:00:00.000Z', 'queued', '2027-01-04T15:00:00.000Z'${
      extra ? ', ' + extra.split('=')[1] : ''
    })`;

describeEachDialect('migration 0016-outbound-messages', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: previous });
    expect(
      await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0016-outbound-messages' }),
    ).toEqual(['0016-outbound-messages']);
  });

  it('starts empty, and a queued row starts with no attempts and no lease', async () => {
    expect(await t.count(sql`select count(*) as n from outbound_messages`)).toBe(0);
    await t.exec(row('msg_1', 'k1'));
    expect(
      await t.rows(sql`select attempts, lease_owner, lease_until, sent_at from outbound_messages`),
    ).toEqual([{ attempts: 0, lease_owner: null, lease_until: null, sent_at: null }]);
  });

  it('holds one row per dedupe key: the same notice is never queued twice', async () => {
    await t.exec(row('msg_1', 'k1'));
    expect(isUniqueViolation(await refusalOf(() => t.exec(row('msg_2', 'k1'))))).toBe(true);
  });

  it('refuses an unknown status, a queued row with no time to be due, and a sent row without its time', async () => {
    await expect(t.exec(row('msg_1', 'k1').replace("'queued'", "'sending'"))).rejects.toThrow();
    await expect(
      t.exec(row('msg_2', 'k2').replace("'queued', '2027-01-04T15:00:00.000Z'", "'queued', null")),
    ).rejects.toThrow();
    await expect(
      t.exec(row('msg_3', 'k3').replace("'queued', '2027-01-04T15:00:00.000Z'", "'sent', null")),
    ).rejects.toThrow();
    await t.exec(
      row('msg_4', 'k4', "sent_at='2027-01-04T15:00:01.000Z'").replace(
        "'queued', '2027-01-04T15:00:00.000Z'",
        "'sent', null",
      ),
    );
    expect(await t.count(sql`select count(*) as n from outbound_messages where status = 'sent'`)).toBe(1);
  });
});
