/**
 * People without a CURP and phones of two countries, through the API of a real server (SQLite, and
 * PostgreSQL in the integration-pg project): a foreign national and two children whose Mexican
 * registration is pending are registered, told apart, refused twice, found by name and by the end
 * of their number, and scored right in practice; phones of the US, Canada and Mexico in any spelling
 * are stored and answered in E.164, and a Mexican number typed without +52 is never taken for a US
 * one; CURPs are checked as strictly as RENAPO builds them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Applicant } from '../../shared/api/applicants';
import { PracticeResult, type PracticeRun } from '../../shared/api/practice';
import { curpCheckDigit } from '../../shared/domain/curp/curp';
import { buildCurp } from '../../shared/domain/curp/curp-builder';
import {
  expectError,
  login,
  newApplicantBody,
  postEndCall,
  searchApplicants,
  startCall,
  type ApiClient,
  type Session,
} from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let operator: Session;
let operator2: Session;
let trainee: Session;

beforeAll(async () => {
  server = await startTestServer();
  [operator, operator2, trainee] = await Promise.all([
    login(server.url, 'operator1'),
    login(server.url, 'operator2'),
    login(server.url, 'trainee3'),
  ]);
});

afterAll(async () => {
  await server?.close();
});

/** A registration without a CURP. */
const withoutCurp = (
  person: {
    givenNames: string;
    firstSurname: string;
    secondSurname?: string | null;
    birthDate: string;
    phone?: string | null;
  },
  reason: 'foreign_national' | 'not_yet_registered',
) => ({
  curp: null,
  noCurpReason: reason,
  ...person,
});

async function register(api: ApiClient, body: unknown): Promise<Applicant> {
  const response = await api.post<Applicant>('/api/applicants', body);
  if (response.status !== 201)
    throw new Error(`POST /api/applicants failed: ${response.status} ${JSON.stringify(response.body)}`);
  return Applicant.strict().parse(response.body);
}

