/**
 * What the operator reads out: the fees in force at the caller's consulate on the appointment date,
 * in its currency (unknown amounts said as such), and the minor's passport requirements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Procedure } from '../../shared/api/reference/procedures';
import { expectError, login, todayIn, type Session } from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let operator: Session;

beforeAll(async () => {
  server = await startTestServer();
  operator = await login(server.url, 'operator1');
});

afterAll(async () => {
  await server?.close();
});

async function procedures(query = ''): Promise<Map<string, Procedure>> {
  const response = await operator.api.get<{ items: unknown[] }>(`/api/procedures${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return new Map(response.body.items.map((item) => Procedure.parse(item)).map((p) => [p.id, p]));
}

const feesOf = (byId: Map<string, Procedure>, id: string) =>
  (byId.get(id)?.fees ?? []).map((f) => [f.label.en, f.amount]);

/** US-dollar amounts of shared/reference/README.md ("Fees"), by year. */
const PUBLISHED: Record<
  string,
  { passportMinor: number[]; passportFirst: number[]; matricula: number; visa: number; powers: number[] }
> = {
  '2024': {
    passportMinor: [41, 96, 130],
    passportFirst: [96, 130, 198],
    matricula: 39,
    visa: 53,
    powers: [168, 251],
  },
  '2025': {
    passportMinor: [42, 99, 133],
    passportFirst: [99, 133, 203],
    matricula: 40,
    visa: 54,
    powers: [173, 257],
  },
  '2026': {
    passportMinor: [44, 101, 137],
    passportFirst: [101, 137, 209],
    matricula: 41,
    visa: 56,
    powers: [177, 264],
  },
};
const MINOR_LABELS = ['Passport, 1 year', 'Passport, 3 years', 'Passport, 6 years'];
const FIRST_LABELS = ['Passport, 3 years', 'Passport, 6 years', 'Passport, 10 years'];
const FREE = ['birth-registration-review', 'birth-registration', 'ine-credential'];

/** What a date's year answers in US dollars: the published amounts, or null once the year has none (2027 onwards). */
function expectedUsd(date: string) {
  const year = date.slice(0, 4);
  const published = PUBLISHED[year];
  if (published) return published;
  expect(Number(year)).toBeGreaterThan(2026);
  return {
    passportMinor: [null, null, null],
    passportFirst: [null, null, null],
    matricula: null,
    visa: null,
    powers: [null, null],
  };
}

function expectUsdOf(byId: Map<string, Procedure>, date: string) {
  const expected = expectedUsd(date);
  expect(feesOf(byId, 'passport-minor')).toEqual(
    MINOR_LABELS.map((label, i) => [label, expected.passportMinor[i]]),
  );
  expect(feesOf(byId, 'passport-first')).toEqual(
    FIRST_LABELS.map((label, i) => [label, expected.passportFirst[i]]),
  );
  expect(feesOf(byId, 'matricula')).toEqual([['Consular ID card (matrícula)', expected.matricula]]);
  expect(feesOf(byId, 'visa')).toEqual([['Ordinary visa', expected.visa]]);
  expect(feesOf(byId, 'power-of-attorney').map(([, amount]) => amount)).toEqual(expected.powers);
  for (const id of FREE) expect(feesOf(byId, id), id).toEqual([['Free', 0]]);
  for (const p of byId.values())
    for (const f of p.fees)
      expect({ currency: f.currency, amountUsd: f.amountUsd }).toEqual({
        currency: 'USD',
        amountUsd: f.amount,
      });
}

/** The answer for "today" somewhere, robust to the date changing during the request. */
async function proceduresToday(query: string, timeZone: string) {
  const before = todayIn(timeZone);
  const byId = await procedures(query);
  const after = todayIn(timeZone);
  const today =
    before === after || feesOf(byId, 'passport-first')[2]?.[1] === expectedUsd(before).passportFirst[2]
      ? before
      : after;
  return { byId, today };
}

