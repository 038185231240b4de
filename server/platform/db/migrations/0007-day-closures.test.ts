import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCheckViolation, isUniqueViolation } from '../constraint-violation';
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

const CLOSED_AT = '2026-12-01T15:00:00.000Z';
const REOPENED_AT = '2026-12-02T15:00:00.000Z';

describeEachDialect('migration 0007-day-closures', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0006-slot-outbox' });
    // A database as it was: the seed's holidays (no author) and a lead's closure.
    await t.exec(
      `insert into consulates (id, name, city, region, country, time_zone, size) values ('PHX', 'Consulado de México en Phoenix', 'Phoenix', 'AZ', 'US', 'America/Phoenix', 'large');`,
    );
    await t.exec(`insert into closed_days (consulate_id, local_date, reason_es, reason_en, closed_by, closed_at) values
      ('PHX', '2026-12-25', 'Navidad', 'Christmas Day', null, '${CLOSED_AT}'),
      ('PHX', '2026-12-10', 'Falla eléctrica', 'Falla eléctrica', 'usr_lead1', '${CLOSED_AT}');`);
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0007-day-closures' })).toEqual([
      '0007-day-closures',
    ]);
  });

  const insertDay = (values: {
    date: string;
    kind?: string;
    reopenedAt?: string | null;
    reopenedBy?: string | null;
    reopenReason?: string | null;
  }) =>
    t.rows(
      values.kind === undefined
        ? sql`insert into closed_days (consulate_id, local_date, reason_es, reason_en, closed_by, closed_at) values ('PHX', ${values.date}, 'Cierre', 'Cierre', 'usr_lead1', ${CLOSED_AT})`
        : sql`insert into closed_days (consulate_id, local_date, reason_es, reason_en, closed_by, closed_at, kind, reopened_at, reopened_by, reopen_reason)
              values ('PHX', ${values.date}, 'Cierre', 'Cierre', null, ${CLOSED_AT}, ${values.kind}, ${values.reopenedAt ?? null}, ${values.reopenedBy ?? null}, ${values.reopenReason ?? null})`,
    );

  it("tells the seed's holidays from a lead's closures, and leaves both closed", async () => {
    expect(
      await t.rows(
        sql`select local_date, kind, reopened_at, reopened_by, reopen_reason from closed_days order by local_date`,
      ),
    ).toEqual([
      {
        local_date: '2026-12-10',
        kind: 'closure',
        reopened_at: null,
        reopened_by: null,
        reopen_reason: null,
      },
      {
        local_date: '2026-12-25',
        kind: 'holiday',
        reopened_at: null,
        reopened_by: null,
        reopen_reason: null,
      },
    ]);
  });

  it("takes a new row for a lead's closure unless told it is a holiday", async () => {
    await insertDay({ date: '2026-12-11' });
    await insertDay({ date: '2027-01-18', kind: 'holiday' });
    expect(
      await t.rows(
        sql`select local_date, kind from closed_days where local_date in ('2026-12-11', '2027-01-18') order by local_date`,
      ),
    ).toEqual([
      { local_date: '2026-12-11', kind: 'closure' },
      { local_date: '2027-01-18', kind: 'holiday' },
    ]);
  });

  it('refuses a kind it does not know', async () => {
    expect(isCheckViolation(await refusalOf(() => insertDay({ date: '2026-12-14', kind: 'strike' })))).toBe(
      true,
    );
  });

  it('keeps a reopened day on its row, and refuses a reopening that does not say who and why', async () => {
    await t.rows(
      sql`update closed_days set reopened_at = ${REOPENED_AT}, reopened_by = 'usr_lead2', reopen_reason = 'Se restableció la luz' where local_date = '2026-12-10'`,
    );
    expect(
      await t.row(
        sql`select kind, reopened_by, reopen_reason from closed_days where local_date = '2026-12-10'`,
      ),
    ).toEqual({ kind: 'closure', reopened_by: 'usr_lead2', reopen_reason: 'Se restableció la luz' });
    expect(
      isCheckViolation(
        await refusalOf(() =>
          t.rows(sql`update closed_days set reopened_at = ${REOPENED_AT} where local_date = '2026-12-25'`),
        ),
      ),
    ).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() =>
          insertDay({
            date: '2026-12-15',
            kind: 'holiday',
            reopenedAt: REOPENED_AT,
            reopenedBy: 'usr_lead2',
          }),
        ),
      ),
    ).toBe(true);
    expect(
      isCheckViolation(
        await refusalOf(() =>
          insertDay({ date: '2026-12-16', kind: 'holiday', reopenedAt: REOPENED_AT, reopenReason: 'Abre' }),
        ),
      ),
    ).toBe(true);
    // Still one row per consulate and day: closing a reopened day again updates it.
    expect(isUniqueViolation(await refusalOf(() => insertDay({ date: '2026-12-10' })))).toBe(true);
  });
});
