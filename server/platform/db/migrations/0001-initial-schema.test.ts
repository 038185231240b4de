import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCheckViolation, isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import {
  openTestDatabase,
  refusalOfAsync as refusalOf,
  type TestDatabase,
} from '../../../../test/support/test-database';
import { schemaOf, tableNames } from '../../../../test/support/schema-introspection';

// Every rule is exercised with raw SQL on the database itself: the schema must refuse what the
// booking code would never attempt.

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const NOW = '2026-03-09T12:00:00.000Z';

describeEachDialect('migration 0001-initial-schema', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
  });

  it('applies on an empty database and creates every table', async () => {
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0001-initial-schema' })).toEqual([
      '0001-initial-schema',
    ]);
    const tables = (await tableNames(t)).filter((name) => !name.startsWith('kysely_'));
    expect(tables).toEqual([
      'applicant_name_tokens',
      'applicants',
      'audit_log',
      'closed_days',
      'consulates',
      'idempotency_keys',
      'name_vocabulary',
      'office_sessions',
      'practice_seats',
      'procedure_fees',
      'procedures',
      'reservations',
      'sessions',
      'slots',
      'users',
    ]);
  });

  it('is a no-op when migrateToLatest runs again', async () => {
    await migrateToLatest(t.db as Kysely<unknown>, dialect);
    const schemaBefore = await schemaOf(t);
    expect(await migrateToLatest(t.db as Kysely<unknown>, dialect)).toEqual([]);
    expect(await schemaOf(t)).toEqual(schemaBefore);
    expect(await t.rows(sql`select name from kysely_migration order by name`)).toEqual(
      migrations.map(({ name }) => ({ name })),
    );
  });
});

