import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation, isForeignKeyViolation, isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const AT = '2026-03-09T15:00:00.000Z';

describeEachDialect('migration 0006-slot-outbox', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0005-practice' });
    await t.exec(
      `insert into consulates (id, name, city, region, country, time_zone, size) values ('PHX', 'Phoenix', 'Phoenix', 'AZ', 'US', 'America/Phoenix', 'large');`,
    );
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0006-slot-outbox' })).toEqual([
      '0006-slot-outbox',
    ]);
  });

  const head = (sandbox: string, consulate: string, seq: number) =>
    t.rows(
      sql`insert into slot_event_heads (sandbox, consulate_id, seq) values (${sandbox}, ${consulate}, ${seq})`,
    );
  const event = (seq: number, sandbox = 'live') =>
    t.rows(
      sql`insert into slot_events (sandbox, consulate_id, seq, changes_json, recorded_at) values (${sandbox}, 'PHX', ${seq}, '[]', ${AT})`,
    );

  it('starts with no events on a database that already has data, and keeps one head per sandbox and consulate', async () => {
    expect(await t.count(sql`select count(*) as n from slot_events`)).toBe(0);
    expect(await t.count(sql`select count(*) as n from consulates`)).toBe(1);
    await head('live', 'PHX', 1);
    await head('practice:usr_x', 'PHX', 1);
    expect(isUniqueViolation(await refusalOf(() => head('live', 'PHX', 2)))).toBe(true);
  });

  it('refuses a head of a consulate that does not exist, and numbers below 1', async () => {
    expect(isForeignKeyViolation(await refusalOf(() => head('live', 'XXX', 1)))).toBe(true);
    expect(isCheckViolation(await refusalOf(() => head('live', 'PHX', 0)))).toBe(true);
    expect(isCheckViolation(await refusalOf(() => event(0)))).toBe(true);
  });

  it('refuses a number twice for one sandbox and consulate (each event is relayed once), not across sandboxes', async () => {
    await event(1);
    await event(1, 'practice:usr_x');
    expect(isUniqueViolation(await refusalOf(() => event(1)))).toBe(true);
  });
});