describe('people without a CURP', () => {
  let visitor: Applicant;
  let olderChild: Applicant;
  let youngerChild: Applicant;

  beforeAll(async () => {
    visitor = await register(
      operator.api,
      withoutCurp(
        {
          givenNames: 'Dilcia Marisol',
          firstSurname: 'Zelaya',
          secondSurname: 'Castellanos',
          birthDate: '1988-11-05',
          phone: '(832) 555-0176',
        },
        'foreign_national',
      ),
    );
    // Two children of one parent: the same surnames and phone, other names and birth dates.
    const parentPhone = '+52 1 33 1987 6543';
    olderChild = await register(
      operator.api,
      withoutCurp(
        {
          givenNames: 'Itzayana',
          firstSurname: 'Ocampo',
          secondSurname: 'Bravo',
          birthDate: '2023-06-02',
          phone: parentPhone,
        },
        'not_yet_registered',
      ),
    );
    youngerChild = await register(
      operator2.api,
      withoutCurp(
        {
          givenNames: 'Yaretzi',
          firstSurname: 'Ocampo',
          secondSurname: 'Bravo',
          birthDate: '2025-01-10',
          phone: parentPhone,
        },
        'not_yet_registered',
      ),
    );
  });

  it('registers a foreign national and two children of one parent, answering curp null and the reason', () => {
    expect(visitor).toEqual({
      id: expect.any(String),
      curp: null,
      noCurpReason: 'foreign_national',
      givenNames: 'Dilcia Marisol',
      firstSurname: 'Zelaya',
      secondSurname: 'Castellanos',
      birthDate: '1988-11-05',
      phone: '+18325550176',
      email: null,
      language: 'es',
    });
    expect(olderChild).toMatchObject({
      curp: null,
      noCurpReason: 'not_yet_registered',
      phone: '+523319876543',
    });
    expect(youngerChild).toMatchObject({
      curp: null,
      noCurpReason: 'not_yet_registered',
      phone: '+523319876543',
    });
    expect(olderChild.id).not.toBe(youngerChild.id);
  });

  it('answers noCurpReason null for a person with a CURP', async () => {
    const body = newApplicantBody();
    expect(await register(operator.api, body)).toMatchObject({ curp: body.curp, noCurpReason: null });
  });

  it('refuses the same person without a CURP twice, however the names are written (409 duplicate_applicant)', async () => {
    const again = await operator2.api.post(
      '/api/applicants',
      withoutCurp(
        {
          givenNames: 'DILCIA marisol',
          firstSurname: 'zelaya',
          secondSurname: 'Castellanos',
          birthDate: '1988-11-05',
        },
        'foreign_national',
      ),
    );
    expect(expectError(again, 409, 'duplicate_applicant').error.message).toMatch(
      /already registered: search for them by name/,
    );
    // Accents, case and ñ do not make another person either.
    await register(
      operator.api,
      withoutCurp(
        { givenNames: 'Ñeli', firstSurname: 'Peña', birthDate: '2024-02-29' },
        'not_yet_registered',
      ),
    );
    expectError(
      await operator.api.post(
        '/api/applicants',
        withoutCurp(
          { givenNames: 'Neli', firstSurname: 'PENA', birthDate: '2024-02-29' },
          'not_yet_registered',
        ),
      ),
      409,
      'duplicate_applicant',
    );
    expect((await searchApplicants(operator.api, 'dilcia zelaya')).map((a) => a.id)).toEqual([visitor.id]);
  });

  it('registers them at the same time once only: one of two simultaneous registrations wins', async () => {
    const body = withoutCurp(
      { givenNames: 'Xiadani', firstSurname: 'Tlapa', secondSurname: 'Cruz', birthDate: '2024-08-15' },
      'not_yet_registered',
    );
    const statuses = (
      await Promise.all([
        operator.api.post('/api/applicants', body),
        operator2.api.post('/api/applicants', body),
      ])
    )
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([201, 409]);
    expect(await searchApplicants(operator.api, 'xiadani tlapa')).toHaveLength(1);
  });

  it('needs a CURP or a reason, never both (400)', async () => {
    const body = newApplicantBody();
    const both = expectError(
      await operator.api.post('/api/applicants', { ...body, noCurpReason: 'foreign_national' }),
      400,
      'invalid_request',
    );
    expect(both.error.message).toMatch(/noCurpReason/);
    const neither = expectError(
      await operator.api.post('/api/applicants', { ...body, curp: null }),
      400,
      'invalid_request',
    );
    expect(neither.error.message).toMatch(/CURP is required/);
    expectError(
      await operator.api.post('/api/applicants', { ...body, curp: null, noCurpReason: 'lost_it' }),
      400,
      'invalid_request',
    );
    expect(await searchApplicants(operator.api, body.curp as string)).toEqual([]);
  });

  it('finds them by name and by the last 7 digits of their number, as anyone', async () => {
    expect((await searchApplicants(operator.api, 'ocampo bravo')).map((a) => a.id).sort()).toEqual(
      [olderChild.id, youngerChild.id].sort(),
    );
    expect((await searchApplicants(operator.api, 'Yaretzi Ocampo'))[0]?.id).toBe(youngerChild.id);
    expect((await searchApplicants(operator.api, '987-6543')).map((a) => a.id)).toEqual(
      expect.arrayContaining([olderChild.id, youngerChild.id]),
    );
    expect((await searchApplicants(operator.api, '555 0176')).map((a) => a.id)).toContain(visitor.id);
  });

  it('never finds them by a CURP, not even the one their names would make', async () => {
    const wouldBe = buildCurp({
      givenNames: 'Itzayana',
      firstSurname: 'Ocampo',
      secondSurname: 'Bravo',
      birthDate: '2023-06-02',
      sex: 'M',
      state: 'NE',
    });
    expect(await searchApplicants(operator.api, wouldBe)).toEqual([]);
  });
});

