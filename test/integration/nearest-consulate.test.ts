/**
 * GET /api/consulates/nearest: consulates ranked by great-circle distance from a caller's US ZIP
 * code or Canadian postal code, each with its earliest bookable slot as GET /api/slots shows it,
 * in the caller's sandbox; unknown and malformed codes are 400 in the contract's shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NearestConsulate } from '../../shared/api/reference/nearest';
import type { Slot } from '../../shared/api/slots';
import {
  ApiClient,
  addDays,
  book,
  createApplicant,
  expectError,
  hold,
  listSlots,
  login,
  setCapacity,
  timeZoneOf,
  todayIn,
  type Session,
} from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

const PROCEDURE = 'passport-first';

let server: TestServer;
let operator: Session;
let lead: Session;
let trainee: Session;

beforeAll(async () => {
  server = await startTestServer();
  [operator, lead, trainee] = await Promise.all([
    login(server.url, 'operator1'),
    login(server.url, 'lead1'),
    login(server.url, 'trainee1'),
  ]);
});

afterAll(async () => {
  await server?.close();
});

async function nearest(api: ApiClient, postalCode: string, limit?: number): Promise<NearestConsulate[]> {
  const query = new URLSearchParams({ postalCode, procedureId: PROCEDURE });
  if (limit !== undefined) query.set('limit', String(limit));
  const response = await api.get<{ items: NearestConsulate[] }>(`/api/consulates/nearest?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.items;
}

const get = (api: ApiClient, query: string) => api.get(`/api/consulates/nearest?${query}`);

/** The first slot GET /api/slots offers a seat on, from today there over the next 62 days. */
async function firstFromSlots(api: ApiClient, consulateId: string): Promise<Slot | null> {
  const today = todayIn(await timeZoneOf(api, consulateId));
  const slots = await listSlots(api, consulateId, today, addDays(today, 61));
  return slots.find((s) => s.available > 0) ?? null;
}

const itemOf = (items: NearestConsulate[], consulateId: string) => {
  const item = items.find((i) => i.consulateId === consulateId);
  if (!item) throw new Error(`${consulateId} is not in ${items.map((i) => i.consulateId).join(', ')}`);
  return item;
};

