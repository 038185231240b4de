/**
 * Personal data (docs/PERSONAL-DATA.md): an administrator exports everything held about one person
 * and erases a person on request where allowed; the retention job anonymises applicants inactive for
 * RETENTION_YEARS on its schedule. Against a real server, on SQLite and on PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../shared/api/booking/appointments';
import { ErasePersonResult, PersonExport, RetentionRunResult } from '../../shared/api/personal-data';
import type { CallOfferedPayload, MyCall, RoutedCall } from '../../shared/api/routing';
import type { Database } from '../../server/platform/db/schema';
import {
  ApiClient,
  book,
  createApplicant,
  expectError,
  findFreeSlot,
  login,
  postEndCall,
  searchApplicants,
  type Session,
} from '../support/api-client';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { FloorSocket, getMyStatus } from '../support/floor-client';
import { waitFor } from '../support/socket-client';
import { openTestKysely } from '../support/test-kysely';
import { startTestServer, type TestServer } from '../support/test-server';

const TELEPHONY_TOKEN = 'personal-data-telephony-token';

/** Appointments counted as the statistics count them: by consulate, procedure, day and status. */
async function appointmentStatistics(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('reservations as r')
    .innerJoin('slots as s', 's.id', 'r.slot_id')
    .select(['r.consulate_id', 'r.procedure_id', 's.local_date', 'r.status'])
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('r.sandbox', '=', 'live')
    .groupBy(['r.consulate_id', 'r.procedure_id', 's.local_date', 'r.status'])
    .orderBy('r.consulate_id')
    .orderBy('r.procedure_id')
    .orderBy('s.local_date')
    .orderBy('r.status')
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

const exportOf = (admin: Session, applicantId: string) =>
  admin.api.get<PersonExport>(`/api/admin/people/${applicantId}/export`);
const erase = (admin: Session, applicantId: string, reason = 'ARCO request 2026-0142 (cancellation)') =>
  admin.api.post<ErasePersonResult>(`/api/admin/people/${applicantId}/erase`, { reason });

describe('an administrator exports and erases one person', () => {
  let server: TestServer;
  let db: Kysely<Database>;
  let admin: Session;
  let operator: Session;
  let lead: Session;

  beforeAll(async () => {
    server = await startTestServer({ TELEPHONY_TOKEN, OFFER_TIMEOUT_SECONDS: '60' });
    db = openTestKysely(server.databaseUrl, { readOnly: true });
    [admin, operator, lead] = await Promise.all([
      login(server.url, 'admin1'),
      login(server.url, 'operator7'),
      login(server.url, 'lead1'),
    ]);
  });

  afterAll(async () => {
    await db?.destroy();
    await server?.close();
  });

  /** An inbound call from the person's number, answered by operator7, linked to them, with a note. */
  async function callFrom(phone: string, applicantId: string, note: string) {
    const offers: CallOfferedPayload[] = [];
    const floor = await FloorSocket.connect(server.url, operator.token);
    try {
      floor.socket.on('call:offered', (offer) => offers.push(offer));
      await floor.waitForStatus((s) => s.state === 'available', 'available');
      const queueId = (await getMyStatus(operator.api)).queue?.id;
      const telephony = new ApiClient(server.url, TELEPHONY_TOKEN);
      const arrived = await telephony.post<RoutedCall>('/api/telephony/calls', {
        providerCallId: `personal-data-${applicantId}`,
        from: phone,
        language: 'es',
        queueId,
      });
      expect(arrived.status).toBe(201);
      const offer = await waitFor(() => offers.at(-1), 10_000, 'call:offered');
      expect((await operator.api.post<MyCall>(`/api/offers/${offer.offerId}/accept`)).status).toBe(200);
      expect((await telephony.post(`/api/telephony/calls/${offer.callId}/hangup`)).status).toBe(200);
      const ended = await postEndCall(operator.api, offer.callId, {
        wrapUpCode: 'information',
        applicantId,
        note,
      });
      expect(ended.status).toBe(200);
      return offer.callId;
    } finally {
      floor.close();
    }
  }

  it('exports everything held about one person, and nothing of another, as a download (audited)', async () => {
    const person = await createApplicant(operator.api, {
      phone: '+16025550171',
      email: 'exportada.persona@example.org',
    });
    const other = await createApplicant(operator.api, {
      phone: '+16025550172',
      email: 'otra.persona@example.org',
    });
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX', seats: 2 });
    const mine = await book(operator.api, {
      slotId: slot.id,
      applicantId: person.id,
      procedureId: 'matricula',
    });
    const theirs = await book(operator.api, {
      slotId: slot.id,
      applicantId: other.id,
      procedureId: 'matricula',
    });
    const callId = await callFrom('+16025550171', person.id, 'Pidió la cita por teléfono');
    expect((await searchApplicants(operator.api, person.curp)).map((a) => a.id)).toEqual([person.id]);

    const response = await exportOf(admin, person.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="miconsulado-${person.id}.json"`,
    );
    const document = PersonExport.parse(response.body);
    expect(document.applicant).toMatchObject({
      id: person.id,
      curp: person.curp,
      givenNames: person.givenNames,
      phone: '+16025550171',
      email: 'exportada.persona@example.org',
      anonymised: false,
    });
    expect(document.appointments).toEqual([
      expect.objectContaining({
        appointmentId: mine.id,
        status: 'booked',
        consulateId: 'PHX',
        start: slot.start,
      }),
    ]);
    // The booking told them by e-mail and SMS (kept: no sender is configured here).
    expect(document.messages.map((m) => m.recipient).sort()).toEqual(
      ['+16025550171', 'exportada.persona@example.org'].sort(),
    );
    expect(document.messages.every((m) => m.appointmentId === mine.id && m.text.length > 0)).toBe(true);
    expect(document.calls).toEqual([
      expect.objectContaining({ id: callId, note: 'Pidió la cita por teléfono', wrapUpCode: 'information' }),
    ]);
    expect(document.lines).toEqual([
      expect.objectContaining({ id: callId, direction: 'inbound', fromNumber: '+16025550171' }),
    ]);
    // Who looked at them: the operator's searches and record reads, recorded as they happened.
    expect(document.reads.map((r) => r.kind)).toContain('search');
    expect(document.reads.every((r) => r.readerRole === 'operator' && r.readerId === operator.user.id)).toBe(
      true,
    );
    const actions = document.audit.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['applicant.created', 'hold.created', 'appointment.booked', 'call.ended']),
    );

    const text = JSON.stringify(response.body);
    for (const foreign of [other.id, other.curp, '+16025550172', 'otra.persona@example.org', theirs.id])
      expect(text).not.toContain(foreign);

    const audited = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.exported')
      .where('entity_id', '=', person.id)
      .execute();
    expect(audited).toEqual([expect.objectContaining({ actor_id: admin.user.id, actor_role: 'admin' })]);
  });

  it('is for administrators only: operators and leads get 403, an unknown person 404, no reason 400', async () => {
    const person = await createApplicant(operator.api);
    for (const session of [operator, lead]) {
      expectError(await exportOf(session, person.id), 403, 'forbidden');
      expectError(await erase(session, person.id), 403, 'forbidden');
      expectError(await session.api.post('/api/admin/retention/run'), 403, 'forbidden');
    }
    expectError(await exportOf(admin, 'app_doesnotexist'), 404, 'not_found');
    expectError(await erase(admin, 'app_doesnotexist'), 404, 'not_found');
    expectError(
      await admin.api.post(`/api/admin/people/${person.id}/erase`, { reason: ' ' }),
      400,
      'invalid_request',
    );
    expect((await exportOf(admin, person.id)).body).toMatchObject({ applicant: { anonymised: false } });
  });

  it('refuses to erase a person with an appointment to come; after the cancellation it erases them, statistics unchanged', async () => {
    const person = await createApplicant(operator.api, {
      phone: '+16025550181',
      email: 'borrar.persona@example.org',
    });
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const appointment = await book(operator.api, {
      slotId: slot.id,
      applicantId: person.id,
      procedureId: 'matricula',
    });

    const refused = expectError(await erase(admin, person.id), 409, 'erasure_refused');
    expect(refused.error.details).toEqual({ reason: 'upcoming_appointment' });
    expect(refused.error.message).toMatch(/cancel it first/);
    expect(await searchApplicants(operator.api, person.curp)).toHaveLength(1);

    const cancelled = await operator.api.post<Appointment>(`/api/appointments/${appointment.id}/cancel`, {
      reason: 'la persona pidió borrar sus datos',
    });
    expect(cancelled.status).toBe(200);
    const before = await appointmentStatistics(db);

    const erased = await erase(admin, person.id);
    expect(erased.status).toBe(200);
    expect(ErasePersonResult.parse(erased.body)).toMatchObject({
      applicantId: person.id,
      alreadyAnonymised: false,
    });

    // Nobody finds them any more: not by CURP, phone, name or e-mail.
    for (const q of [
      person.curp,
      '+16025550181',
      '6025550181',
      `${person.givenNames} ${person.firstSurname}`,
    ])
      expect((await searchApplicants(operator.api, q)).map((a) => a.id)).not.toContain(person.id);
    // The appointments are still counted as they were.
    expect(await appointmentStatistics(db)).toEqual(before);

    // What remains: the row without data, the birth year, the cancelled appointment.
    const remains = PersonExport.parse((await exportOf(admin, person.id)).body);
    expect(remains.applicant).toMatchObject({
      givenNames: '',
      firstSurname: '',
      secondSurname: null,
      phone: null,
      email: null,
      birthDate: `${person.birthDate.slice(0, 4)}-07-01`,
      anonymised: true,
    });
    expect(remains.appointments).toEqual([
      expect.objectContaining({ appointmentId: appointment.id, status: 'cancelled', consulateId: 'PHX' }),
    ]);
    expect(remains.messages.length).toBeGreaterThan(0);
    expect(remains.messages.every((m) => m.recipient === '' && m.text === '' && m.subject === null)).toBe(
      true,
    );

    // The trail says who erased them and why, and holds none of their data anywhere.
    const trail = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', person.id).execute();
    expect(trail.find((e) => e.action === 'person.erased')).toMatchObject({
      actor_id: admin.user.id,
      details_json: JSON.stringify({
        reason: 'ARCO request 2026-0142 (cancellation)',
        alreadyAnonymised: false,
      }),
    });
    const everything = await db.selectFrom('audit_log').select('details_json').execute();
    const allDetails = everything.map((e) => e.details_json).join('\n');
    for (const data of [person.curp, '+16025550181', 'borrar.persona@example.org'])
      expect(allDetails).not.toContain(data);
    const messages = await db
      .selectFrom('outbound_messages')
      .select(['recipient', 'text'])
      .where(sql<boolean>`recipient in ('+16025550181', 'borrar.persona@example.org')`)
      .execute();
    expect(messages).toEqual([]);

    // Erasing again is fine, and says there was nothing left.
    const again = await erase(admin, person.id, 'second request, same person');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyAnonymised: true });
  });

  it('refuses while the person waits on the waitlist', async () => {
    const person = await createApplicant(operator.api);
    const slot = await findFreeSlot(operator.api, { consulateId: 'TUS', skipDays: 2 });
    const day = slot.localStart.slice(0, 10);
    const entry = await operator.api.post<{ id: string }>('/api/waitlist', {
      procedureId: 'matricula',
      applicantId: person.id,
      consulateIds: ['TUS'],
      from: day,
      to: day,
    });
    expect(entry.status).toBe(201);
    const refused = expectError(await erase(admin, person.id), 409, 'erasure_refused');
    expect(refused.error.details).toEqual({ reason: 'on_waitlist' });
    expect((await operator.api.del(`/api/waitlist/${entry.body.id}`)).status).toBe(204);
    expect((await erase(admin, person.id)).status).toBe(200);
  });
});

describe('the retention job', () => {
  let server: ClockedServer;
  let db: Kysely<Database>;

  beforeAll(async () => {
    // A small seed; the job runs every 200 ms (its daily schedule, shortened).
    server = await startClockedServer({
      SEED_APPLICANTS: '60',
      RETENTION_INTERVAL_MS: '200',
      RETENTION_BATCH: '25',
    });
    db = openTestKysely(server.databaseUrl, { readOnly: true });
  });

  afterAll(async () => {
    await db?.destroy();
    await server?.close();
  });

  const anonymisedIds = async (ids: string[]) =>
    (
      await db
        .selectFrom('applicants')
        .select('id')
        .where('id', 'in', ids)
        .where((eb) =>
          eb.or([eb('curp', 'like', 'anonymised:%'), eb('identity_key', 'like', 'anonymised:%')]),
        )
        .execute()
    ).map((r) => r.id);

  it('anonymises on its schedule only the applicants inactive for RETENTION_YEARS, keeping the statistics, once', async () => {
    const operator = await login(server.url, 'operator3');
    const inactive = await createApplicant(operator.api, {
      phone: '+15205550191',
      email: 'inactiva@example.org',
    });
    const active = await createApplicant(operator.api, { phone: '+15205550192' });
    const slot = await findFreeSlot(operator.api, { consulateId: 'TUS', skipDays: 3 });
    await book(operator.api, { slotId: slot.id, applicantId: active.id, procedureId: 'matricula' });
    // A run now finds nobody old enough.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await anonymisedIds([inactive.id, active.id])).toEqual([]);
    const before = await appointmentStatistics(db);

    // Five years and a day later (the default RETENTION_YEARS): the inactive one's registration is
    // older than the limit; the active one's appointment, three days after it, is not.
    const later = new Date(server.now());
    later.setUTCFullYear(later.getUTCFullYear() + 5);
    server.moveTo(later.getTime() + 86_400_000);
    await waitFor(
      async () => (await anonymisedIds([inactive.id])).length === 1 || undefined,
      20_000,
      'the scheduled retention run',
    );
    expect(await anonymisedIds([active.id])).toEqual([]);
    expect(await appointmentStatistics(db)).toEqual(before);

    const admin = await login(server.url, 'admin1');
    const operatorNow = await login(server.url, 'operator3');
    expect(await searchApplicants(operatorNow.api, inactive.curp)).toEqual([]);
    expect((await searchApplicants(operatorNow.api, '5205550191')).map((a) => a.id)).not.toContain(
      inactive.id,
    );
    expect((await searchApplicants(operatorNow.api, active.curp)).map((a) => a.id)).toEqual([active.id]);

    // Audited once per batch, with how many; nothing of the person in the trail.
    const batches = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'retention.anonymised')
      .execute();
    expect(batches.length).toBeGreaterThan(0);
    for (const batch of batches) {
      const details = JSON.parse(batch.details_json) as { count: number; years: number };
      expect(details.years).toBe(5);
      expect(details.count).toBeGreaterThan(0);
      expect(details.count).toBeLessThanOrEqual(25);
    }
    const registered = await db
      .selectFrom('audit_log')
      .select('details_json')
      .where('entity_id', '=', inactive.id)
      .execute();
    expect(registered.map((r) => r.details_json).join()).not.toContain(inactive.curp);

    // Idempotent: a run now finds nobody left to anonymise.
    const run = await admin.api.post<RetentionRunResult>('/api/admin/retention/run');
    expect(run.status).toBe(200);
    expect(RetentionRunResult.parse(run.body)).toMatchObject({ enabled: true, years: 5, anonymised: 0 });
    expect(await anonymisedIds([active.id])).toEqual([]);
  });
});