describe('phones of the US, Canada and Mexico', () => {
  it('stores and answers Mexican numbers in E.164, however they are spelt', async () => {
    const spellings = [
      '+52 55 1234 5678',
      '52 1 55 1234 5678',
      '044 55 1234 5678',
      '011 52 55 1234 5678',
      '+52 (55) 1234-5678',
    ];
    for (const phone of spellings) {
      const applicant = await register(operator.api, newApplicantBody({ phone }));
      expect(applicant.phone, phone).toBe('+525512345678');
      expect((await searchApplicants(operator.api, applicant.curp as string))[0]?.phone, phone).toBe(
        '+525512345678',
      );
    }
    // The whole number in any spelling finds all five.
    expect(await searchApplicants(operator.api, '+52 1 55 1234 5678')).toHaveLength(spellings.length);
  });

  it('reads 10 digits without a country code as +1, and a Canadian number as +1 too', async () => {
    expect((await register(operator.api, newApplicantBody({ phone: '(602) 555-0143' }))).phone).toBe(
      '+16025550143',
    );
    expect((await register(operator.api, newApplicantBody({ phone: '001 602 555 0143' }))).phone).toBe(
      '+16025550143',
    );
    expect((await register(operator.api, newApplicantBody({ phone: '416.555.0199' }))).phone).toBe(
      '+14165550199',
    );
    // Valid in both countries (551 New Jersey, 55 Mexico City): the contract's +1; the console asks before sending.
    expect((await register(operator.api, newApplicantBody({ phone: '55 1234 5679' }))).phone).toBe(
      '+15512345679',
    );
  });

  it('refuses 10 digits that are no US or Canadian number, saying to add +52 if it is Mexican', async () => {
    const monterrey = expectError(
      await operator.api.post('/api/applicants', newApplicantBody({ phone: '81 1234 5678' })),
      400,
      'invalid_request',
    );
    expect(monterrey.error.message).toMatch(
      /^body\.phone: phone is not a US or Canadian number.*if it is a Mexican number, add \+52: \+52 81 1234 5678$/,
    );
    const nowhere = expectError(
      await operator.api.post('/api/applicants', newApplicantBody({ phone: '111 234 5678' })),
      400,
      'invalid_request',
    );
    expect(nowhere.error.message).toMatch(/if it is a Mexican number, add \+52/);
    // With +52 it is the Monterrey number it is.
    expect((await register(operator.api, newApplicantBody({ phone: '+52 81 1234 5678' }))).phone).toBe(
      '+528112345678',
    );
  });

  it('refuses numbers of other countries and other NANP countries', async () => {
    for (const phone of ['+44 20 7946 0958', '+1 876 555 1234', '602-555-0143 ext 12']) {
      const refused = expectError(
        await operator.api.post('/api/applicants', newApplicantBody({ phone })),
        400,
        'invalid_request',
      );
      expect(refused.error.message, phone).toMatch(/US or Canada \(\+1\) or of Mexico \(\+52\)/);
    }
  });
});

