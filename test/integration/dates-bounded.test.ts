/**
 * Every date a request names is a real calendar date within years 2000–2100, and every range is
 * bounded, at the schema: 400 invalid_request naming the field, never a 500 and never a silent
 * answer for a day that does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, login, type ApiResponse, type Session } from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let lead: Session;
let operator: Session;

beforeAll(async () => {
  server = await startTestServer();
  [lead, operator] = await Promise.all([login(server.url, 'lead1'), login(server.url, 'operator1')]);
});

afterAll(async () => {
  await server?.close();
});

interface Details {
  error: { message: string; details?: unknown };
}

/** 400 invalid_request whose message or details name the field. */
function expectRefusedNaming(response: ApiResponse<unknown>, field: string) {
  expectError(response, 400, 'invalid_request');
  const { message, details } = (response.body as Details).error;
  expect(`${message} ${JSON.stringify(details ?? null)}`).toContain(field);
}

const farDates = ['9999-12-31', '0001-01-01', '1899-12-31', '2101-01-01'];
const impossibleDates = ['2026-02-30', '2026-13-01', '2027-02-29', '2026-04-31'];

describe('dates out of the service window or impossible answer 400 naming the field', () => {
  it.each([...farDates, ...impossibleDates])('GET /api/floor/figures?date=%s', async (date) => {
    expectRefusedNaming(await lead.api.get(`/api/floor/figures?date=${date}`), 'date');
  });

  it.each([...farDates, ...impossibleDates])('GET /api/floor/figures/hours?date=%s', async (date) => {
    expectRefusedNaming(await lead.api.get(`/api/floor/figures/hours?date=${date}`), 'date');
  });

  it.each([...farDates, ...impossibleDates])('GET /api/floor/shifts?date=%s', async (date) => {
    expectRefusedNaming(await lead.api.get(`/api/floor/shifts?date=${date}`), 'date');
  });

  it.each([...farDates, ...impossibleDates])('GET /api/procedures?date=%s', async (date) => {
    expectRefusedNaming(await operator.api.get(`/api/procedures?consulateId=PHX&date=${date}`), 'date');
  });

  it.each([...farDates, ...impossibleDates])('GET /api/slots from=%s', async (date) => {
    expectRefusedNaming(await operator.api.get(`/api/slots?consulateId=PHX&from=${date}&to=${date}`), 'from');
  });

  it.each(farDates)('POST /api/consulates/PHX/slots/publish to %s (beyondHorizon)', async (date) => {
    const response = await lead.api.post('/api/consulates/PHX/slots/publish', {
      from: date,
      to: date,
      beyondHorizon: true,
    });
    expectRefusedNaming(response, 'from');
  });

  it('POST /api/consulates/PHX/slots/publish 2100-12-01..9999-12-31 names "to"', async () => {
    const response = await lead.api.post('/api/consulates/PHX/slots/publish', {
      from: '2100-12-01',
      to: '9999-12-31',
      beyondHorizon: true,
    });
    expectRefusedNaming(response, 'to');
  });

  it.each(['9999-12-31', '2026-02-30'])('a day of a consulate, /days/%s/closure', async (date) => {
    expectRefusedNaming(await lead.api.get(`/api/consulates/PHX/days/${date}/closure`), 'date');
  });

  it.each(['9999-12-31', '2026-02-30'])('POST /api/floor/outbound-lists on %s', async (date) => {
    expectRefusedNaming(
      await lead.api.post('/api/floor/outbound-lists', { consulateId: 'PHX', date }),
      'date',
    );
  });
});

describe('ranges are bounded at the schema', () => {
  it('publishing more than 93 days at once names "to"', async () => {
    const response = await lead.api.post('/api/consulates/PHX/slots/publish', {
      from: '2099-01-01',
      to: '2099-12-31',
      beyondHorizon: true,
    });
    expectRefusedNaming(response, 'to');
    expect((response.body as Details).error.message).toMatch(/93 days/);
  });

  it('publishing a range that ends before it starts names "to"', async () => {
    const response = await lead.api.post('/api/consulates/PHX/slots/publish', {
      from: '2099-02-01',
      to: '2099-01-01',
      beyondHorizon: true,
    });
    expectRefusedNaming(response, 'to');
  });

  it('slots: more than 62 days names "to"', async () => {
    expectRefusedNaming(
      await operator.api.get('/api/slots?consulateId=PHX&from=2030-01-01&to=2030-03-31'),
      'to',
    );
  });

  it('the last day of the window still answers (2100-12-31 is a date the service knows)', async () => {
    const figures = await lead.api.get<{ date: string }>('/api/floor/figures?date=2100-12-31');
    expect(figures.status).toBe(200);
    expect(figures.body.date).toBe('2100-12-31');
    const procedures = await operator.api.get('/api/procedures?consulateId=PHX&date=2000-01-01');
    expect(procedures.status).toBe(200);
  });

  it("publishing the window's last month on purpose answers the release, not an error", async () => {
    const response = await lead.api.post<{ from: string; to: string; published: number }>(
      '/api/consulates/PHX/slots/publish',
      { from: '2100-12-01', to: '2100-12-31', beyondHorizon: true },
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ from: '2100-12-01', to: '2100-12-31' });
    expect(response.body.published).toBeGreaterThan(0);
  });
});