describeEachDialect('rules the schema enforces on its own', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect });
    await t.exec(`
      insert into consulates (id, name, city, region, country, time_zone, size)
        values ('PHX', 'Consulado de México en Phoenix', 'Phoenix', 'AZ', 'US', 'America/Phoenix', 'large');
      insert into procedures (id, name_es, name_en, duration_minutes, requirements_json, requires_procedure_id, sort_order)
        values ('passport-first', 'Pasaporte', 'Passport', 20, '[]', null, 10),
               ('matricula', 'Matrícula', 'Consular ID', 15, '[]', null, 20);
      insert into slots (id, consulate_id, local_date, local_start, start_at, end_at, capacity)
        values ('PHX-202603101500', 'PHX', '2026-03-10', '2026-03-10T08:00', '2026-03-10T15:00:00.000Z', '2026-03-10T15:15:00.000Z', 2),
               ('PHX-202603101515', 'PHX', '2026-03-10', '2026-03-10T08:15', '2026-03-10T15:15:00.000Z', '2026-03-10T15:30:00.000Z', 2);
      insert into applicants (id, sandbox, curp, given_names, first_surname, second_surname, birth_date, created_at)
        values ('app_live1', 'live', 'GARC800101HJCRRR01', 'Rosa', 'García', null, '1980-01-01', '${NOW}'),
               ('app_prac1', 'practice', 'LOPE900202MJCPRR02', 'Luis', 'López', null, '1990-02-02', '${NOW}');
    `);
  });

  describe('slot capacity', () => {
    it('refuses an update that makes held + booked exceed capacity', async () => {
      await t.exec(`update slots set held = 1, booked = 1 where id = 'PHX-202603101500'`);
      const error = await refusalOf(() =>
        t.exec(`update slots set held = held + 1 where id = 'PHX-202603101500'`),
      );
      expect(isCheckViolation(error)).toBe(true);
      expect(await t.row(sql`select held, booked from slots where id = 'PHX-202603101500'`)).toEqual({
        held: 1,
        booked: 1,
      });
    });

    it('refuses cutting capacity below the seats taken, and negative counters', async () => {
      await t.exec(`update slots set booked = 2 where id = 'PHX-202603101500'`);
      expect(
        isCheckViolation(
          await refusalOf(() => t.exec(`update slots set capacity = 1 where id = 'PHX-202603101500'`)),
        ),
      ).toBe(true);
      expect(
        isCheckViolation(
          await refusalOf(() => t.exec(`update slots set held = -1 where id = 'PHX-202603101515'`)),
        ),
      ).toBe(true);
    });

    it('refuses inserting a slot that is already over capacity', async () => {
      const error = await refusalOf(() =>
        t.exec(
          `insert into slots (id, consulate_id, local_date, local_start, start_at, end_at, capacity, held, booked)
           values ('PHX-X', 'PHX', '2026-03-11', '2026-03-11T08:00', '2026-03-11T15:00:00.000Z', '2026-03-11T15:15:00.000Z', 1, 1, 1)`,
        ),
      );
      expect(isCheckViolation(error)).toBe(true);
    });

    it('gives practice_seats the same capacity check', async () => {
      await t.exec(
        `insert into practice_seats (sandbox, slot_id, capacity, held, booked) values ('practice:usr_x', 'PHX-202603101500', 2, 1, 1)`,
      );
      const error = await refusalOf(() =>
        t.exec(`update practice_seats set booked = booked + 1 where sandbox = 'practice:usr_x'`),
      );
      expect(isCheckViolation(error)).toBe(true);
      expect(
        isCheckViolation(
          await refusalOf(() =>
            t.exec(
              `insert into practice_seats (sandbox, slot_id, capacity, held) values ('practice:usr_y', 'PHX-202603101500', 1, 2)`,
            ),
          ),
        ),
      ).toBe(true);
      expect(
        await t.row(sql`select held, booked from practice_seats where sandbox = 'practice:usr_x'`),
      ).toEqual({ held: 1, booked: 1 });
    });
  });

  describe('one live hold or booking per applicant and procedure', () => {
    let seq = 0;
    const reserve = async (r: {
      sandbox?: string;
      applicant?: string;
      procedure?: string;
      status: string;
      replaces?: string | null;
      slot?: string;
    }) => {
      const id = `hld_${++seq}`;
      const booked = r.status !== 'held' && r.status !== 'released' && r.status !== 'expired';
      const procedure = r.procedure ?? 'passport-first';
      // As the service writes it since migration 0008: the procedure's booking group (the passports share one).
      const group = procedure.startsWith('passport-') ? 'passport' : procedure;
      await t.rows(sql`
        insert into reservations (id, appointment_id, confirmation_code, sandbox, slot_id, consulate_id, applicant_id, procedure_id, booking_group, status, replaces_id, expires_at, held_by, held_at)
        values (${id}, ${booked ? `apt_${seq}` : null}, ${booked ? `CODE${String(seq).padStart(3, '2')}` : null}, ${r.sandbox ?? 'live'}, ${r.slot ?? 'PHX-202603101500'}, 'PHX',
                ${r.applicant ?? 'app_live1'}, ${procedure}, ${group}, ${r.status}, ${r.replaces ?? null}, '2026-03-09T12:05:00.000Z', 'usr_operator1', ${NOW})`);
      return id;
    };
    const setStatus = (id: string, status: string) =>
      t.rows(sql`update reservations set status = ${status} where id = ${id}`);

    it('refuses a second held or booked row for the same sandbox, applicant and procedure', async () => {
      const first = await reserve({ status: 'held' });
      expect(isUniqueViolation(await refusalOf(() => reserve({ status: 'held' })))).toBe(true);
      expect(isUniqueViolation(await refusalOf(() => reserve({ status: 'booked' })))).toBe(true);
      await t.rows(
        sql`update reservations set status = 'booked', appointment_id = 'apt_first', confirmation_code = 'FIRST22' where id = ${first}`,
      );
      expect(isUniqueViolation(await refusalOf(() => reserve({ status: 'held' })))).toBe(true);
      expect(
        isUniqueViolation(await refusalOf(() => reserve({ status: 'booked', slot: 'PHX-202603101515' }))),
      ).toBe(true);
    });

    it('refuses turning a second row live by an update', async () => {
      await reserve({ status: 'held' });
      const released = await reserve({ status: 'released' });
      expect(isUniqueViolation(await refusalOf(() => setStatus(released, 'held')))).toBe(true);
    });

    it('allows the same applicant and procedure in another sandbox, and another procedure in the same one', async () => {
      await reserve({ status: 'booked' });
      await expect(reserve({ status: 'held', sandbox: 'practice:usr_x' })).resolves.toBeTruthy();
      await expect(reserve({ status: 'held', procedure: 'matricula' })).resolves.toBeTruthy();
    });

    it.each(['cancelled', 'expired', 'released', 'rescheduled'])(
      'allows a new hold once the first is %s',
      async (ended) => {
        const first = await reserve({
          status: ended === 'expired' || ended === 'released' ? 'held' : 'booked',
        });
        await setStatus(first, ended);
        await expect(reserve({ status: 'held' })).resolves.toBeTruthy();
      },
    );

    it('allows a held replacement (replaces_id set) while the original is booked, but not its booking until the original ends', async () => {
      const original = await reserve({ status: 'booked' });
      const replacement = await reserve({ status: 'held', replaces: original, slot: 'PHX-202603101515' });
      const bookIt = () =>
        t.rows(
          sql`update reservations set status = 'booked', appointment_id = 'apt_new', confirmation_code = 'NEWCODE' where id = ${replacement}`,
        );
      expect(isUniqueViolation(await refusalOf(bookIt))).toBe(true);
      await setStatus(original, 'rescheduled');
      await expect(bookIt()).resolves.toBeDefined();
    });

    it('allows only one pending replacement per booking', async () => {
      const original = await reserve({ status: 'booked' });
      const pending = await reserve({ status: 'held', replaces: original, slot: 'PHX-202603101515' });
      expect(isUniqueViolation(await refusalOf(() => reserve({ status: 'held', replaces: original })))).toBe(
        true,
      );
      await setStatus(pending, 'released');
      await expect(reserve({ status: 'held', replaces: original })).resolves.toBeTruthy();
    });

    it('refuses a booked row without a confirmation code', async () => {
      const id = await reserve({ status: 'held' });
      expect(isCheckViolation(await refusalOf(() => setStatus(id, 'booked')))).toBe(true);
    });
  });

  describe('audit log', () => {
    beforeEach(async () => {
      await t.rows(sql`
        insert into audit_log (at, actor_id, actor_role, action, entity_type, entity_id, sandbox, call_id, details_json)
        values (${NOW}, 'usr_operator1', 'operator', 'hold.created', 'hold', 'hld_1', 'live', 'call-1', '{}')`);
    });

    it('rejects UPDATE', async () => {
      const error = await refusalOf(() => t.exec(`update audit_log set action = 'hold.released'`));
      expect(String(error)).toMatch(/audit_log is append-only/);
      expect(await t.rows(sql`select action from audit_log`)).toEqual([{ action: 'hold.created' }]);
    });

    it('rejects DELETE', async () => {
      const error = await refusalOf(() => t.exec(`delete from audit_log`));
      expect(String(error)).toMatch(/audit_log is append-only/);
      expect(await t.count(sql`select count(*) as n from audit_log`)).toBe(1);
    });

    it('still accepts appends, numbering them in order', async () => {
      await t.rows(
        sql`insert into audit_log (at, action, entity_type, entity_id, sandbox, details_json) values (${NOW}, 'auth.login_failed', 'user', 'nobody', 'live', '{}')`,
      );
      expect(await t.rows(sql`select id, action from audit_log order by id`)).toEqual([
        { id: 1, action: 'hold.created' },
        { id: 2, action: 'auth.login_failed' },
      ]);
    });
  });
});
