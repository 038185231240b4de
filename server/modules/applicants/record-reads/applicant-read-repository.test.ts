/**
 * Who looked at a person, a page at a time: newest first with ties in the order they were recorded,
 * every entry once across pages (a page may end inside one instant), and the page read on the index
 * by applicant and time on both databases — the table grows by several rows per call, 35,000 calls a
 * day, and is only ever asked about one person.
 */
import { sql, type CompiledQuery } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/each-dialect';
import { openTestDatabase, queryPlan, type TestDatabase } from '../../../../test/support/test-database';
import { applicantReadsPage, insertApplicantReads, listApplicantReads } from './applicant-read-repository';

let t: TestDatabase;

/** The compiled page with its parameters written in (explain takes one statement, not a subquery). */
function inlined(query: CompiledQuery) {
  let i = 0;
  const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
  const text = query.sql.replace(/\?|\$\d+/g, (m) =>
    literal(m === '?' ? query.parameters[i++] : query.parameters[Number(m.slice(1)) - 1]),
  );
  return sql.raw(text);
}
afterEach(async () => {
  await t?.cleanup();
});

const read = (applicantId: string, at: string, kind = 'search') => ({
  applicantId,
  at,
  readerId: 'usr_operator1',
  readerRole: 'operator',
  callId: null,
  kind,
  sandbox: 'live',
});

describeEachDialect('applicant reads by person', (dialect) => {
  beforeEach(async () => {
    t = await openTestDatabase({ dialect });
    // Four reads of app_a, two of them in one instant (a search and a screen pop together), and others' reads.
    await insertApplicantReads(t.db, [
      read('app_a', '2027-01-04T14:00:00.000Z', 'screen_pop'),
      read('app_b', '2027-01-04T14:00:01.000Z'),
      read('app_a', '2027-01-04T14:00:02.000Z', 'search'),
      read('app_a', '2027-01-04T14:00:02.000Z', 'record'),
      read('app_a', '2027-01-04T14:00:03.000Z', 'reads_listing'),
    ]);
    const filler = Array.from({ length: 400 }, (_, i) =>
      read(`app_${i % 50}`, new Date(Date.parse('2027-01-03T00:00:00.000Z') + i * 1000).toISOString()),
    );
    await insertApplicantReads(t.db, filler);
    if (dialect === 'postgres') await t.exec('analyze');
  });

  it('pages newest first, ties in recorded order, every entry once', async () => {
    const first = await listApplicantReads(t.db, 'app_a', { limit: 2 });
    expect(first.map((r) => r.kind)).toEqual(['reads_listing', 'record']);
    const second = await listApplicantReads(t.db, 'app_a', { limit: 2, before: String(first[1]!.id) });
    expect(second.map((r) => r.kind)).toEqual(['search', 'screen_pop']);
    expect(await listApplicantReads(t.db, 'app_a', { limit: 2, before: String(second[1]!.id) })).toEqual([]);
    // An entry of another person names no place in this one's list: the newest come first.
    const otherId = (
      await t.rows<{ id: number }>(sql`select id from applicant_reads where applicant_id = 'app_b'`)
    )[0]!.id;
    expect((await listApplicantReads(t.db, 'app_a', { limit: 1, before: String(otherId) }))[0]?.kind).toBe(
      'reads_listing',
    );
  });

  it('reads a page on the index by applicant and time', async () => {
    for (const before of [null, { at: '2027-01-04T14:00:02.000Z', id: 4 }]) {
      const plan = await queryPlan(t, inlined(applicantReadsPage(t.db, 'app_a', before, 50).compile()));
      expect(plan, plan).toMatch(/applicant_reads_by_applicant/);
      expect(plan, plan).not.toMatch(/SCAN r\b|Seq Scan on applicant_reads/);
      if (dialect === 'sqlite') expect(plan, plan).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
      else expect(plan, plan).not.toMatch(/Sort/);
    }
  });
});
