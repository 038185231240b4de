/**
 * Who looked at whom: every answer that shows a person — a screen pop on an answered call, a search
 * listing them, their record — is recorded with the user, their role, the instant and the call the
 * server knows them to be on (not a header); leads and admins list it newest first, and the listing is
 * itself recorded. Against a real server on SQLite and on PostgreSQL.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicantReadList, type ApplicantRead } from '../../shared/api/applicants';
import type { Applicant } from '../../shared/api/applicants';
import { createApplicant, expectError, login, searchApplicants, type Session } from '../support/api-client';
import { getMyStatus } from '../support/floor-client';
import { OperatorConsole, Telephony, TEST_TELEPHONY_TOKEN } from '../support/routing-client';
import { openTestKysely } from '../support/test-kysely';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let lead: Session;
let admin: Session;

beforeAll(async () => {
  server = await startTestServer({ TELEPHONY_TOKEN: TEST_TELEPHONY_TOKEN, OFFER_TIMEOUT_SECONDS: '60' });
  [lead, admin] = await Promise.all([login(server.url, 'lead1'), login(server.url, 'admin1')]);
});

afterAll(async () => {
  await server?.close();
});

async function readsOf(session: Session, applicantId: string, query = '') {
  const response = await session.api.get<ApplicantReadList>(`/api/applicants/${applicantId}/reads${query}`);
  expect(response.status).toBe(200);
  return ApplicantReadList.strict().parse(response.body);
}

/** The entries other than the listings (each listing adds one of its own). */
const looks = (items: ApplicantRead[]) => items.filter((r) => r.kind !== 'reads_listing');

