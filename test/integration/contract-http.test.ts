/**
 * The HTTP table of CONTRACT.md, row by row, as an outside client sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Applicant } from '../../shared/api/applicants';
import { Appointment } from '../../shared/api/booking/appointments';
import { User } from '../../shared/api/auth';
import { Consulate } from '../../shared/api/reference/consulates';
import { Hold } from '../../shared/api/booking/holds';
import { Procedure } from '../../shared/api/reference/procedures';
import { Slot } from '../../shared/api/slots';
import {
  ApiClient,
  addDays,
  appointmentsOf,
  availableOf,
  book,
  createApplicant,
  expectError,
  expectErrorShape,
  findFreeSlot,
  hold,
  listSlots,
  login,
  newApplicantBody,
  newIdempotencyKey,
  postConfirm,
  postHold,
  searchApplicants,
  setCapacity,
  todayIn,
  wallTimeIn,
  type Session,
} from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let anonymous: ApiClient;
let operator: Session;
let operator2: Session;
let lead: Session;
let trainee: Session;

beforeAll(async () => {
  server = await startTestServer({
    MAX_LIVE_HOLDS_PER_USER: '200',
    HOLDS_PER_MINUTE: '10000',
    FAILED_LOGINS_PER_15_MINUTES: '4',
  });
  anonymous = new ApiClient(server.url);
  [operator, operator2, lead, trainee] = await Promise.all([
    login(server.url, 'operator1'),
    login(server.url, 'operator2'),
    login(server.url, 'lead1'),
    login(server.url, 'trainee1'),
  ]);
});

afterAll(async () => {
  await server?.close();
});

const PHX_TODAY = () => todayIn('America/Phoenix');

describe('health and sign-in', () => {
  it('answers the health check without a session', async () => {
    const response = await anonymous.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', instance: expect.any(String) });
  });

  it.each([
    ['operator7', 'operator'],
    ['lead2', 'lead'],
    ['trainee3', 'trainee'],
    ['admin1', 'admin'],
  ])('signs %s in with the demo password and tells its role', async (username, role) => {
    const response = await anonymous.post<{ token: string; user: User }>('/api/auth/login', {
      username,
      password: 'demo1234',
    });
    expect(response.status).toBe(200);
    expect(typeof response.body.token).toBe('string');
    expect(response.body.token.length).toBeGreaterThanOrEqual(20);
    expect(User.strict().parse(response.body.user)).toMatchObject({ username, role });
    expect(response.body.user.displayName.length).toBeGreaterThan(0);
  });

  it('refuses a wrong password and an unknown user alike with invalid_credentials', async () => {
    expectError(
      await anonymous.post('/api/auth/login', { username: 'operator3', password: 'wrong-password' }),
      401,
      'invalid_credentials',
    );
    expectError(
      await anonymous.post('/api/auth/login', { username: 'nobody', password: 'demo1234' }),
      401,
      'invalid_credentials',
    );
  });

  it('limits failed sign-ins per username and address: the rest of the floor, behind the same address, still signs in', async () => {
    for (let i = 0; i < 4; i++)
      expectError(
        await anonymous.post('/api/auth/login', { username: 'operator33', password: `guess-${i}` }),
        401,
        'invalid_credentials',
      );
    expectError(
      await anonymous.post('/api/auth/login', { username: 'operator33', password: 'demo1234' }),
      429,
      'rate_limited',
    );
    expectError(
      await anonymous.post('/api/auth/login', { username: 'OPERATOR33', password: 'demo1234' }),
      429,
      'rate_limited',
    );
    expect(
      (await anonymous.post('/api/auth/login', { username: 'operator34', password: 'demo1234' })).status,
    ).toBe(200);
  });

  it('a token stops working after logout', async () => {
    const session = await login(server.url, 'operator9');
    expect((await session.api.get('/api/consulates')).status).toBe(200);
    expect((await session.api.post('/api/auth/logout')).status).toBe(204);
    expectError(await session.api.get('/api/consulates'), 401, 'unauthenticated');
  });
});

describe('every request but health and login needs a session', () => {
  const routes: [method: string, path: string, body?: unknown][] = [
    ['GET', '/api/auth/me'],
    ['POST', '/api/auth/logout'],
    ['GET', '/api/consulates'],
    ['GET', '/api/procedures'],
    ['GET', '/api/applicants?q=garcia'],
    ['POST', '/api/applicants', { curp: 'X', givenNames: 'A', firstSurname: 'B', birthDate: '1990-01-01' }],
    ['GET', '/api/slots?consulateId=PHX&from=2026-12-01&to=2026-12-02'],
    ['PATCH', '/api/slots/PHX-202612011600', { capacity: 5 }],
    ['POST', '/api/holds', { slotId: 's', applicantId: 'a', procedureId: 'matricula' }],
    ['POST', '/api/holds/hld_x/extend'],
    ['DELETE', '/api/holds/hld_x'],
    ['POST', '/api/appointments', { holdId: 'hld_x' }],
    ['GET', '/api/appointments?applicantId=app_x'],
    ['POST', '/api/appointments/apt_x/cancel'],
    ['POST', '/api/appointments/apt_x/reschedule', { slotId: 's' }],
  ];

  it.each(routes)('%s %s without a token is 401 unauthenticated', async (method, path, body) => {
    expectError(
      await anonymous.request(method, path, { body, headers: { 'idempotency-key': newIdempotencyKey() } }),
      401,
      'unauthenticated',
    );
  });

  it.each(routes)('%s %s with a made-up token is 401 unauthenticated', async (method, path, body) => {
    const forger = new ApiClient(server.url, 'not-a-real-token-0123456789abcdefghijklmnop');
    expectError(
      await forger.request(method, path, { body, headers: { 'idempotency-key': newIdempotencyKey() } }),
      401,
      'unauthenticated',
    );
  });
});

describe('reference data', () => {
  it('lists the 57 consulates with their codes and time zones', async () => {
    const response = await operator.api.get<{ items: Consulate[] }>('/api/consulates');
    expect(response.status).toBe(200);
    const items = response.body.items.map((c) => Consulate.strict().parse(c));
    expect(items).toHaveLength(57);
    expect(new Set(items.map((c) => c.id)).size).toBe(57);
    expect(items.filter((c) => c.country === 'CA')).toHaveLength(5);
    const byId = new Map(items.map((c) => [c.id, c]));
    expect(byId.get('PHX')).toMatchObject({
      city: 'Phoenix',
      region: 'AZ',
      country: 'US',
      timeZone: 'America/Phoenix',
    });
    expect(byId.get('ELP')).toMatchObject({
      city: 'El Paso',
      region: 'TX',
      country: 'US',
      timeZone: 'America/Denver',
    });
    expect(byId.get('CHI')).toMatchObject({
      city: 'Chicago',
      region: 'IL',
      country: 'US',
      timeZone: 'America/Chicago',
    });
    for (const c of items)
      expect(() => new Intl.DateTimeFormat('en', { timeZone: c.timeZone }), c.timeZone).not.toThrow();
  });

  it('lists the procedures with bilingual requirements and the 2026 fees', async () => {
    // The fees of a day in 2026, whatever today is: fees change every 1 January.
    const response = await operator.api.get<{ items: Procedure[] }>(
      '/api/procedures?consulateId=PHX&date=2026-06-01',
    );
    expect(response.status).toBe(200);
    const items = response.body.items.map((p) => Procedure.parse(p));
    const byId = new Map(items.map((p) => [p.id, p]));
    for (const id of ['passport-first', 'passport-renewal', 'passport-minor', 'matricula'])
      expect(byId.has(id), id).toBe(true);
    for (const p of items) {
      expect(p.name.es.length * p.name.en.length).toBeGreaterThan(0);
      expect(p.durationMinutes).toBeGreaterThan(0);
      expect(p.requirements.length).toBeGreaterThan(0);
      for (const r of p.requirements)
        expect(r.es.length > 0 && r.en.length > 0 && r.es !== r.en, `${p.id}: ${r.en}`).toBe(true);
    }
    const fee = (id: string, label: string) =>
      byId.get(id)?.fees.find((f) => f.label.en === label)?.amountUsd;
    expect(fee('passport-first', 'Passport, 10 years')).toBe(209);
    expect(fee('passport-renewal', 'Passport, 10 years')).toBe(209);
    expect(fee('passport-renewal', 'Passport, 3 years')).toBe(101);
    expect(fee('passport-minor', 'Passport, 1 year')).toBe(44);
    expect(byId.get('matricula')?.fees.map((f) => f.amountUsd)).toEqual([41]);
    for (const f of byId.get('passport-first')?.fees ?? []) expect(f.label.es).toMatch(/^Pasaporte/);
  });
});

describe('finding applicants', () => {
  let ours: Applicant & { curp: string };
  beforeAll(async () => {
    ours = await createApplicant(operator.api, {
      givenNames: 'José Ángel',
      firstSurname: 'Peñaloza',
      secondSurname: 'Ibáñez',
      birthDate: '1981-07-23',
      phone: '(602) 555-0147',
    });
  });

  it('finds an applicant by CURP typed in lower case', async () => {
    const found = await searchApplicants(operator.api, ours.curp.toLowerCase());
    expect(found.map((a) => a.id)).toEqual([ours.id]);
    const [seeded] = await searchApplicants(operator.api, 'garcia');
    expect(seeded).toBeDefined();
    expect(
      (await searchApplicants(operator.api, ` ${seeded?.curp?.toLowerCase()} `)).map((a) => a.id),
    ).toContain(seeded?.id);
  });

  it('finds an applicant by phone whatever the punctuation', async () => {
    expect(ours.phone).toBe('+16025550147');
    for (const q of ['602-555-0147', '(602) 555 0147', '+1 602.555.0147', '6025550147']) {
      expect(
        (await searchApplicants(operator.api, q)).map((a) => a.id),
        q,
      ).toContain(ours.id);
    }
  });

  it('finds an applicant by names in any order, with or without accents', async () => {
    for (const q of [
      'Peñaloza Ibáñez José Ángel',
      'ibanez jose penaloza',
      'ANGEL PENALOZA',
      'josé peñaloza ibáñez',
    ]) {
      expect((await searchApplicants(operator.api, q))[0]?.id, q).toBe(ours.id);
    }
  });

  it('finds an applicant despite a typo in a name', async () => {
    for (const q of ['Penalosa Ibanez', 'Jose Peñaloza Ibañes', 'Angel Pñaloza']) {
      expect(
        (await searchApplicants(operator.api, q)).map((a) => a.id),
        q,
      ).toContain(ours.id);
    }
  });

  it('returns every field of the applicant, absent ones as null', async () => {
    const [found] = await searchApplicants(operator.api, ours.curp);
    expect(Applicant.strict().parse(found)).toEqual({ ...ours, email: null });
  });
});

describe('registering applicants', () => {
  it('registers an applicant with a valid CURP (201)', async () => {
    const body = newApplicantBody({ phone: '+1 (312) 555-0123', email: 'rosa@example.com' });
    const response = await operator.api.post<Applicant>('/api/applicants', {
      ...body,
      curp: body.curp.toLowerCase(),
    });
    expect(response.status).toBe(201);
    expect(Applicant.strict().parse(response.body)).toEqual({
      id: expect.any(String),
      curp: body.curp,
      noCurpReason: null,
      givenNames: body.givenNames,
      firstSurname: body.firstSurname,
      secondSurname: body.secondSurname,
      birthDate: body.birthDate,
      phone: '+13125550123',
      email: 'rosa@example.com',
      language: 'es',
    });
  });

  it('stores a missing second surname, phone and e-mail as null', async () => {
    const response = await operator.api.post<Applicant>(
      '/api/applicants',
      newApplicantBody({ secondSurname: undefined }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ secondSurname: null, phone: null, email: null });
  });

  it('refuses a CURP whose check digit is wrong (400)', async () => {
    const body = newApplicantBody();
    const last = Number(body.curp.slice(-1));
    const body2 = { ...body, curp: `${body.curp.slice(0, 17)}${(last + 1) % 10}` };
    expectError(await operator.api.post('/api/applicants', body2), 400, 'invalid_request');
    expect(await searchApplicants(operator.api, body2.curp)).toEqual([]);
  });

  it('refuses a birth date that does not match the CURP (400)', async () => {
    const body = newApplicantBody();
    const response = await operator.api.post('/api/applicants', {
      ...body,
      birthDate: addDays(body.birthDate, 1),
    });
    expectError(response, 400, 'invalid_request');
    expect(await searchApplicants(operator.api, body.curp)).toEqual([]);
  });

  it('refuses a CURP that is already registered (409 duplicate_applicant)', async () => {
    const body = newApplicantBody();
    expect((await operator.api.post('/api/applicants', body)).status).toBe(201);
    expectError(
      await operator2.api.post('/api/applicants', { ...body, givenNames: 'Otro' }),
      409,
      'duplicate_applicant',
    );
    const [seeded] = await searchApplicants(operator.api, 'hernandez');
    if (!seeded) throw new Error('no seeded applicant found');
    const { id: _id, ...again } = seeded;
    expectError(
      await operator.api.post(
        '/api/applicants',
        Object.fromEntries(Object.entries(again).filter(([, v]) => v !== null)),
      ),
      409,
      'duplicate_applicant',
    );
    expect(await searchApplicants(operator.api, body.curp)).toHaveLength(1);
  });
});

describe('listing slots', () => {
  it('lists at most 62 days at once: 62 are fine, 63 are refused (400)', async () => {
    const from = PHX_TODAY();
    const response = await operator.api.get<{ items: Slot[] }>(
      `/api/slots?consulateId=PHX&from=${from}&to=${addDays(from, 61)}`,
    );
    expect(response.status).toBe(200);
    expectError(
      await operator.api.get(`/api/slots?consulateId=PHX&from=${from}&to=${addDays(from, 62)}`),
      400,
      'invalid_request',
    );
    expectError(
      await operator.api.get(`/api/slots?consulateId=PHX&from=${from}&to=${addDays(from, -1)}`),
      400,
      'invalid_request',
    );
    expectError(
      await operator.api.get(`/api/slots?consulateId=PHX&from=2026-02-30&to=2026-03-01`),
      400,
      'invalid_request',
    );
  });

  it.each([
    ['PHX', 'America/Phoenix'],
    ['ELP', 'America/Denver'],
    ['CHI', 'America/Chicago'],
  ])('lists %s slots ordered by start, with local wall times in %s', async (consulateId, zone) => {
    const from = todayIn(zone);
    const to = addDays(from, 13);
    const items = (
      await operator.api.get<{ items: Slot[] }>(`/api/slots?consulateId=${consulateId}&from=${from}&to=${to}`)
    ).body.items;
    expect(items.length).toBeGreaterThan(50);
    for (const slot of items) {
      Slot.strict().parse(slot);
      expect(slot.consulateId).toBe(consulateId);
      expect(slot.localStart).toBe(wallTimeIn(slot.start, zone));
      expect(slot.localStart.slice(0, 10) >= from && slot.localStart.slice(0, 10) <= to).toBe(true);
      expect(Date.parse(slot.end)).toBeGreaterThan(Date.parse(slot.start));
      expect(slot.available).toBeLessThanOrEqual(slot.capacity);
      expect(slot.available).toBeGreaterThanOrEqual(0);
    }
    const starts = items.map((s) => Date.parse(s.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('shows a day only within from..to, by local date', async () => {
    const day = addDays(todayIn('America/Denver'), 3);
    const items = await listSlots(operator.api, 'ELP', day, day);
    for (const slot of items) expect(slot.localStart.startsWith(day)).toBe(true);
  });

  it('counts a held seat as not available', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX', seats: 2 });
    const applicant = await createApplicant(operator.api);
    await hold(operator.api, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' });
    expect(await availableOf(operator.api, slot)).toBe(slot.available - 1);
    expect(await availableOf(operator2.api, slot)).toBe(slot.available - 1);
  });
});

describe('holding seats', () => {
  it('holds a seat for an applicant until expiresAt (201)', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const before = Date.now();
    const response = await postHold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'passport-renewal',
    });
    expect(response.status).toBe(201);
    const held = Hold.parse(response.body);
    expect(held).toMatchObject({
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'passport-renewal',
    });
    const ttl = Date.parse(held.expiresAt) - before;
    expect(ttl).toBeGreaterThan(295_000);
    expect(ttl).toBeLessThan(305_000);
  });

  it('refuses a seat in a full slot with 409 slot_full', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    await setCapacity(lead.api, slot.id, 1);
    const [a, b] = [await createApplicant(operator.api), await createApplicant(operator.api)];
    await hold(operator.api, { slotId: slot.id, applicantId: a.id, procedureId: 'matricula' });
    expectError(
      await postHold(operator2.api, { slotId: slot.id, applicantId: b.id, procedureId: 'matricula' }),
      409,
      'slot_full',
    );
    expect(await availableOf(operator.api, slot)).toBe(0);
  });

  it('refuses a second seat for the same applicant and procedure with 409 duplicate_appointment', async () => {
    const [s1, s2, s3] = [
      await findFreeSlot(operator.api, { consulateId: 'PHX' }),
      await findFreeSlot(operator.api, { consulateId: 'PHX' }),
      await findFreeSlot(operator.api, { consulateId: 'ELP' }),
    ];
    const applicant = await createApplicant(operator.api);
    const first = await hold(operator.api, {
      slotId: s1.id,
      applicantId: applicant.id,
      procedureId: 'passport-first',
    });
    expectError(
      await postHold(operator2.api, {
        slotId: s2.id,
        applicantId: applicant.id,
        procedureId: 'passport-first',
      }),
      409,
      'duplicate_appointment',
    );
    // Booked, still a duplicate; another procedure is fine.
    expect((await postConfirm(operator.api, first.id)).status).toBe(201);
    expectError(
      await postHold(operator.api, {
        slotId: s3.id,
        applicantId: applicant.id,
        procedureId: 'passport-first',
      }),
      409,
      'duplicate_appointment',
    );
    expect(
      (await postHold(operator.api, { slotId: s2.id, applicantId: applicant.id, procedureId: 'matricula' }))
        .status,
    ).toBe(201);
    expect(await availableOf(operator.api, s3)).toBe(s3.available);
  });

  it('frees the seat at once when a hold is released (204)', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    expect(await availableOf(operator.api, slot)).toBe(slot.available - 1);
    const response = await operator.api.del(`/api/holds/${held.id}`);
    expect(response.status).toBe(204);
    expect(await availableOf(operator.api, slot)).toBe(slot.available);
    // The applicant may hold again right away.
    expect(
      (await postHold(operator.api, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' }))
        .status,
    ).toBe(201);
  });

  it('refuses an unknown slot, applicant or procedure with 404', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    expectError(
      await postHold(operator.api, {
        slotId: 'PHX-209901011600',
        applicantId: applicant.id,
        procedureId: 'matricula',
      }),
      404,
      'not_found',
    );
    expectError(
      await postHold(operator.api, { slotId: slot.id, applicantId: 'app_nobody', procedureId: 'matricula' }),
      404,
      'not_found',
    );
    expectError(
      await postHold(operator.api, {
        slotId: slot.id,
        applicantId: applicant.id,
        procedureId: 'no-such-thing',
      }),
      404,
      'not_found',
    );
    expect(await availableOf(operator.api, slot)).toBe(slot.available);
  });
});

describe('confirming appointments', () => {
  it('confirms a hold as a booked appointment (201) without taking another seat', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'ELP' });
    const applicant = await createApplicant(operator.api);
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'passport-first',
    });
    const response = await postConfirm(operator.api, held.id);
    expect(response.status).toBe(201);
    expect(Appointment.parse(response.body)).toMatchObject({
      status: 'booked',
      slotId: slot.id,
      consulateId: 'ELP',
      applicantId: applicant.id,
      procedureId: 'passport-first',
      start: slot.start,
      localStart: slot.localStart,
    });
    expect(response.body.confirmationCode).toMatch(/^[A-Z0-9-]{6,}$/);
    expect(await availableOf(operator.api, slot)).toBe(slot.available - 1);
  });

  it('replays the same key and body: same appointment, nothing booked twice', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const key = newIdempotencyKey();
    const first = await postConfirm(operator.api, held.id, key);
    expect(first.status).toBe(201);
    const availableAfterFirst = await availableOf(operator.api, slot);
    const again = await postConfirm(operator.api, held.id, key);
    expect([200, 201]).toContain(again.status);
    expect(again.body).toEqual(first.body);
    expect(await availableOf(operator.api, slot)).toBe(availableAfterFirst);
    expect(availableAfterFirst).toBe(slot.available - 1);
    expect(await appointmentsOf(operator.api, applicant.id)).toEqual([first.body]);
  });

  it('refuses the same key with another body (409 idempotency_key_reused)', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX', seats: 2 });
    const [a, b] = [await createApplicant(operator.api), await createApplicant(operator.api)];
    const [h1, h2] = [
      await hold(operator.api, { slotId: slot.id, applicantId: a.id, procedureId: 'matricula' }),
      await hold(operator.api, { slotId: slot.id, applicantId: b.id, procedureId: 'matricula' }),
    ];
    const key = newIdempotencyKey();
    expect((await postConfirm(operator.api, h1.id, key)).status).toBe(201);
    expectError(await postConfirm(operator.api, h2.id, key), 409, 'idempotency_key_reused');
    expect(await appointmentsOf(operator.api, b.id)).toEqual([]);
    // The second hold is untouched and can still be confirmed with its own key.
    expect((await postConfirm(operator.api, h2.id)).status).toBe(201);
  });

  it('requires an Idempotency-Key (400)', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    expectError(await operator.api.post('/api/appointments', { holdId: held.id }), 400, 'invalid_request');
    expect(await appointmentsOf(operator.api, applicant.id)).toEqual([]);
  });

  it('refuses to confirm a released hold (409 hold_expired)', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const held = await hold(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    expect((await operator.api.del(`/api/holds/${held.id}`)).status).toBe(204);
    expectError(await postConfirm(operator.api, held.id), 409, 'hold_expired');
    expect(await availableOf(operator.api, slot)).toBe(slot.available);
    expect(await appointmentsOf(operator.api, applicant.id)).toEqual([]);
  });
});

describe('appointments of an applicant', () => {
  it("lists an applicant's appointments, cancelled ones included", async () => {
    const applicant = await createApplicant(operator.api);
    const [s1, s2] = [
      await findFreeSlot(operator.api, { consulateId: 'PHX' }),
      await findFreeSlot(operator.api, { consulateId: 'CHI' }),
    ];
    const a1 = await book(operator.api, {
      slotId: s1.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const a2 = await book(operator2.api, {
      slotId: s2.id,
      applicantId: applicant.id,
      procedureId: 'passport-renewal',
    });
    const listed = await appointmentsOf(operator.api, applicant.id);
    expect(
      listed
        .map((a) => Appointment.parse(a))
        .map((a) => a.id)
        .sort(),
    ).toEqual([a1.id, a2.id].sort());
    expect(listed.every((a) => a.status === 'booked')).toBe(true);
  });

  it('cancels an appointment: status cancelled and the seat is free again at once', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const applicant = await createApplicant(operator.api);
    const appointment = await book(operator.api, {
      slotId: slot.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    expect(await availableOf(operator.api, slot)).toBe(slot.available - 1);
    const response = await operator.api.post<Appointment>(`/api/appointments/${appointment.id}/cancel`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: appointment.id,
      status: 'cancelled',
      confirmationCode: appointment.confirmationCode,
    });
    expect(await availableOf(operator.api, slot)).toBe(slot.available);
    expect((await appointmentsOf(operator.api, applicant.id)).map((a) => a.status)).toEqual(['cancelled']);
    // Cancelling again changes nothing; the applicant may book again.
    expect(
      (await operator.api.post<Appointment>(`/api/appointments/${appointment.id}/cancel`)).body.status,
    ).toBe('cancelled');
    expect(await availableOf(operator.api, slot)).toBe(slot.available);
    expect(
      (await postHold(operator.api, { slotId: slot.id, applicantId: applicant.id, procedureId: 'matricula' }))
        .status,
    ).toBe(201);
  });

  it('reschedules an appointment: the seat moves in one step', async () => {
    const [from, to] = [
      await findFreeSlot(operator.api, { consulateId: 'PHX' }),
      await findFreeSlot(operator.api, { consulateId: 'PHX' }),
    ];
    const applicant = await createApplicant(operator.api);
    const appointment = await book(operator.api, {
      slotId: from.id,
      applicantId: applicant.id,
      procedureId: 'passport-renewal',
    });
    const key = newIdempotencyKey();
    const response = await operator.api.post<Appointment>(
      `/api/appointments/${appointment.id}/reschedule`,
      { slotId: to.id },
      { 'idempotency-key': key },
    );
    expect(response.status).toBe(201);
    expect(Appointment.parse(response.body)).toMatchObject({
      status: 'booked',
      slotId: to.id,
      applicantId: applicant.id,
      procedureId: 'passport-renewal',
      start: to.start,
    });
    expect(response.body.id).not.toBe(appointment.id);
    expect(await availableOf(operator.api, from)).toBe(from.available);
    expect(await availableOf(operator.api, to)).toBe(to.available - 1);
    const listed = await appointmentsOf(operator.api, applicant.id);
    expect(listed.find((a) => a.id === appointment.id)?.status).toBe('cancelled');
    expect(listed.filter((a) => a.status === 'booked').map((a) => a.id)).toEqual([response.body.id]);
    // The same request again is a replay, not a second move.
    const again = await operator.api.post<Appointment>(
      `/api/appointments/${appointment.id}/reschedule`,
      { slotId: to.id },
      { 'idempotency-key': key },
    );
    expect([200, 201]).toContain(again.status);
    expect(again.body).toEqual(response.body);
    expect(await availableOf(operator.api, to)).toBe(to.available - 1);
    expectError(
      await operator.api.post(
        `/api/appointments/${appointment.id}/reschedule`,
        { slotId: from.id },
        { 'idempotency-key': key },
      ),
      409,
      'idempotency_key_reused',
    );
  });

  it('refuses to reschedule into a full slot and keeps the original seat', async () => {
    const [from, to] = [
      await findFreeSlot(operator.api, { consulateId: 'PHX' }),
      await findFreeSlot(operator.api, { consulateId: 'PHX' }),
    ];
    const [applicant, other] = [await createApplicant(operator.api), await createApplicant(operator.api)];
    await setCapacity(lead.api, to.id, 1);
    await book(operator.api, { slotId: to.id, applicantId: other.id, procedureId: 'matricula' });
    const appointment = await book(operator.api, {
      slotId: from.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    expectError(
      await operator.api.post(
        `/api/appointments/${appointment.id}/reschedule`,
        { slotId: to.id },
        { 'idempotency-key': newIdempotencyKey() },
      ),
      409,
      'slot_full',
    );
    expect(await appointmentsOf(operator.api, applicant.id)).toEqual([appointment]);
    expect(await availableOf(operator.api, from)).toBe(from.available - 1);
  });

  it('a hold that replaces an appointment gives up the old booking when confirmed', async () => {
    const [from, to] = [
      await findFreeSlot(operator.api, { consulateId: 'ELP' }),
      await findFreeSlot(operator.api, { consulateId: 'ELP' }),
    ];
    const applicant = await createApplicant(operator.api);
    const appointment = await book(operator.api, {
      slotId: from.id,
      applicantId: applicant.id,
      procedureId: 'passport-renewal',
    });
    const replacing = await hold(operator.api, {
      slotId: to.id,
      applicantId: applicant.id,
      procedureId: 'passport-renewal',
      replacesAppointmentId: appointment.id,
    });
    expect(replacing.replacesAppointmentId).toBe(appointment.id);
    // While only held, both seats are taken and the old booking stands.
    expect(await availableOf(operator.api, from)).toBe(from.available - 1);
    expect(await availableOf(operator.api, to)).toBe(to.available - 1);
    expect((await appointmentsOf(operator.api, applicant.id)).map((a) => a.status)).toEqual(['booked']);
    const confirmed = await postConfirm(operator.api, replacing.id);
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ status: 'booked', slotId: to.id });
    expect(await availableOf(operator.api, from)).toBe(from.available);
    expect(await availableOf(operator.api, to)).toBe(to.available - 1);
    const listed = await appointmentsOf(operator.api, applicant.id);
    expect(listed.find((a) => a.id === appointment.id)?.status).toBe('cancelled');
    expect(listed.filter((a) => a.status === 'booked').map((a) => a.id)).toEqual([confirmed.body.id]);
  });
  it('refuses to reschedule while a replacing hold for the same appointment is pending (409, nothing moves)', async () => {
    const [from, pending, other] = [
      await findFreeSlot(operator.api, { consulateId: 'ELP' }),
      await findFreeSlot(operator.api, { consulateId: 'ELP' }),
      await findFreeSlot(operator.api, { consulateId: 'ELP' }),
    ];
    const applicant = await createApplicant(operator.api);
    const appointment = await book(operator.api, {
      slotId: from.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
    });
    const replacing = await hold(operator.api, {
      slotId: pending.id,
      applicantId: applicant.id,
      procedureId: 'matricula',
      replacesAppointmentId: appointment.id,
    });
    const response = await operator.api.post(
      `/api/appointments/${appointment.id}/reschedule`,
      { slotId: other.id },
      { 'idempotency-key': newIdempotencyKey() },
    );
    expectError(response, 409, 'duplicate_appointment');
    expect(await availableOf(operator.api, other)).toBe(other.available);
    expect(await appointmentsOf(operator.api, applicant.id)).toEqual([appointment]);
    // Once the pending hold is released, the reschedule goes through.
    expect((await operator.api.del(`/api/holds/${replacing.id}`)).status).toBe(204);
    expect(
      (
        await operator.api.post(
          `/api/appointments/${appointment.id}/reschedule`,
          { slotId: other.id },
          { 'idempotency-key': newIdempotencyKey() },
        )
      ).status,
    ).toBe(201);
    expect(await availableOf(operator.api, from)).toBe(from.available);
    expect(await availableOf(operator.api, pending)).toBe(pending.available);
    expect(await availableOf(operator.api, other)).toBe(other.available - 1);
  });
});

describe('slot capacity (leads)', () => {
  it('lets a lead change the seats of a slot (200)', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    const response = await lead.api.patch<Slot>(`/api/slots/${slot.id}`, { capacity: slot.capacity + 4 });
    expect(response.status).toBe(200);
    expect(Slot.parse(response.body)).toMatchObject({
      id: slot.id,
      capacity: slot.capacity + 4,
      available: slot.available + 4,
      start: slot.start,
      localStart: slot.localStart,
    });
    expect(await availableOf(operator.api, slot)).toBe(slot.available + 4);
  });

  it('refuses fewer seats than holds and bookings (409 capacity_below_booked)', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX', seats: 2 });
    await setCapacity(lead.api, slot.id, 3);
    const [a, b] = [await createApplicant(operator.api), await createApplicant(operator.api)];
    await book(operator.api, { slotId: slot.id, applicantId: a.id, procedureId: 'matricula' });
    await hold(operator.api, { slotId: slot.id, applicantId: b.id, procedureId: 'matricula' });
    expectError(await lead.api.patch(`/api/slots/${slot.id}`, { capacity: 1 }), 409, 'capacity_below_booked');
    expect(await getCapacity(slot)).toEqual({ capacity: 3, available: 1 });
    expect((await lead.api.patch<Slot>(`/api/slots/${slot.id}`, { capacity: 2 })).body).toMatchObject({
      capacity: 2,
      available: 0,
    });
  });

  it('forbids operators and trainees (403)', async () => {
    const slot = await findFreeSlot(operator.api, { consulateId: 'PHX' });
    expectError(await operator.api.patch(`/api/slots/${slot.id}`, { capacity: 9 }), 403, 'forbidden');
    expectError(await trainee.api.patch(`/api/slots/${slot.id}`, { capacity: 9 }), 403, 'forbidden');
    expect(await getCapacity(slot)).toEqual({ capacity: slot.capacity, available: slot.available });
  });

  async function getCapacity(slot: Slot) {
    const day = slot.localStart.slice(0, 10);
    const found = (await listSlots(operator.api, slot.consulateId, day, day)).find((s) => s.id === slot.id);
    return { capacity: found?.capacity, available: found?.available };
  }
});

describe('strict bodies and the error shape', () => {
  it.each([
    ['POST', '/api/auth/login', { username: 'operator1', password: 'demo1234', remember: true }],
    ['POST', '/api/applicants', { ...newApplicantBody(), nickname: 'Pepe' }],
    [
      'POST',
      '/api/holds',
      { slotId: 'PHX-202612011600', applicantId: 'app_1', procedureId: 'matricula', priority: 1 },
    ],
    ['POST', '/api/appointments', { holdId: 'hld_1', note: 'x' }],
    ['PATCH', '/api/slots/PHX-202612011600', { capacity: 4, reason: 'staff' }],
    ['POST', '/api/appointments/apt_1/reschedule', { slotId: 'PHX-202612011600', force: true }],
    ['POST', '/api/appointments/apt_1/cancel', { reason: 'moved', notify: true }],
  ])('refuses an unknown field in %s %s (400 invalid_request)', async (method, path, body) => {
    const api = path === '/api/auth/login' ? anonymous : lead.api;
    expectError(
      await api.request(method, path, { body, headers: { 'idempotency-key': newIdempotencyKey() } }),
      400,
      'invalid_request',
    );
  });

  it('refuses a body over 1 MiB with 413 payload_too_large', async () => {
    const body = { ...newApplicantBody(), givenNames: 'A'.repeat(1024 * 1024 + 10) };
    expectError(await operator.api.post('/api/applicants', body), 413, 'payload_too_large');
    expectError(
      await anonymous.request('POST', '/api/auth/login', {
        rawBody: JSON.stringify({ username: 'x', password: 'y'.repeat(1_100_000) }),
      }),
      413,
      'payload_too_large',
    );
  });

  it('reads bodies up to 1 MiB: just under is parsed (and refused for what it says), just over is 413', async () => {
    const envelope = JSON.stringify({ holdId: 'hld_x', padding: '' });
    const under = JSON.stringify({ holdId: 'hld_x', padding: 'p'.repeat(1024 * 1024 - envelope.length) });
    expect(Buffer.byteLength(under)).toBe(1024 * 1024);
    expectError(
      await operator.api.request('POST', '/api/appointments', {
        rawBody: under,
        headers: { 'idempotency-key': newIdempotencyKey() },
      }),
      400,
      'invalid_request',
    );
    const over = JSON.stringify({ holdId: 'hld_x', padding: 'p'.repeat(1024 * 1024 - envelope.length + 1) });
    expectError(
      await operator.api.request('POST', '/api/appointments', {
        rawBody: over,
        headers: { 'idempotency-key': newIdempotencyKey() },
      }),
      413,
      'payload_too_large',
    );
  });

  it('accepts JSON sent with a charset', async () => {
    const response = await anonymous.request('POST', '/api/auth/login', {
      rawBody: JSON.stringify({ username: 'operator8', password: 'demo1234' }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(response.status).toBe(200);
  });

  it('refuses a body that is not JSON (400 invalid_request)', async () => {
    expectError(
      await operator.api.request('POST', '/api/holds', { rawBody: '{"slotId": "PHX-1",' }),
      400,
      'invalid_request',
    );
    expectError(
      await anonymous.request('POST', '/api/auth/login', { rawBody: "{username: 'operator1'}" }),
      400,
      'invalid_request',
    );
  });

  it('answers an unknown route with 404 and the error shape', async () => {
    expectError(await operator.api.get('/api/nothing-here'), 404, 'not_found');
    expectError(await anonymous.get('/api/nothing-here?x=1'), 404, 'not_found');
    expectError(await operator.api.request('PUT', '/api/holds'), 404, 'not_found');
  });

  it('answers unknown ids with 404 not_found', async () => {
    expectError(await operator.api.del('/api/holds/hld_doesnotexist'), 404, 'not_found');
    expectError(await operator.api.post('/api/holds/hld_doesnotexist/extend'), 404, 'not_found');
    expectError(await operator.api.post('/api/appointments/apt_doesnotexist/cancel'), 404, 'not_found');
    expectError(await lead.api.patch('/api/slots/PHX-209901011600', { capacity: 3 }), 404, 'not_found');
    expectError(await operator.api.get('/api/appointments?applicantId=app_doesnotexist'), 404, 'not_found');
  });

  it('refuses bad query parameters with 400 and the error shape', async () => {
    for (const path of [
      '/api/applicants',
      '/api/applicants?q=a',
      '/api/slots?consulateId=phx&from=2026-12-01&to=2026-12-02',
      '/api/slots?consulateId=PHX',
      '/api/appointments',
    ]) {
      const response = await operator.api.get(path);
      expect(response.status, path).toBe(400);
      expectErrorShape(response);
    }
  });
});

describe('API documentation', () => {
  it('serves an OpenAPI document listing the paths of the contract', async () => {
    const response = await anonymous.get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      '/api/docs',
    );
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    const expected: [string, string][] = [
      ['/api/health', 'get'],
      ['/api/auth/login', 'post'],
      ['/api/consulates', 'get'],
      ['/api/procedures', 'get'],
      ['/api/applicants', 'get'],
      ['/api/applicants', 'post'],
      ['/api/slots', 'get'],
      ['/api/slots/{id}', 'patch'],
      ['/api/holds', 'post'],
      ['/api/holds/{id}', 'delete'],
      ['/api/appointments', 'post'],
      ['/api/appointments', 'get'],
      ['/api/appointments/{id}/cancel', 'post'],
    ];
    for (const [path, method] of expected)
      expect(response.body.paths[path]?.[method], `${method.toUpperCase()} ${path}`).toBeDefined();
  });
});

describe('hold limits', () => {
  let limited: TestServer;
  let first: Session;
  let second: Session;
  beforeAll(async () => {
    limited = await startTestServer({ HOLDS_PER_MINUTE: '3', MAX_LIVE_HOLDS_PER_USER: '2' });
    [first, second] = await Promise.all([login(limited.url, 'operator1'), login(limited.url, 'operator2')]);
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('count per operator, not per address: one operator hoarding seats does not stop the next one', async () => {
    const slots = await Promise.all([1, 2, 3, 4].map(() => findFreeSlot(first.api, { consulateId: 'PHX' })));
    const applicants = await Promise.all([1, 2, 3, 4, 5].map(() => createApplicant(first.api)));
    const holdFor = (session: Session, i: number) =>
      postHold(session.api, {
        slotId: slots[i % 4]!.id,
        applicantId: applicants[i]!.id,
        procedureId: 'matricula',
      });
    const h0 = await holdFor(first, 0);
    expect(h0.status).toBe(201);
    expect((await holdFor(first, 1)).status).toBe(201);
    // Two live holds at once at most...
    expectError(await holdFor(first, 2), 429, 'rate_limited');
    expect((await first.api.del(`/api/holds/${(h0.body as { id: string }).id}`)).status).toBe(204);
    // ...and three attempts a minute (the refused one counted).
    expectError(await holdFor(first, 2), 429, 'rate_limited');
    expect(await availableOf(first.api, slots[2]!)).toBe(slots[2]!.available);
    // The operator at the next desk, same address, is not affected.
    expect((await holdFor(second, 3)).status).toBe(201);
    expect((await holdFor(second, 4)).status).toBe(201);
  });
});
