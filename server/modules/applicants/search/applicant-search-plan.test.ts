/**
 * The name search stays on indexes on both databases when a birth date narrows it: the join starts
 * from the name index (tokens, or pairs) and reads each joined applicant by primary key, never a
 * scan of applicants (hundreds of thousands in production). On PostgreSQL the plan is asked with
 * sequential and bitmap scans off (see `queryPlan`): it shows whether the indexes the query needs exist.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import { openTestDatabase, queryPlan, type TestDatabase } from '../../../../test/support/test-database';
import { generateApplicants } from '../../../seed/generators/applicant-generator';
import { insertApplicants, type NewApplicant } from '../applicant-repository';
import { createApplicantSearch, planStage } from './applicant-search';
import { loadNameVocabulary } from './name-vocabulary';

let t: TestDatabase;
afterEach(async () => {
  await t?.cleanup();
});

describeEachDialect('name search narrowed by a birth date', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect });
    const people: NewApplicant[] = [];
    for (const a of generateApplicants({ count: 600, seed: 14 })) {
      people.push({ ...a, sandbox: 'live', createdAt: '2025-01-15T16:00:00.000Z', createdBy: null });
    }
    people.push({
      id: 'app_target',
      sandbox: 'live',
      curp: null,
      noCurpReason: 'foreign_national',
      givenNames: 'Ramón',
      firstSurname: 'González',
      secondSurname: 'Elizondo',
      birthDate: '1985-03-14',
      phone: null,
      email: null,
      createdAt: '2025-01-15T16:00:00.000Z',
      createdBy: null,
    });
    await t.db.transaction().execute((trx) => insertApplicants(trx, people, t.bulkInsert));
    if (dialect === 'postgres') await t.exec('analyze');
  });

  it('reads applicants by primary key after the name index, and finds the caller', async () => {
    const vocabulary = await loadNameVocabulary(t.db);
    for (const pairs of [false, true]) {
      const { query } = planStage({
        sandboxes: ['live'],
        stage: [
          vocabulary.candidates('RAMON', { prefix: false }),
          vocabulary.candidates('GONZALES', { prefix: true }),
        ],
        cap: 500,
        pairs,
        born: [{ from: '1985-03-14', to: '1985-03-15' }],
      });
      const plan = await queryPlan(t, query);
      if (dialect === 'sqlite') {
        expect(plan, plan).toMatch(/SEARCH a USING INDEX sqlite_autoindex_applicants_1 \(id=\?\)/);
        expect(plan, plan).not.toMatch(/\bSCAN\b/);
      } else {
        expect(plan, plan).toMatch(/Index (Only )?Scan using applicants_pkey on applicants a\b/);
        expect(plan, plan).not.toMatch(/Seq Scan|Bitmap/);
      }
      expect((await t.rows<{ id: string }>(query)).map((r) => r.id)).toEqual(['app_target']);
    }
    const search = createApplicantSearch(t.db, vocabulary);
    expect((await search.search(['live'], 'Ramon Gonzales 14/03/1985', 20)).map((r) => r.id)).toEqual([
      'app_target',
    ]);
  });
});
