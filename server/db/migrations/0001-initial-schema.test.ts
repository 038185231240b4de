import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCheckViolation, isUniqueViolation } from '../constraint-violation';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';
import { openTestDatabase, refusalOf, type TestDatabase } from '../test-database';

// Every rule is exercised with raw SQL on the better-sqlite3 connection: the schema itself must
// refuse what the booking code would never attempt.

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const NOW = '2026-03-09T12:00:00.000Z';

describe('migration 0001-initial-schema', () => {
  beforeEach(async () => {
    t = await openTestDatabase({ migrate: false });
  });

  it('applies on an empty database and creates every table', async () => {
    expect(await migrateToLatest(t.db as Kysely<unknown>, 'sqlite', { upTo: '0001-initial-schema' })).toEqual(['0001-initial-schema']);
    const tables = t.raw
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'kysely_%' and name not like 'sqlite_%' order by name`)
      .all()
      .map((r) => (r as { name: string }).name);
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
    await migrateToLatest(t.db as Kysely<unknown>, 'sqlite');
    const schemaBefore = t.raw.prepare('select type, name, sql from sqlite_master order by name').all();
    expect(await migrateToLatest(t.db as Kysely<unknown>, 'sqlite')).toEqual([]);
    expect(t.raw.prepare('select type, name, sql from sqlite_master order by name').all()).toEqual(schemaBefore);
    expect(t.raw.prepare('select name from kysely_migration order by name').all()).toEqual(migrations.map(({ name }) => ({ name })));
  });
});

describe('rules the schema enforces on its own', () => {
  beforeEach(async () => {
    t = await openTestDatabase();
    t.raw.exec(`
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
    it('refuses an update that makes held + booked exceed capacity', () => {
      t.raw.prepare(`update slots set held = 1, booked = 1 where id = 'PHX-202603101500'`).run();
      const error = refusalOf(() => t.raw.prepare(`update slots set held = held + 1 where id = 'PHX-202603101500'`).run());
      expect(isCheckViolation(error)).toBe(true);
      expect(t.raw.prepare(`select held, booked from slots where id = 'PHX-202603101500'`).get()).toEqual({ held: 1, booked: 1 });
    });

    it('refuses cutting capacity below the seats taken, and negative counters', () => {
      t.raw.prepare(`update slots set booked = 2 where id = 'PHX-202603101500'`).run();
      expect(isCheckViolation(refusalOf(() => t.raw.prepare(`update slots set capacity = 1 where id = 'PHX-202603101500'`).run()))).toBe(true);
      expect(isCheckViolation(refusalOf(() => t.raw.prepare(`update slots set held = -1 where id = 'PHX-202603101515'`).run()))).toBe(true);
    });

    it('refuses inserting a slot that is already over capacity', () => {
      const error = refusalOf(() =>
        t.raw
          .prepare(
            `insert into slots (id, consulate_id, local_date, local_start, start_at, end_at, capacity, held, booked)
             values ('PHX-X', 'PHX', '2026-03-11', '2026-03-11T08:00', '2026-03-11T15:00:00.000Z', '2026-03-11T15:15:00.000Z', 1, 1, 1)`,
          )
          .run(),
      );
      expect(isCheckViolation(error)).toBe(true);
    });

    it('gives practice_seats the same capacity check', () => {
      t.raw.prepare(`insert into practice_seats (sandbox, slot_id, capacity, held, booked) values ('practice:usr_x', 'PHX-202603101500', 2, 1, 1)`).run();
      const error = refusalOf(() => t.raw.prepare(`update practice_seats set booked = booked + 1 where sandbox = 'practice:usr_x'`).run());
      expect(isCheckViolation(error)).toBe(true);
      expect(isCheckViolation(refusalOf(() => t.raw.prepare(`insert into practice_seats (sandbox, slot_id, capacity, held) values ('practice:usr_y', 'PHX-202603101500', 1, 2)`).run()))).toBe(true);
      expect(t.raw.prepare(`select held, booked from practice_seats where sandbox = 'practice:usr_x'`).get()).toEqual({ held: 1, booked: 1 });
    });
  });

  describe('one live hold or booking per applicant and procedure', () => {
    let seq = 0;
    const reserve = (r: { sandbox?: string; applicant?: string; procedure?: string; status: string; replaces?: string | null; slot?: string }) => {
      const id = `hld_${++seq}`;
      const booked = r.status !== 'held' && r.status !== 'released' && r.status !== 'expired';
      t.raw
        .prepare(
          `insert into reservations (id, appointment_id, confirmation_code, sandbox, slot_id, consulate_id, applicant_id, procedure_id, status, replaces_id, expires_at, held_by, held_at)
           values (?, ?, ?, ?, ?, 'PHX', ?, ?, ?, ?, ?, 'usr_operator1', ?)`,
        )
        .run(
          id,
          booked ? `apt_${seq}` : null,
          booked ? `CODE${String(seq).padStart(3, '2')}` : null,
          r.sandbox ?? 'live',
          r.slot ?? 'PHX-202603101500',
          r.applicant ?? 'app_live1',
          r.procedure ?? 'passport-first',
          r.status,
          r.replaces ?? null,
          '2026-03-09T12:05:00.000Z',
          NOW,
        );
      return id;
    };
    const setStatus = (id: string, status: string) => t.raw.prepare(`update reservations set status = ? where id = ?`).run(status, id);

    it('refuses a second held or booked row for the same sandbox, applicant and procedure', () => {
      const first = reserve({ status: 'held' });
      expect(isUniqueViolation(refusalOf(() => reserve({ status: 'held' })))).toBe(true);
      expect(isUniqueViolation(refusalOf(() => reserve({ status: 'booked' })))).toBe(true);
      t.raw.prepare(`update reservations set status = 'booked', appointment_id = 'apt_first', confirmation_code = 'FIRST22' where id = ?`).run(first);
      expect(isUniqueViolation(refusalOf(() => reserve({ status: 'held' })))).toBe(true);
      expect(isUniqueViolation(refusalOf(() => reserve({ status: 'booked', slot: 'PHX-202603101515' })))).toBe(true);
    });

    it('refuses turning a second row live by an update', () => {
      reserve({ status: 'held' });
      const released = reserve({ status: 'released' });
      expect(isUniqueViolation(refusalOf(() => setStatus(released, 'held')))).toBe(true);
    });

    it('allows the same applicant and procedure in another sandbox, and another procedure in the same one', () => {
      reserve({ status: 'booked' });
      expect(() => reserve({ status: 'held', sandbox: 'practice:usr_x' })).not.toThrow();
      expect(() => reserve({ status: 'held', procedure: 'matricula' })).not.toThrow();
    });

    it.each(['cancelled', 'expired', 'released', 'rescheduled'])('allows a new hold once the first is %s', (ended) => {
      const first = reserve({ status: ended === 'expired' || ended === 'released' ? 'held' : 'booked' });
      setStatus(first, ended);
      expect(() => reserve({ status: 'held' })).not.toThrow();
    });

    it('allows a held replacement (replaces_id set) while the original is booked, but not its booking until the original ends', () => {
      const original = reserve({ status: 'booked' });
      const replacement = reserve({ status: 'held', replaces: original, slot: 'PHX-202603101515' });
      const bookIt = () =>
        t.raw.prepare(`update reservations set status = 'booked', appointment_id = 'apt_new', confirmation_code = 'NEWCODE' where id = ?`).run(replacement);
      expect(isUniqueViolation(refusalOf(bookIt))).toBe(true);
      setStatus(original, 'rescheduled');
      expect(bookIt).not.toThrow();
    });

    it('allows only one pending replacement per booking', () => {
      const original = reserve({ status: 'booked' });
      const pending = reserve({ status: 'held', replaces: original, slot: 'PHX-202603101515' });
      expect(isUniqueViolation(refusalOf(() => reserve({ status: 'held', replaces: original })))).toBe(true);
      setStatus(pending, 'released');
      expect(() => reserve({ status: 'held', replaces: original })).not.toThrow();
    });

    it('refuses a booked row without a confirmation code', () => {
      const id = reserve({ status: 'held' });
      expect(isCheckViolation(refusalOf(() => setStatus(id, 'booked')))).toBe(true);
    });
  });

  describe('audit log', () => {
    beforeEach(() => {
      t.raw
        .prepare(
          `insert into audit_log (at, actor_id, actor_role, action, entity_type, entity_id, sandbox, call_id, details_json)
           values (?, 'usr_operator1', 'operator', 'hold.created', 'hold', 'hld_1', 'live', 'call-1', '{}')`,
        )
        .run(NOW);
    });

    it('rejects UPDATE', () => {
      const error = refusalOf(() => t.raw.prepare(`update audit_log set action = 'hold.released'`).run());
      expect(String(error)).toMatch(/audit_log is append-only/);
      expect(t.raw.prepare('select action from audit_log').all()).toEqual([{ action: 'hold.created' }]);
    });

    it('rejects DELETE', () => {
      const error = refusalOf(() => t.raw.prepare(`delete from audit_log`).run());
      expect(String(error)).toMatch(/audit_log is append-only/);
      expect(t.raw.prepare('select count(*) as n from audit_log').get()).toEqual({ n: 1 });
    });

    it('still accepts appends', () => {
      t.raw
        .prepare(`insert into audit_log (at, action, entity_type, entity_id, sandbox, details_json) values (?, 'auth.login_failed', 'user', 'nobody', 'live', '{}')`)
        .run(NOW);
      expect(t.raw.prepare('select count(*) as n from audit_log').get()).toEqual({ n: 2 });
    });
  });
});