describe('fees at a consulate on a date', () => {
  it('answers the 2026 amounts in US dollars at Phoenix on 2026-06-01', async () => {
    const byId = await procedures('?consulateId=PHX&date=2026-06-01');
    expectUsdOf(byId, '2026-06-01');
    expect(feesOf(byId, 'passport-first')).toEqual([
      ['Passport, 3 years', 101],
      ['Passport, 6 years', 137],
      ['Passport, 10 years', 209],
    ]);
  });

  it('answers Toronto in Canadian dollars: the amounts nobody published are null, free stays 0, never a conversion', async () => {
    const byId = await procedures('?consulateId=YYZ&date=2026-06-01');
    for (const p of byId.values()) {
      expect(p.fees.length, p.id).toBeGreaterThan(0);
      for (const f of p.fees) {
        expect(f.currency).toBe('CAD');
        expect(f.amountUsd).toBeNull();
        expect(f.amount, `${p.id} ${f.label.en}`).toBe(FREE.includes(p.id) ? 0 : null);
      }
    }
    // The same lines as in the US, so the operator still knows what there is to pay for.
    expect(feesOf(byId, 'passport-minor').map(([label]) => label)).toEqual(MINOR_LABELS);
  });

  it('answers 2027, whose fees are not published, with no amounts rather than the 2026 ones', async () => {
    const byId = await procedures('?consulateId=PHX&date=2027-02-01');
    expect(feesOf(byId, 'passport-minor')).toEqual(MINOR_LABELS.map((label) => [label, null]));
    expect(feesOf(byId, 'matricula')).toEqual([['Consular ID card (matrícula)', null]]);
    for (const p of byId.values())
      for (const f of p.fees) expect(f.amount, `${p.id} ${f.label.en}`).toBe(FREE.includes(p.id) ? 0 : null);
    for (const p of byId.values()) for (const f of p.fees) expect(f.amountUsd).toBe(f.amount);
  });

  it('switches from the 2025 to the 2026 amounts between 31 December and 1 January', async () => {
    expectUsdOf(await procedures('?consulateId=CHI&date=2025-12-31'), '2025-12-31');
    expectUsdOf(await procedures('?consulateId=CHI&date=2026-01-01'), '2026-01-01');
    expect(feesOf(await procedures('?consulateId=CHI&date=2025-12-31'), 'passport-first')[2]).toEqual([
      'Passport, 10 years',
      203,
    ]);
    expect(feesOf(await procedures('?consulateId=CHI&date=2026-01-01'), 'passport-first')[2]).toEqual([
      'Passport, 10 years',
      209,
    ]);
  });

  it("without a date answers today's fees: at the consulate's today, or in Mexico City without a consulate", async () => {
    const atPhoenix = await proceduresToday('?consulateId=PHX', 'America/Phoenix');
    expectUsdOf(atPhoenix.byId, atPhoenix.today);
    const anywhere = await proceduresToday('', 'America/Mexico_City');
    expectUsdOf(anywhere.byId, anywhere.today);
    const atToronto = await procedures('?consulateId=YYZ');
    for (const p of atToronto.values()) for (const f of p.fees) expect(f.currency).toBe('CAD');
  });

  it('answers 404 for an unknown consulate and 400 for a date that is not one', async () => {
    expectError(await operator.api.get('/api/procedures?consulateId=XXX'), 404, 'not_found');
    expectError(
      await operator.api.get('/api/procedures?consulateId=PHX&date=2026-02-30'),
      400,
      'invalid_request',
    );
    expectError(await operator.api.get('/api/procedures?date=tomorrow'), 400, 'invalid_request');
  });
});

describe("the minor's passport requirements", () => {
  it('say the child attends, which ID the child brings, both parents sign OP-7, where an absent parent signs it, and the validities', async () => {
    const minor = (await procedures('?consulateId=PHX&date=2026-06-01')).get('passport-minor');
    const es = (minor?.requirements ?? []).map((r) => r.es).join('\n');
    const en = (minor?.requirements ?? []).map((r) => r.en).join('\n');
    expect(es).toMatch(/persona menor de edad debe acudir a la cita en persona/);
    expect(en).toMatch(/child must attend the appointment in person/);
    expect(es).toMatch(/credencial de estudiante/);
    expect(es).toMatch(/Menores de 7 años: .*institución médica o del médico particular/);
    expect(en).toMatch(/Both parents .* the names must match those on the child's birth certificate/);
    expect(es).toMatch(/Consentimiento de ambos padres con su firma en el formato OP-7/);
    expect(es).toMatch(
      /no puede acudir, firma antes el OP-7 a distancia: en el consulado de México más cercano .* oficina de pasaportes de la SRE .* 90 días naturales/,
    );
    expect(en).toMatch(/1 or 3 years under age 3; 3 or 6 years from age 3 to 17/);
    // The words only: the sources stay in the reference data.
    for (const r of minor?.requirements ?? []) expect(Object.keys(r).sort()).toEqual(['en', 'es']);
  });
});