describe('ranking by distance', () => {
  it('ranks Tucson, Nogales and Phoenix first for a north-Tucson ZIP, within a few km of the true distances', async () => {
    const items = await nearest(operator.api, '85704', 3);
    expect(items.map((i) => i.consulateId)).toEqual(['TUS', 'NOG', 'PHX']);
    // Great-circle distances from the ZIP's centroid to the city centres (Tucson 32.2217 N 110.9265 W,
    // Nogales 31.3404 N 110.9343 W, Phoenix 33.4484 N 112.0740 W): 14, 111 and 160 km. The
    // consulates are a few km from their city centres.
    const expected = { TUS: 14, NOG: 111, PHX: 160 } as const;
    for (const item of items)
      expect(
        Math.abs(item.distanceKm - expected[item.consulateId as keyof typeof expected]),
      ).toBeLessThanOrEqual(6);
    expect(items.every((i) => Number.isInteger(i.distanceKm))).toBe(true);
  });

  it('ranks Toronto first for a Toronto forward sortation area, typed in any of the usual ways', async () => {
    const items = await nearest(operator.api, 'M5V');
    expect(items[0]).toMatchObject({ consulateId: 'YYZ' });
    expect(items[0]!.distanceKm).toBeLessThanOrEqual(5);
    // Leamington (and Detroit, across the river from Windsor) are the next ones, over 300 km away.
    expect(
      items
        .slice(1, 3)
        .map((i) => i.consulateId)
        .sort(),
    ).toEqual(['DET', 'LEA']);
    for (const typed of ['M5V 3L9', 'm5v3l9', ' M5V-3L9 '])
      expect(await nearest(operator.api, typed)).toEqual(items);
  });

  it('answers 5 by default, every consulate once nearest first with limit=57, and ZIP+4 like its ZIP', async () => {
    expect(await nearest(operator.api, '10001')).toHaveLength(5);
    const all = await nearest(operator.api, '10001', 57);
    expect(all).toHaveLength(57);
    expect(new Set(all.map((i) => i.consulateId)).size).toBe(57);
    expect(all[0]!.consulateId).toBe('NYC');
    const distances = all.map((i) => i.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect((await nearest(operator.api, '10001-1234', 3)).map((i) => i.consulateId)).toEqual(
      all.slice(0, 3).map((i) => i.consulateId),
    );
  });
});

describe('the earliest bookable slot', () => {
  it('is the first slot GET /api/slots offers a seat on, and the next one once that seat is booked', async () => {
    const before = itemOf(await nearest(operator.api, '85704', 3), 'TUS');
    const first = await firstFromSlots(operator.api, 'TUS');
    expect(first).not.toBeNull();
    expect(before.firstAvailable).toEqual(first);
    // Not started and not within the consulate's lead time (60 minutes).
    expect(Date.parse(before.firstAvailable!.start)).toBeGreaterThan(Date.now() + 59 * 60_000);

    // Leave that slot one seat, and book it.
    await setCapacity(lead.api, first!.id, first!.capacity - first!.available + 1);
    const applicant = await createApplicant(operator.api);
    await book(operator.api, { slotId: first!.id, applicantId: applicant.id, procedureId: PROCEDURE });

    const after = itemOf(await nearest(operator.api, '85704', 3), 'TUS');
    const next = await firstFromSlots(operator.api, 'TUS');
    expect(next).not.toBeNull();
    expect(next!.id).not.toBe(first!.id);
    expect(after.firstAvailable).toEqual(next);
    expect(after.firstAvailable!.start >= first!.start).toBe(true);
  });

  it("skips a closed day: the first seat is on the next open day's slots", async () => {
    const first = itemOf(await nearest(operator.api, '85003', 3), 'PHX').firstAvailable!;
    const day = first.localStart.slice(0, 10);
    const closed = await lead.api.post(`/api/consulates/PHX/days/${day}/close`, {
      reason: 'Prueba de cercanía',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    const after = itemOf(await nearest(operator.api, '85003', 3), 'PHX').firstAvailable!;
    expect(after.localStart.slice(0, 10) > day).toBe(true);
    expect(after).toEqual(await firstFromSlots(operator.api, 'PHX'));
  });

  it("shows a trainee their sandbox's seats, and the live floor the live ones", async () => {
    const first = itemOf(await nearest(operator.api, '85621', 3), 'NOG').firstAvailable!;
    await setCapacity(lead.api, first.id, first.capacity - first.available + 1);
    // The trainee takes the last seat in practice: gone for the trainee only.
    const person = await createApplicant(trainee.api);
    await hold(trainee.api, { slotId: first.id, applicantId: person.id, procedureId: PROCEDURE });

    const practiceFirst = itemOf(await nearest(trainee.api, '85621', 3), 'NOG').firstAvailable!;
    expect(practiceFirst.id).not.toBe(first.id);
    expect(practiceFirst).toEqual(await firstFromSlots(trainee.api, 'NOG'));
    const liveFirst = itemOf(await nearest(operator.api, '85621', 3), 'NOG').firstAvailable!;
    expect(liveFirst.id).toBe(first.id);
    expect(liveFirst.available).toBe(1);
  });
});

describe('bad input', () => {
  it('answers an unknown ZIP code or area 400 invalid_request, naming the code and the field', async () => {
    for (const code of ['99999', '00000', 'Z9Z', '34001']) {
      const body = expectError(
        await get(operator.api, `postalCode=${code}&procedureId=${PROCEDURE}`),
        400,
        'invalid_request',
      );
      expect(body.error.message).toContain(code);
      expect(body.error.details).toEqual([{ field: 'query.postalCode', message: 'unknown postal code' }]);
    }
  });

  it('answers a malformed query 400 invalid_request, an unknown procedure 404', async () => {
    for (const query of [
      `postalCode=8570&procedureId=${PROCEDURE}`,
      `postalCode=857044&procedureId=${PROCEDURE}`,
      `postalCode=ABCDE&procedureId=${PROCEDURE}`,
      `postalCode=M5&procedureId=${PROCEDURE}`,
      `postalCode=&procedureId=${PROCEDURE}`,
      `procedureId=${PROCEDURE}`,
      'postalCode=85704',
      `postalCode=85704&procedureId=${PROCEDURE}&limit=0`,
      `postalCode=85704&procedureId=${PROCEDURE}&limit=58`,
      `postalCode=85704&procedureId=${PROCEDURE}&radius=5`,
    ]) {
      const body = expectError(await get(operator.api, query), 400, 'invalid_request');
      expect(body.error.message.length, query).toBeGreaterThan(5);
    }
    expectError(await get(operator.api, 'postalCode=85704&procedureId=no-such-thing'), 404, 'not_found');
  });

  it('answers without a token 401', async () => {
    expectError(
      await get(new ApiClient(server.url), `postalCode=85704&procedureId=${PROCEDURE}`),
      401,
      'unauthenticated',
    );
  });
});
