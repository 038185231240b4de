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

describeEachDialect('migration 0010-fees-by-currency', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0009-applicants-without-curp' });
    // A database seeded before 0010: two procedures and their US-dollar fees in the old table.
    await t.exec(`
      insert into procedures (id, name_es, name_en, duration_minutes, requirements_json, requires_procedure_id, sort_order)
        values ('passport-first', 'Pasaporte', 'Passport', 20, '[]', null, 10), ('ine-credential', 'INE', 'INE', 20, '[]', null, 70);
      insert into procedure_fees (procedure_id, label_es, label_en, amount_cents, effective_from, sort_order) values
        ('passport-first', 'Pasaporte, 10 años', 'Passport, 10 years', 20300, '2025-01-01', 0),
        ('passport-first', 'Pasaporte, 10 años', 'Passport, 10 years', 20900, '2026-01-01', 1),
        ('ine-credential', 'Gratuito', 'Free', 0, '2026-01-01', 2);`);
    expect(
      await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0010-fees-by-currency' }),
    ).toEqual(['0010-fees-by-currency']);
  });

  const insertFee = (values: {
    procedure?: string;
    currency?: string;
    from?: string;
    label?: string;
    cents?: number | null;
  }) =>
    t.rows(
      sql`insert into fee_schedule (procedure_id, currency, effective_from, label_es, label_en, amount_cents, source, sort_order)
          values (${values.procedure ?? 'passport-first'}, ${values.currency ?? 'CAD'}, ${values.from ?? '2026-01-01'}, 'Pasaporte, 10 años', ${values.label ?? 'Passport, 10 years'}, ${values.cents === undefined ? null : values.cents}, 'a test', 9)`,
    );

  it('carries the old fees over as US dollars, with their dates, amounts and order, and drops the old table', async () => {
    expect(
      await t.rows(
        sql`select procedure_id, currency, effective_from, label_en, amount_cents, sort_order from fee_schedule order by sort_order`,
      ),
    ).toEqual([
      {
        procedure_id: 'passport-first',
        currency: 'USD',
        effective_from: '2025-01-01',
        label_en: 'Passport, 10 years',
        amount_cents: 20300,
        sort_order: 0,
      },
      {
        procedure_id: 'passport-first',
        currency: 'USD',
        effective_from: '2026-01-01',
        label_en: 'Passport, 10 years',
        amount_cents: 20900,
        sort_order: 1,
      },
      {
        procedure_id: 'ine-credential',
        currency: 'USD',
        effective_from: '2026-01-01',
        label_en: 'Free',
        amount_cents: 0,
        sort_order: 2,
      },
    ]);
    expect(
      await t.count(
        sql`select count(*) as n from fee_schedule where source = ${'procedure_fees (before migration 0010)'}`,
      ),
    ).toBe(3);
    expect(await refusalOf(() => t.rows(sql`select count(*) as n from procedure_fees`))).toBeDefined();
  });

  it('accepts an amount nobody published (null) and a free line (0) in Canadian dollars', async () => {
    await insertFee({ cents: null });
    await insertFee({ procedure: 'ine-credential', label: 'Free', cents: 0 });
    expect(
      await t.rows(
        sql`select procedure_id, amount_cents from fee_schedule where currency = 'CAD' order by procedure_id`,
      ),
    ).toEqual([
      { procedure_id: 'ine-credential', amount_cents: 0 },
      { procedure_id: 'passport-first', amount_cents: null },
    ]);
  });

  it('refuses a negative amount, a currency other than USD and CAD, and an unknown procedure', async () => {
    expect(isCheckViolation(await refusalOf(() => insertFee({ cents: -1 })))).toBe(true);
    expect(isCheckViolation(await refusalOf(() => insertFee({ currency: 'MXN', cents: 100 })))).toBe(true);
    expect(
      isForeignKeyViolation(await refusalOf(() => insertFee({ procedure: 'no-such-procedure', cents: 100 }))),
    ).toBe(true);
  });

  it('keeps one line per procedure, currency, date and label', async () => {
    expect(isUniqueViolation(await refusalOf(() => insertFee({ currency: 'USD', cents: 1 })))).toBe(true);
    await insertFee({ currency: 'CAD', cents: null });
    expect(isUniqueViolation(await refusalOf(() => insertFee({ currency: 'CAD', cents: 5 })))).toBe(true);
  });
});
