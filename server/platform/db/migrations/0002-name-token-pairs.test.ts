import { sql, type Kysely } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase } from '../../../../test/support/test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const NOW = '2026-03-09T12:00:00.000Z';

describeEachDialect('migration 0002-name-token-pairs', (dialect) => {
  it('backfills a pair of name tokens for every applicant already there', async () => {
    t = await openTestDatabase({ dialect, migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0001-initial-schema' });
    const insertApplicant = (id: string, curp: string, given: string, first: string, second: string | null) =>
      t.rows(
        sql`insert into applicants (id, sandbox, curp, given_names, first_surname, second_surname, birth_date, created_at) values (${id}, 'live', ${curp}, ${given}, ${first}, ${second}, '1980-01-01', ${NOW})`,
      );
    const insertToken = (token: string, applicantId: string) =>
      t.rows(
        sql`insert into applicant_name_tokens (sandbox, token, applicant_id) values ('live', ${token}, ${applicantId})`,
      );
    await insertApplicant('app_1', 'CURP1', 'María Guadalupe', 'Núñez', 'Cruz');
    for (const token of ['MARIA', 'GUADALUPE', 'NUNEZ', 'CRUZ']) await insertToken(token, 'app_1');
    await insertApplicant('app_2', 'CURP2', 'José', 'Peña', null);
    for (const token of ['JOSE', 'PENA']) await insertToken(token, 'app_2');

    expect(
      await migrateToLatest(t.db as Kysely<unknown>, dialect, { upTo: '0002-name-token-pairs' }),
    ).toEqual(['0002-name-token-pairs']);

    const pairs = await t.rows(
      sql`select applicant_id, token_a, token_b from applicant_name_token_pairs order by applicant_id, token_a, token_b`,
    );
    expect(pairs).toEqual([
      { applicant_id: 'app_1', token_a: 'CRUZ', token_b: 'GUADALUPE' },
      { applicant_id: 'app_1', token_a: 'CRUZ', token_b: 'MARIA' },
      { applicant_id: 'app_1', token_a: 'CRUZ', token_b: 'NUNEZ' },
      { applicant_id: 'app_1', token_a: 'GUADALUPE', token_b: 'MARIA' },
      { applicant_id: 'app_1', token_a: 'GUADALUPE', token_b: 'NUNEZ' },
      { applicant_id: 'app_1', token_a: 'MARIA', token_b: 'NUNEZ' },
      { applicant_id: 'app_2', token_a: 'JOSE', token_b: 'PENA' },
    ]);
  });
});