describe("CURPs as strict as RENAPO's (400, saying which rule)", () => {
  /** A registration whose CURP breaks one rule, its check digit recomputed so only that rule fails. */
  const breaking = (change: (curp: string) => string) => {
    const body = newApplicantBody({ birthDate: '1989-09-09' });
    const first17 = change(body.curp as string).slice(0, 17);
    return { ...body, curp: `${first17}${curpCheckDigit(first17)}` };
  };

  it.each([
    [
      'a consonant second',
      (c: string) => `${c.charAt(0)}B${c.slice(2)}`,
      /second letter \(B\) must be the first inner vowel/,
    ],
    [
      'an inconvenient word',
      (c: string) => `BACA${c.slice(4)}`,
      /never issues one starting with BACA; it writes BXCA instead/,
    ],
    [
      'an unknown state',
      (c: string) => `${c.slice(0, 11)}ZZ${c.slice(13)}`,
      /ZZ \(characters 12 and 13\) is not a state code/,
    ],
    [
      'a vowel among the consonants',
      (c: string) => `${c.slice(0, 13)}A${c.slice(14)}`,
      /characters 14 to 16 .* must be consonants/,
    ],
    [
      'a sex other than H, M or X',
      (c: string) => `${c.slice(0, 10)}Q${c.slice(11)}`,
      /11th character \(Q\) must be H, M or X/,
    ],
  ])('refuses %s', async (_rule, change, message) => {
    const body = breaking(change);
    const refused = expectError(await operator.api.post('/api/applicants', body), 400, 'invalid_request');
    expect(refused.error.message).toMatch(/^body\.curp: CURP is not valid/);
    expect(refused.error.message).toMatch(message);
    expect(await searchApplicants(operator.api, body.curp)).toEqual([]);
  });

  it('refuses a wrong check digit', async () => {
    const body = newApplicantBody();
    const curp = body.curp as string;
    const refused = expectError(
      await operator.api.post('/api/applicants', {
        ...body,
        curp: `${curp.slice(0, 17)}${(Number(curp.charAt(17)) + 1) % 10}`,
      }),
      400,
      'invalid_request',
    );
    expect(refused.error.message).toMatch(/check digit/);
  });

  it('refuses a homonym character of the wrong century, saying so', async () => {
    // Born in 1989: a digit. With a letter the CURP says 2089.
    const body = breaking((c) => `${c.slice(0, 16)}A`);
    const refused = expectError(await operator.api.post('/api/applicants', body), 400, 'invalid_request');
    expect(refused.error.message).toMatch(
      /^body\.birthDate: birth date does not match the CURP: its 17th character \(A\) is a digit for births before 2000 and a letter from 2000$/,
    );
  });

  it('takes the X RENAPO writes in place of an inconvenient word', async () => {
    const body = breaking((c) => `BXCA${c.slice(4)}`);
    expect((await register(operator.api, body)).curp).toBe(body.curp);
  });
});

describe('practice with a caller without a CURP', () => {
  it('scores the applicant check on the caller registered without a CURP', async () => {
    const started = await trainee.api.post<PracticeRun>('/api/practice/runs', {
      scenarioId: 'foreign-national-visa',
    });
    expect(started.status).toBe(201);
    // The trainee registers her as heard on the phone: no CURP, a foreign national.
    const caller = await register(
      trainee.api,
      withoutCurp(
        {
          givenNames: 'Dilcia Marisol',
          firstSurname: 'Zelaya',
          secondSurname: 'Castellanos',
          birthDate: '1988-11-05',
          phone: '832 555 0176',
        },
        'foreign_national',
      ),
    );
    const call = await startCall(trainee.api);
    expect(
      (await postEndCall(trainee.api, call.id, { wrapUpCode: 'information', applicantId: caller.id })).status,
    ).toBe(200);
    const finished = await trainee.api.post<PracticeResult>(`/api/practice/runs/${started.body.id}/finish`);
    expect(finished.status).toBe(200);
    const applicantCheck = PracticeResult.parse(finished.body).checks.find((c) => c.id === 'applicant');
    expect(applicantCheck).toMatchObject({
      passed: true,
      detail: { es: 'Se identificó a Dilcia Marisol Zelaya Castellanos, sin CURP, nacimiento 1988-11-05.' },
    });
  });

  it('fails the applicant check when someone with a CURP was used instead', async () => {
    const started = await trainee.api.post<PracticeRun>('/api/practice/runs', {
      scenarioId: 'foreign-national-visa',
    });
    const someone = await register(trainee.api, newApplicantBody());
    const call = await startCall(trainee.api);
    await postEndCall(trainee.api, call.id, { wrapUpCode: 'information', applicantId: someone.id });
    const finished = await trainee.api.post<PracticeResult>(`/api/practice/runs/${started.body.id}/finish`);
    const applicantCheck = PracticeResult.parse(finished.body).checks.find((c) => c.id === 'applicant');
    expect(applicantCheck).toMatchObject({
      passed: false,
      detail: {
        en: `Another person was used (CURP ${someone.curp}); the caller is Dilcia Marisol Zelaya Castellanos, no CURP, born 1988-11-05.`,
      },
    });
  });
});
