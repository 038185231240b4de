/**
 * A day's log: a real server logging at `info`, driven through a day of work as the console drives
 * it (sign-ins, searches by CURP, by name with accents and by phone, records opened, a registration,
 * a booking moved and cancelled, refused inputs, a 404, a routed call answered and ended, messages
 * read) — then every line is read back. Each is JSON with time, level, msg and instance; request
 * lines name the route template and their reqId; call-related lines their callId; and no line holds
 * the CURP, name, phone, e-mail or birth date of anyone the day touched.
 */
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import routingRules from '../../server/modules/routing/routing-rules.json';
import type { Applicant } from '../../shared/api/applicants';
import type { Appointment } from '../../shared/api/booking/appointments';
import {
  ApiClient,
  expectError,
  findFreeSlot,
  hold,
  login,
  newApplicantBody,
  newIdempotencyKey,
  postConfirm,
  postEndCall,
  searchApplicants,
  type Session,
} from '../support/api-client';
import { getMyStatus } from '../support/floor-client';
import {
  newProviderCallId,
  OperatorConsole,
  Telephony,
  TEST_TELEPHONY_TOKEN,
} from '../support/routing-client';
import { startTestServer, type TestServer } from '../support/test-server';

const INSTANCE = 'logs-day-1';
const TWILIO = {
  TWILIO_ACCOUNT_SID: 'AC' + '0123456789abcdef'.repeat(2),
  TWILIO_AUTH_TOKEN: 'twilio-test-auth-token-7f3a9c',
  TWILIO_PUBLIC_URL: 'https://line.example.org/miconsulado',
};
const PROCEDURE = 'passport-renewal';

/** What must never be in a log line about a person. */
export interface Person {
  curp: string | null;
  givenNames: string;
  firstSurname: string;
  secondSurname: string | null;
  birthDate: string;
  phone: string | null;
  email: string | null;
}

/** Lower case without accents: "José Ángel Núñez" and "jose angel nunez" are the same name to a reader. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phone's national digits with anything a person writes between them: 6025550199, (602) 555-0199, 602.555.0199. */
const phonePattern = (phone: string) => {
  const national = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return new RegExp(`(?<!\\d)(?:\\+?1[\\s().-]*)?${[...national].join('[\\s().-]*')}(?!\\d)`);
};

