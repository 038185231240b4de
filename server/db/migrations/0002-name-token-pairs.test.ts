import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate';
import { openTestDatabase, type TestDatabase } from '../test-database';

let t: TestDatabase;
afterEach(async () => {
  await t.cleanup();
});

const NOW = '2026-03-09T12:00:00.000Z';

describe('migration 0002-name-token-pairs', () => {
  it('backfills a pair of name tokens for every applicant already there', async () => {
    t = await openTestDatabase({ migrate: false });
    await migrateToLatest(t.db as Kysely<unknown>, 'sqlite', { upTo: '0001-initial-schema' });
    const insertApplicant = t.raw.prepare(
      `insert into applicants (id, sandbox, curp, given_names, first_surname, second_surname, birth_date, created_at) values (?, 'live', ?, ?, ?, ?, '1980-01-01', '${NOW}')`,
    );
    const insertToken = t.raw.prepare(`insert into applicant_name_tokens (sandbox, token, applicant_id) values (?, ?, ?)`);
    insertApplicant.run('app_1', 'CURP1', 'María Guadalupe', 'Núñez', 'Cruz');
    for (const token of ['MARIA', 'GUADALUPE', 'NUNEZ', 'CRUZ']) insertToken.run('live', token, 'app_1');
    insertApplicant.run('app_2', 'CURP2', 'José', 'Peña', null);
    for (const token of ['JOSE', 'PENA']) insertToken.run('live', token, 'app_2');

    expect(await migrateToLatest(t.db as Kysely<unknown>, 'sqlite', { upTo: '0002-name-token-pairs' })).toEqual(['0002-name-token-pairs']);

    const pairs = t.raw.prepare('select applicant_id, token_a, token_b from applicant_name_token_pairs order by applicant_id, token_a, token_b').all();
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