describe('reads of an applicant', () => {
  it('records the screen pop, a search and the record opened during a routed call, with who, when and the call', async () => {
    const phone = '+16025557341';
    const registrar = await login(server.url, 'operator9');
    const person = await createApplicant(registrar.api, { phone });
    const operator = await OperatorConsole.open(server.url, 'operator3');
    try {
      await operator.waitForStatus((s) => s.state === 'available', 'available');
      const queueId = (await getMyStatus(operator.api)).queue?.id;
      const before = new Date().toISOString();
      const routed = await new Telephony(server.url).call({ from: phone, queueId });
      const offer = await operator.waitForOffer(routed.id);
      const accepted = await operator.accept(offer.offerId);
      expect(accepted.status).toBe(200);
      expect(accepted.body.matches.map((a) => a.id)).toContain(person.id);

      // The operator searches by CURP, then opens the record; a header naming another call is not believed.
      expect((await searchApplicants(operator.api, person.curp)).map((a) => a.id)).toEqual([person.id]);
      const record = await operator.api.get<Applicant>(`/api/applicants/${person.id}`, {
        'x-call-id': 'a-call-the-console-made-up',
      });
      expect(record.status).toBe(200);
      expect(record.body).toMatchObject({ id: person.id, curp: person.curp, phone });

      const listed = await readsOf(lead, person.id);
      const after = new Date().toISOString();
      const operatorReads = looks(listed.items).filter((r) => r.reader.id === operator.userId);
      // Newest first: the record, the search, the screen pop — each in the routed call.
      expect(operatorReads.map((r) => [r.kind, r.callId, r.reader.role, r.practice])).toEqual([
        ['record', routed.id, 'operator', false],
        ['search', routed.id, 'operator', false],
        ['screen_pop', routed.id, 'operator', false],
      ]);
      expect(operatorReads[0]!.reader.name).not.toBe(operator.userId);
      for (const read of operatorReads) {
        expect(read.at >= before && read.at <= after).toBe(true);
      }
      const instants = listed.items.map((r) => r.at);
      expect([...instants].sort().reverse()).toEqual(instants);
    } finally {
      operator.close();
    }
  });

  it('records a read outside any call with no call, whatever call id the request names', async () => {
    const operator = await login(server.url, 'operator11');
    const person = await createApplicant(operator.api);
    const record = await operator.api.get(`/api/applicants/${person.id}`, { 'x-call-id': 'call_forged' });
    expect(record.status).toBe(200);
    const [latest] = looks((await readsOf(lead, person.id)).items);
    expect(latest).toMatchObject({ kind: 'record', callId: null, reader: { id: operator.user.id } });
  });

  it('lists the listing itself: the next listing shows who listed, and when', async () => {
    const operator = await login(server.url, 'operator12');
    const person = await createApplicant(operator.api);
    const first = await readsOf(lead, person.id);
    expect(first.items[0]).toMatchObject({
      kind: 'reads_listing',
      reader: { id: lead.user.id, role: 'lead' },
    });
    const second = await readsOf(admin, person.id);
    expect(second.items.slice(0, 2).map((r) => [r.kind, r.reader.role])).toEqual([
      ['reads_listing', 'admin'],
      ['reads_listing', 'lead'],
    ]);
  });

  it('pages newest first with before and limit, every entry once', async () => {
    const operator = await login(server.url, 'operator13');
    const person = await createApplicant(operator.api);
    for (let i = 0; i < 4; i++)
      expect((await operator.api.get(`/api/applicants/${person.id}`)).status).toBe(200);
    const page1 = await readsOf(lead, person.id, '?limit=3');
    expect(page1.items).toHaveLength(3);
    expect(page1.more).toBe(true);
    const page2 = await readsOf(lead, person.id, `?limit=3&before=${page1.items.at(-1)!.id}`);
    const kinds = [...page1.items, ...page2.items].map((r) => r.kind);
    expect(kinds).toEqual(['reads_listing', 'record', 'record', 'record', 'record']);
    expect(page2.more).toBe(false);
    expect(new Set([...page1.items, ...page2.items].map((r) => r.id)).size).toBe(5);
  });

  it('answers 403 to operators and trainees, 404 for an unknown applicant', async () => {
    const [operator, trainee] = await Promise.all([
      login(server.url, 'operator14'),
      login(server.url, 'trainee2'),
    ]);
    const person = await createApplicant(operator.api);
    expectError(await operator.api.get(`/api/applicants/${person.id}/reads`), 403, 'forbidden');
    expectError(await trainee.api.get(`/api/applicants/${person.id}/reads`), 403, 'forbidden');
    expectError(await lead.api.get('/api/applicants/app_nobody/reads'), 404, 'not_found');
    // Nobody but the registrar looked (a refused listing reads nothing).
    expect(looks((await readsOf(lead, person.id)).items)).toEqual([]);
  });

  it('records a practice search of the fictional pool as practice, listed to a lead who practises too', async () => {
    const trainee = await login(server.url, 'trainee3');
    const hits = await searchApplicants(trainee.api, 'Garcia', 8);
    const fictional = hits.find((a) => a.id.startsWith('prc_'));
    expect(fictional).toBeDefined();
    // A lead sees the practice pool only when practising too.
    const response = await lead.api.get<ApplicantReadList>(`/api/applicants/${fictional!.id}/reads`, {
      'x-practice-mode': 'on',
    });
    expect(response.status).toBe(200);
    expect(looks(response.body.items).filter((r) => r.reader.id === trainee.user.id)).toMatchObject([
      { kind: 'search', practice: true, callId: null, reader: { role: 'trainee' } },
    ]);
    expectError(await lead.api.get(`/api/applicants/${fictional!.id}/reads`), 404, 'not_found');
  });

  it('answers no person when their read cannot be recorded: the search and the record fail, nothing shown', async () => {
    const operator = await login(server.url, 'operator15');
    const person = await createApplicant(operator.api);
    // The database refuses new reads (as a full disk or a broken table would), behind the server's back.
    const db = openTestKysely(server.databaseUrl, { readOnly: false });
    const refuse =
      server.dialect === 'sqlite'
        ? [
            sql`create trigger refuse_reads before insert on applicant_reads begin select raise(abort, 'reads refused'); end`,
          ]
        : [
            sql`create function refuse_reads() returns trigger language plpgsql as $$ begin raise exception 'reads refused'; end $$`,
            sql`create trigger refuse_reads before insert on applicant_reads for each row execute function refuse_reads()`,
          ];
    try {
      for (const statement of refuse) await statement.execute(db);
      const search = await operator.api.get<{ items?: Applicant[] }>(
        `/api/applicants?q=${encodeURIComponent(person.curp)}`,
      );
      expectError(search, 500, 'internal_error');
      expect(JSON.stringify(search.body)).not.toContain(person.curp);
      const record = await operator.api.get(`/api/applicants/${person.id}`);
      expectError(record, 500, 'internal_error');
      expect(JSON.stringify(record.body)).not.toContain(person.curp);
    } finally {
      await sql`drop trigger refuse_reads${sql.raw(server.dialect === 'sqlite' ? '' : ' on applicant_reads')}`.execute(
        db,
      );
      if (server.dialect !== 'sqlite') await sql`drop function refuse_reads()`.execute(db);
      await db.destroy();
    }
    // Recorded again once the database takes them.
    expect((await searchApplicants(operator.api, person.curp)).map((a) => a.id)).toEqual([person.id]);
  });
});