const word = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(text))}(?![\\p{L}\\p{N}])`, 'u');

/** What a line gives away about these people: one entry per finding, empty when it is clean. */
export function personalDataIn(line: string, people: readonly Person[]): string[] {
  const folded = fold(line);
  const found: string[] = [];
  for (const p of people) {
    const given = p.givenNames.split(/\s+/)[0] ?? p.givenNames;
    if (p.curp && folded.includes(p.curp.toLowerCase())) found.push(`CURP ${p.curp}`);
    if (p.email && folded.includes(fold(p.email))) found.push(`e-mail ${p.email}`);
    if (p.phone && phonePattern(p.phone).test(line)) found.push(`phone ${p.phone}`);
    const fullName = [p.givenNames, p.firstSurname, p.secondSurname].filter(Boolean).join(' ');
    if (folded.includes(fold(fullName))) found.push(`name ${fullName}`);
    if (word(given).test(folded) && word(p.firstSurname).test(folded))
      found.push(`name ${given} ${p.firstSurname}`);
    const [year, month, day] = p.birthDate.split('-');
    if (line.includes(p.birthDate) || line.includes(`${day}/${month}/${year}`))
      found.push(`birth date ${p.birthDate}`);
  }
  return found;
}

describe('the personal data scanner', () => {
  const person: Person = {
    curp: 'NUPJ900412HJCXXA09',
    givenNames: 'José Ángel',
    firstSurname: 'Núñez',
    secondSurname: 'Peña',
    birthDate: '1990-04-12',
    phone: '+16025550199',
    email: 'jose.nunez@example.org',
  };

  it('finds a planted CURP, e-mail, phone in any format, name pair and birth date', () => {
    const planted = [
      ['{"msg":"CURP nupj900412hjcxxa09 is not valid"}', 'CURP'],
      ['{"msg":"sent to Jose.Nunez@example.org"}', 'e-mail'],
      ['{"msg":"caller +16025550199"}', 'phone'],
      ['{"msg":"caller (602) 555-0199"}', 'phone'],
      ['{"msg":"caller 602.555.0199"}', 'phone'],
      ['{"msg":"caller 6025550199 waiting"}', 'phone'],
      ['{"msg":"registered jose angel nunez pena"}', 'name'],
      ['{"msg":"found Núñez, José"}', 'name'],
      ['{"msg":"born 1990-04-12"}', 'birth date'],
      ['{"msg":"born 12/04/1990"}', 'birth date'],
    ] as const;
    for (const [line, kind] of planted)
      expect(personalDataIn(line, [person]).join(';'), line).toContain(kind);
  });

  it('passes a line of ids, routes and times', () => {
    const clean =
      '{"level":"info","time":"2026-12-06T07:21:00.000Z","instance":"web-a","reqId":"5f0c","userId":"usr_operator1","callId":"rcl_0000ab","method":"GET","route":"/api/applicants/:id","status":200,"durationMs":6025.5,"msg":"request completed"}';
    expect(personalDataIn(clean, [person])).toEqual([]);
  });
});

describe("a day's log", () => {
  let server: TestServer;
  let operator: Session;
  let lead: Session;
  const people: Person[] = [];
  const callIds: string[] = [];
  const echoed: (string | null)[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      LOG_LEVEL: 'info',
      INSTANCE_ID: INSTANCE,
      TELEPHONY_TOKEN: TEST_TELEPHONY_TOKEN,
      OFFER_TIMEOUT_SECONDS: '60',
      ROUTING_TICK_MS: '100',
      ...TWILIO,
    });
    operator = await login(server.url, 'operator3');
    lead = await login(server.url, 'lead1');
    await workTheDay();
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  const remember = (a: Applicant) => people.push(a);

  async function workTheDay() {
    const api = operator.api;
    // Searches as callers are looked for: a name with accents, then someone found by CURP and by phone.
    const byName = await searchApplicants(api, 'García');
    expect(byName.length).toBeGreaterThan(0);
    byName.slice(0, 5).forEach(remember);
    const known = byName.find((a) => a.curp && a.phone && a.email) ?? (byName[0] as Applicant);
    expect((await searchApplicants(api, known.curp ?? known.firstSurname)).map((a) => a.id)).toContain(
      known.id,
    );
    if (known.phone) await searchApplicants(api, known.phone.replace(/^\+1/, ''));
    await searchApplicants(api, `${known.givenNames} ${known.firstSurname}`);
    // Records opened.
    expect((await api.get(`/api/applicants/${known.id}`)).status).toBe(200);

    // A new applicant: two surnames with accents, a phone and an e-mail.
    const body = newApplicantBody({
      givenNames: 'José Ángel',
      firstSurname: 'Núñez',
      secondSurname: 'Peña',
      birthDate: '1987-10-23',
      phone: '(602) 555-0199',
      email: 'jose.angel.nunez@example.org',
    });
    const created = await api.post<Applicant>('/api/applicants', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const applicant = created.body;
    remember(applicant);
    remember({ ...applicant, phone: body.phone ?? null });
    expect((await api.get(`/api/applicants/${applicant.id}`)).status).toBe(200);
    await searchApplicants(api, body.curp);
    await searchApplicants(api, 'Núñez Peña');

    // Refused inputs that carry the values: a CURP that does not check, a phone that is not one, an e-mail.
    const wrongCurp = `${body.curp.slice(0, 17)}${(Number(body.curp.at(-1)) + 1) % 10}`;
    expectError(
      await api.post('/api/applicants', { ...body, curp: wrongCurp, birthDate: '1987-10-24' }),
      400,
      'invalid_request',
    );
    remember({ ...applicant, curp: wrongCurp, birthDate: '1987-10-24' });
    expectError(
      await api.post('/api/applicants', { ...newApplicantBody(), phone: 'llámame al 602-555-01' }),
      400,
      'invalid_request',
    );
    expectError(
      await api.post('/api/applicants', { ...newApplicantBody(), email: 'jose angel@example' }),
      400,
      'invalid_request',
    );
    // A 404, its URL carrying a CURP.
    expectError(await api.get(`/api/applicants/app_${body.curp}`), 404, 'not_found');
    expectError(await api.get(`/api/nowhere?q=${encodeURIComponent(body.curp)}`), 404, 'not_found');

    // Booked, moved, cancelled.
    const first = await findFreeSlot(api, { consulateId: 'PHX', skipDays: 2 });
    const held = await hold(api, { slotId: first.id, applicantId: applicant.id, procedureId: PROCEDURE });
    const booked = await postConfirm(api, held.id);
    expect(booked.status).toBe(201);
    const later = await findFreeSlot(api, { consulateId: 'PHX', skipDays: 4 });
    const moved = await api.post<Appointment>(
      `/api/appointments/${booked.body.id}/reschedule`,
      { slotId: later.id },
      { 'idempotency-key': newIdempotencyKey() },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    const cancelled = await api.post(`/api/appointments/${moved.body.id}/cancel`);
    expect(cancelled.status).toBe(200);

    // A routed call from the applicant's phone, offered, answered, booked on, hung up and ended.
    const console1 = await OperatorConsole.open(server.url, operator);
    try {
      await console1.waitForStatus((s) => s.state === 'available', 'available');
      const queueId = (await getMyStatus(api)).queue?.id;
      const telephony = new Telephony(server.url);
      const call = await telephony.call({ from: body.phone ?? '', queueId });
      callIds.push(call.id);
      const offer = await console1.waitForOffer(call.id);
      expect((await console1.accept(offer.offerId)).status).toBe(200);
      expect((await api.get('/api/me/call')).status).toBe(200);
      const onCall = { 'x-call-id': call.id };
      await api.get(`/api/applicants?q=${encodeURIComponent(body.curp)}`, onCall);
      const slot = await findFreeSlot(api, { consulateId: 'PHX', skipDays: 5 });
      const held2 = await api.post<{ id: string }>(
        '/api/holds',
        { slotId: slot.id, applicantId: applicant.id, procedureId: PROCEDURE },
        onCall,
      );
      expect(held2.status).toBe(201);
      const booked2 = await api.post<Appointment>(
        '/api/appointments',
        { holdId: held2.body.id },
        { ...onCall, 'idempotency-key': newIdempotencyKey() },
      );
      expect(booked2.status).toBe(201);
      expect((await telephony.hangUp(call.id)).status).toBe(200);
      const ended = await postEndCall(api, call.id, {
        wrapUpCode: 'booked',
        appointmentId: booked2.body.id,
      } as never);
      expect(ended.status, JSON.stringify(ended.body)).toBe(200);
      // A caller nobody answers, who hangs up.
      const missed = await new Telephony(server.url).post({
        providerCallId: newProviderCallId('logs'),
        from: known.phone ?? '+16025550100',
        language: 'es',
        queueId: 'q-region-east',
      });
      callIds.push(missed.body.id);
      await telephony.hangUp(missed.body.id);
    } finally {
      console1.close();
    }

    // A caller through Twilio's webhooks (signed as Twilio signs them), who hangs up on hold.
    const callSid = 'CA' + '7'.repeat(32);
    const key = Object.keys(routingRules.ivrChoices)[0] as string;
    const form = { AccountSid: TWILIO.TWILIO_ACCOUNT_SID, CallSid: callSid, To: '+18445550199' };
    const onHold = await postTwilio('/api/telephony/twilio/voice?lang=es', {
      ...form,
      From: known.phone ?? '+16025550100',
      Digits: key,
      CallStatus: 'in-progress',
    });
    expect(onHold, 'the caller put on hold').toContain('<Play');
    await postTwilio('/api/telephony/twilio/status', { ...form, CallStatus: 'completed' });

    // The lead's day: the messages queued, the applicant's reads.
    expect((await lead.api.get('/api/messages?limit=50')).status).toBe(200);
    await lead.api.get(`/api/applicants/${applicant.id}/reads`);
    // A proxy's request id is kept and echoed; free text in its place is not.
    for (const id of ['proxy-7f3a9c21', 'jose nunez 6025550199']) {
      const traced = await new ApiClient(server.url).request('GET', '/api/health', {
        headers: { 'x-request-id': id },
      });
      echoed.push(traced.headers.get('x-request-id'));
    }
    // A sign-in that fails, with a username that is not a person's.
    expectError(
      await new ApiClient(server.url).post('/api/auth/login', {
        username: 'operator3',
        password: 'wrong-password',
      }),
      401,
      'invalid_credentials',
    );
  }

  /** Posts a webhook form-encoded and signed, as Twilio does; answers the TwiML. */
  async function postTwilio(pathWithQuery: string, params: Record<string, string>) {
    const signature = twilio.getExpectedTwilioSignature(
      TWILIO.TWILIO_AUTH_TOKEN,
      TWILIO.TWILIO_PUBLIC_URL + pathWithQuery,
      params,
    );
    const response = await fetch(server.url + pathWithQuery, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams(params).toString(),
    });
    expect(response.status).toBe(200);
    return response.text();
  }

  const lines = () => server.log.map((line) => JSON.parse(line) as Record<string, unknown>);
  const requestLines = () => lines().filter((l) => l.msg === 'request completed');

  it('is JSON lines, each with time, level, msg and the instance', () => {
    expect(server.log.length).toBeGreaterThan(30);
    for (const line of server.log) {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      expect(parsed, line).toMatchObject({
        time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        level: expect.stringMatching(/^(trace|debug|info|warn|error|fatal)$/),
        msg: expect.any(String),
        instance: INSTANCE,
      });
    }
  });

  it('has one line per request with its reqId and route template, never the URL', () => {
    const templates = new Set([...server.routes.map((r) => r.url), '(no route)']);
    const requests = requestLines();
    expect(requests.length).toBeGreaterThan(25);
    for (const line of requests) {
      expect(line, JSON.stringify(line)).toMatchObject({
        reqId: expect.any(String),
        method: expect.any(String),
        status: expect.any(Number),
        durationMs: expect.any(Number),
      });
      expect(templates, JSON.stringify(line)).toContain(line.route);
    }
    const routes = requests.map((l) => `${l.method} ${l.route} ${l.status}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/applicants 200',
        'GET /api/applicants/:id 200',
        'POST /api/applicants 201',
        'POST /api/applicants 400',
        'GET /api/applicants/:id 404',
        'GET (no route) 404',
        'POST /api/appointments/:id/reschedule 201',
        'POST /api/auth/login 401',
      ]),
    );
    // Refusals say their code (never their message, which may echo the input).
    const refusals = requests.filter((l) => (l.status as number) >= 400);
    expect(refusals.map((l) => `${l.route} ${l.errorCode}`)).toEqual(
      expect.arrayContaining([
        '/api/applicants invalid_request',
        '/api/applicants/:id not_found',
        '/api/auth/login invalid_credentials',
      ]),
    );
    for (const line of refusals) expect(line.errorCode, JSON.stringify(line)).toMatch(/^[a-z_]+$/);
    // Signed-in requests say who asked.
    expect(requests.find((l) => l.route === '/api/applicants/:id')?.userId).toBe(operator.user.id);
    // Ids are unique per request.
    expect(new Set(requests.map((l) => l.reqId)).size).toBe(requests.length);
  });

  it("keeps a sane X-Request-Id, echoes it, and logs the request under it; free text gets an id of the server's", () => {
    const [kept, replaced] = echoed;
    expect(kept).toBe('proxy-7f3a9c21');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    const health = requestLines().filter((l) => l.route === '/api/health');
    expect(health.map((l) => l.reqId)).toEqual(expect.arrayContaining([kept, replaced]));
  });

  it('names the call on every call-related line', () => {
    const [answered, missed] = callIds;
    const requests = requestLines();
    const of = (route: string) => requests.filter((l) => l.route === route);
    expect(of('/api/telephony/calls').map((l) => l.callId)).toEqual([answered, missed]);
    expect(of('/api/telephony/calls/:id/hangup').map((l) => l.callId)).toEqual([answered, missed]);
    expect(of('/api/offers/:offerId/accept').map((l) => l.callId)).toEqual([answered]);
    expect(of('/api/me/call').map((l) => l.callId)).toEqual([answered]);
    expect(of('/api/calls/:id/end').map((l) => l.callId)).toEqual([answered]);
    // Twilio's webhooks: the call routed, then ended, are the same call.
    const [viaTwilio, ...rest] = of('/api/telephony/twilio/voice').map((l) => l.callId);
    expect(viaTwilio).toMatch(/\S/);
    expect(rest).toEqual([]);
    expect(of('/api/telephony/twilio/status').map((l) => l.callId)).toEqual([viaTwilio]);
    // Requests made during the call (X-Call-Id) carry it too.
    expect(requests.filter((l) => l.callId === answered).map((l) => `${l.method} ${l.route}`)).toEqual(
      expect.arrayContaining(['GET /api/applicants', 'POST /api/holds', 'POST /api/appointments']),
    );
  });

  it('holds no CURP, name, phone, e-mail or birth date of anyone the day touched', () => {
    expect(people.length).toBeGreaterThan(5);
    const findings = server.log.flatMap((line) =>
      personalDataIn(line, people).map((what) => `${what} in ${line}`),
    );
    expect(findings).toEqual([]);
  });
});
