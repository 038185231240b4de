import { describe, expect, it } from 'vitest';
import { PracticeCheckId, type PracticeCheck } from '../api/practice';
import { buildCurp } from '../domain/curp/curp-builder';
import { identityKeyOf } from '../domain/curp/identity-without-curp';
import { apportionPoints } from './check-points';
import type { PracticeEvidence } from './evidence';
import { Scenario } from './scenario';
import { scorePracticeRun, type PracticeNames } from './scoring';

const CITIES: Record<string, string> = { PHX: 'Phoenix', NOG: 'Nogales', TUS: 'Tucson', OXR: 'Oxnard' };
const PROCEDURES: Record<string, { es: string; en: string }> = {
  'passport-renewal': { es: 'Renovación de pasaporte', en: 'Passport renewal' },
  matricula: { es: 'Matrícula consular', en: 'Consular ID card' },
};
const names: PracticeNames = {
  consulate: (id) => ({ es: CITIES[id] ?? id, en: CITIES[id] ?? id }),
  procedure: (id) => PROCEDURES[id] ?? { es: id, en: id },
};

const caller = {
  givenNames: 'Rosa María',
  firstSurname: 'Hernández',
  secondSurname: 'Núñez',
  birthDate: '1984-03-09',
  sex: 'M' as const,
  state: 'SR',
  phone: '6025550143',
  registered: true,
};
const CALLER_CURP = buildCurp(caller);

/** An Arizona caller who wants a passport renewal in Phoenix or Nogales, weekday mornings. */
const scenario: Scenario = Scenario.parse({
  id: 'arizona-renewal',
  version: 1,
  title: { es: 'Renovación en Arizona', en: 'Renewal in Arizona' },
  brief: { es: 'Llama una persona desde Arizona.', en: 'A caller from Arizona.' },
  lesson: { es: 'Arizona no cambia de horario.', en: 'Arizona keeps standard time.' },
  language: 'es-MX',
  caller,
  setup: { existingAppointment: null, fullConsulates: [] },
  opening: 'Buenas tardes, quiero renovar mi pasaporte.',
  lines: [
    { topic: 'identity', ask: { es: '¿Nombre?', en: 'Name?' }, says: 'Rosa María Hernández Núñez.' },
    { topic: 'consulate', ask: { es: '¿Dónde?', en: 'Where?' }, says: 'En Phoenix, o Nogales.' },
    { topic: 'dates', ask: { es: '¿Cuándo?', en: 'When?' }, says: 'Entre semana, en la mañana.' },
  ],
  expect: {
    outcome: 'booked',
    procedureId: 'passport-renewal',
    consulateIds: ['PHX', 'NOG'],
    slot: { fromDays: 2, toDays: 30, weekdays: [1, 2, 3, 4, 5], earliest: '08:00', latest: '12:00' },
    wrapUpCodes: ['booked'],
    readRequirements: true,
    readBack: true,
  },
  timeTargetSeconds: 300,
});

// 2026-05-04 is a Monday; 2026-05-06 a Wednesday, two days later.
const perfect: PracticeEvidence = {
  call: { durationSeconds: 240, wrapUpCode: 'booked' },
  identifiedCurp: CALLER_CURP,
  identifiedIdentityKey: null,
  appointment: {
    procedureId: 'passport-renewal',
    consulateId: 'PHX',
    localStart: '2026-05-06T09:30',
    consulateToday: '2026-05-04',
    rescheduled: false,
  },
  requirementsRead: { procedureId: 'passport-renewal', count: 5, total: 5 },
  readBackDone: true,
  asked: [0, 1, 2],
};

function score(evidence: Partial<PracticeEvidence>, s: Scenario = scenario) {
  return scorePracticeRun(s, { ...perfect, ...evidence }, names);
}

function check(
  evidence: Partial<PracticeEvidence>,
  id: PracticeCheckId,
  s: Scenario = scenario,
): PracticeCheck {
  const found = score(evidence, s).checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return found;
}

function withAppointment(
  change: Partial<NonNullable<PracticeEvidence['appointment']>>,
): Partial<PracticeEvidence> {
  return {
    appointment: { ...(perfect.appointment as NonNullable<PracticeEvidence['appointment']>), ...change },
  };
}

const reschedule: Scenario = Scenario.parse({
  ...scenario,
  id: 'reschedule',
  setup: {
    existingAppointment: { consulateId: 'PHX', procedureId: 'passport-renewal', inDays: 5 },
    fullConsulates: [],
  },
  expect: { ...scenario.expect, outcome: 'rescheduled', wrapUpCodes: ['rescheduled'] },
});

const duplicate: Scenario = Scenario.parse({
  ...scenario,
  id: 'duplicate',
  setup: {
    existingAppointment: { consulateId: 'PHX', procedureId: 'passport-renewal', inDays: 5 },
    fullConsulates: [],
  },
  expect: {
    outcome: 'no_booking',
    procedureId: null,
    consulateIds: [],
    slot: null,
    wrapUpCodes: ['information', 'caller_declined'],
    readRequirements: false,
    readBack: false,
  },
});

describe('scoring a practice run', () => {
  it('gives 100 to a call that does everything right, with every check passed and the points adding up to 100', () => {
    const result = score({});
    expect(result.score).toBe(100);
    expect(result.checks.map((c) => c.id)).toEqual([
      'applicant',
      'procedure',
      'requirements',
      'consulate',
      'slot',
      'outcome',
      'read_back',
      'wrap_up',
      'time',
    ]);
    expect(result.checks.every((c) => c.passed)).toBe(true);
    expect(result.checks.reduce((sum, c) => sum + c.points, 0)).toBe(100);
  });

  it('takes away exactly the points of each failed check', () => {
    const full = score({});
    const result = score({ readBackDone: false, call: { durationSeconds: 900, wrapUpCode: 'booked' } });
    const lost = full.checks
      .filter((c) => c.id === 'read_back' || c.id === 'time')
      .reduce((sum, c) => sum + c.points, 0);
    expect(lost).toBeGreaterThan(0);
    expect(result.score).toBe(100 - lost);
  });

  it('gives 0 when nothing was done', () => {
    const result = score({
      call: null,
      identifiedCurp: null,
      identifiedIdentityKey: null,
      appointment: null,
      requirementsRead: null,
      readBackDone: false,
      asked: [],
    });
    expect(result.score).toBe(0);
    expect(result.checks.every((c) => !c.passed)).toBe(true);
  });

  describe('applicant', () => {
    it("passes when the caller's own CURP was identified, whatever its case", () => {
      expect(check({ identifiedCurp: CALLER_CURP.toLowerCase() }, 'applicant')).toMatchObject({
        passed: true,
      });
      expect(check({}, 'applicant').detail.es).toContain('Rosa María Hernández Núñez');
    });

    it('fails when nobody was identified', () => {
      const c = check({ identifiedCurp: null }, 'applicant');
      expect(c.passed).toBe(false);
      expect(c.detail.es).toContain('No se identificó');
      expect(c.detail.en).toContain('was not identified');
    });

    it('fails when another person was used, naming both CURPs', () => {
      const other = buildCurp({ ...caller, givenNames: 'Elena' });
      const c = check({ identifiedCurp: other }, 'applicant');
      expect(c.passed).toBe(false);
      expect(c.detail.es).toContain(other);
      expect(c.detail.es).toContain(CALLER_CURP);
    });
  });

  describe('applicant without a CURP (a foreign national asking for a visa)', () => {
    const visitor = Scenario.parse({
      ...scenario,
      id: 'visa-visitor',
      caller: {
        ...caller,
        givenNames: 'Jean-Luc',
        firstSurname: 'Tremblay',
        secondSurname: null,
        birthDate: '1979-03-21',
        noCurpReason: 'foreign_national',
      },
      expect: { ...scenario.expect, procedureId: 'visa' },
    });
    const registered = identityKeyOf({
      givenNames: 'Jean Luc',
      firstSurname: 'TREMBLAY',
      secondSurname: null,
      birthDate: '1979-03-21',
    });

    it('passes when the applicant without a CURP with their names and birth date was used, however the names were typed', () => {
      const c = check({ identifiedCurp: null, identifiedIdentityKey: registered }, 'applicant', visitor);
      expect(c).toMatchObject({
        passed: true,
        detail: { es: 'Se identificó a Jean-Luc Tremblay, sin CURP, nacimiento 1979-03-21.' },
      });
      const visaBooked = {
        ...withAppointment({ procedureId: 'visa' }),
        requirementsRead: { procedureId: 'visa', count: 3, total: 3 },
      };
      expect(
        score({ identifiedCurp: null, identifiedIdentityKey: registered, ...visaBooked }, visitor).score,
      ).toBe(100);
    });

    it('fails when nobody was identified', () => {
      expect(
        check({ identifiedCurp: null, identifiedIdentityKey: null }, 'applicant', visitor),
      ).toMatchObject({
        passed: false,
        detail: { en: 'The caller (Jean-Luc Tremblay, no CURP, born 1979-03-21) was not identified.' },
      });
    });

    it('fails when someone else without a CURP was used: a namesake born another day', () => {
      const namesake = identityKeyOf({
        givenNames: 'Jean-Luc',
        firstSurname: 'Tremblay',
        secondSurname: null,
        birthDate: '1979-03-22',
      });
      expect(
        check({ identifiedCurp: null, identifiedIdentityKey: namesake }, 'applicant', visitor),
      ).toMatchObject({ passed: false, detail: { es: expect.stringContaining('otra persona sin CURP') } });
    });

    it('fails when a person with a CURP was used, naming the CURP', () => {
      const c = check({ identifiedCurp: CALLER_CURP, identifiedIdentityKey: null }, 'applicant', visitor);
      expect(c.passed).toBe(false);
      expect(c.detail.es).toBe(
        `Se trabajó con otra persona (CURP ${CALLER_CURP}); quien llamó es Jean-Luc Tremblay, sin CURP, nacimiento 1979-03-21.`,
      );
    });
  });

  describe('procedure', () => {
    it('fails when another procedure was booked, naming both', () => {
      const c = check(withAppointment({ procedureId: 'matricula' }), 'procedure');
      expect(c.passed).toBe(false);
      expect(c.detail.es).toBe(
        'Se agendó Matrícula consular, pero la persona necesitaba Renovación de pasaporte.',
      );
    });

    it('fails when nothing was booked', () => {
      expect(check({ appointment: null }, 'procedure')).toMatchObject({ passed: false });
    });

    it('passes with the right procedure', () => {
      expect(check({}, 'procedure')).toMatchObject({
        passed: true,
        detail: { en: 'Right procedure: Passport renewal.' },
      });
    });
  });

  describe('requirements', () => {
    it('passes when every requirement of the procedure was read out', () => {
      expect(check({}, 'requirements')).toMatchObject({ passed: true });
    });

    it('fails when only some were read out, saying how many are missing', () => {
      const c = check(
        { requirementsRead: { procedureId: 'passport-renewal', count: 3, total: 5 } },
        'requirements',
      );
      expect(c.passed).toBe(false);
      expect(c.detail.es).toContain('3 de 5');
      expect(c.detail.en).toContain('2 missing');
    });

    it("fails when another procedure's requirements were read out", () => {
      const c = check({ requirementsRead: { procedureId: 'matricula', count: 4, total: 4 } }, 'requirements');
      expect(c.passed).toBe(false);
      expect(c.detail.es).toContain('Matrícula consular');
    });

    it('fails when none were read out', () => {
      expect(check({ requirementsRead: null }, 'requirements')).toMatchObject({ passed: false });
    });

    it('does not apply when the scenario does not ask for them', () => {
      const s = Scenario.parse({ ...scenario, expect: { ...scenario.expect, readRequirements: false } });
      expect(score({ requirementsRead: null }, s).checks.map((c) => c.id)).not.toContain('requirements');
      expect(score({ requirementsRead: null }, s).score).toBe(100);
    });
  });

  describe('consulate', () => {
    it('passes at any consulate that serves the caller', () => {
      expect(check(withAppointment({ consulateId: 'NOG' }), 'consulate')).toMatchObject({ passed: true });
    });

    it('fails elsewhere, saying where it was booked and where the caller asked', () => {
      const c = check(withAppointment({ consulateId: 'TUS' }), 'consulate');
      expect(c.passed).toBe(false);
      expect(c.detail.es).toBe('Se agendó en Tucson, pero la persona pidió Phoenix o Nogales.');
      expect(c.detail.en).toBe('It was booked in Tucson, but the caller asked for Phoenix or Nogales.');
    });

    it('writes "u" before a name that starts with an o sound', () => {
      const s = Scenario.parse({ ...scenario, expect: { ...scenario.expect, consulateIds: ['PHX', 'OXR'] } });
      expect(check(withAppointment({ consulateId: 'TUS' }), 'consulate', s).detail.es).toContain(
        'Phoenix u Oxnard',
      );
    });
  });

  describe('slot', () => {
    it('passes on the window edges: first day, last day, the earliest time', () => {
      expect(check(withAppointment({ localStart: '2026-05-06T08:00' }), 'slot')).toMatchObject({
        passed: true,
      });
      // 30 days after Monday 4 May is Wednesday 3 June.
      expect(check(withAppointment({ localStart: '2026-06-03T11:45' }), 'slot')).toMatchObject({
        passed: true,
      });
    });

    it('fails too soon and too far away', () => {
      const soon = check(withAppointment({ localStart: '2026-05-05T09:00' }), 'slot');
      expect(soon.passed).toBe(false);
      expect(soon.detail.es).toContain('dentro de 1 días y no puede antes de 2');
      const late = check(withAppointment({ localStart: '2026-06-04T09:00' }), 'slot');
      expect(late.passed).toBe(false);
      expect(late.detail.en).toContain('in 31 days and the caller needs it within 30');
    });

    it('fails on a weekday the caller cannot come, naming the day', () => {
      const s = Scenario.parse({
        ...scenario,
        expect: { ...scenario.expect, slot: { ...scenario.expect.slot, weekdays: [2, 4] } },
      });
      const c = check(withAppointment({ localStart: '2026-05-06T09:00' }), 'slot', s);
      expect(c.passed).toBe(false);
      expect(c.detail.es).toContain('cae en miércoles y solo puede martes o jueves');
    });

    it('fails before the earliest time and at or after the latest', () => {
      expect(check(withAppointment({ localStart: '2026-05-06T07:45' }), 'slot').detail.es).toContain(
        'no puede antes de las 08:00',
      );
      const atLatest = check(withAppointment({ localStart: '2026-05-06T12:00' }), 'slot');
      expect(atLatest.passed).toBe(false);
      expect(atLatest.detail.en).toContain('it has to be before 12:00');
    });

    it('fails when nothing was booked', () => {
      expect(check({ appointment: null }, 'slot')).toMatchObject({
        passed: false,
        detail: { en: 'No appointment was booked.' },
      });
    });
  });

  describe('outcome', () => {
    it('wants a new appointment when the scenario books', () => {
      expect(check({ appointment: null }, 'outcome')).toMatchObject({ passed: false });
      expect(check(withAppointment({ rescheduled: true }), 'outcome')).toMatchObject({ passed: false });
    });

    it('wants the existing appointment moved when the scenario reschedules', () => {
      expect(check(withAppointment({ rescheduled: true }), 'outcome', reschedule)).toMatchObject({
        passed: true,
      });
      const c = check({}, 'outcome', reschedule);
      expect(c.passed).toBe(false);
      expect(c.detail.es).toContain('había que reprogramar');
      expect(check({ appointment: null }, 'outcome', reschedule)).toMatchObject({ passed: false });
    });

    it('wants nothing booked on a duplicate attempt', () => {
      expect(check({ appointment: null }, 'outcome', duplicate)).toMatchObject({ passed: true });
      expect(check({}, 'outcome', duplicate)).toMatchObject({ passed: false });
    });
  });

  describe('read-back', () => {
    it('fails when the appointment was not read back', () => {
      const c = check({ readBackDone: false }, 'read_back');
      expect(c.passed).toBe(false);
      expect(c.detail.es).toContain('No se leyó la cita de vuelta');
    });

    it('applies only when the scenario expects it', () => {
      expect(
        score(
          {
            appointment: null,
            readBackDone: false,
            call: { durationSeconds: 100, wrapUpCode: 'information' },
          },
          duplicate,
        ).checks.map((c) => c.id),
      ).not.toContain('read_back');
    });
  });

  describe('wrap-up', () => {
    it('fails with the wrong code, naming the given and the right ones', () => {
      const c = check({ call: { durationSeconds: 200, wrapUpCode: 'booked' } }, 'wrap_up', duplicate);
      expect(c.passed).toBe(false);
      expect(c.detail.es).toBe(
        'Se cerró como «Cita agendada», pero correspondía «Solo información o La persona no quiso agendar».',
      );
    });

    it('passes with any of the right codes', () => {
      expect(
        check({ call: { durationSeconds: 200, wrapUpCode: 'caller_declined' } }, 'wrap_up', duplicate),
      ).toMatchObject({ passed: true });
    });

    it('fails when the call was not wrapped up', () => {
      expect(check({ call: { durationSeconds: null, wrapUpCode: null } }, 'wrap_up')).toMatchObject({
        passed: false,
      });
      expect(check({ call: null }, 'wrap_up')).toMatchObject({ passed: false });
    });
  });

  describe('time', () => {
    it('passes at the target and fails over it, showing both times', () => {
      expect(check({ call: { durationSeconds: 300, wrapUpCode: 'booked' } }, 'time')).toMatchObject({
        passed: true,
      });
      const c = check({ call: { durationSeconds: 301, wrapUpCode: 'booked' } }, 'time');
      expect(c.passed).toBe(false);
      expect(c.detail.es).toBe('La llamada duró 5:01; la meta es 5:00.');
    });

    it('fails a call without a duration', () => {
      expect(check({ call: { durationSeconds: null, wrapUpCode: null } }, 'time')).toMatchObject({
        passed: false,
      });
      expect(check({ call: null }, 'time').detail.en).toContain('has no duration');
    });
  });

  describe('a scenario where nothing should be booked', () => {
    it('leaves out the checks that need an appointment and still shares 100 points', () => {
      const result = score(
        {
          appointment: null,
          requirementsRead: null,
          readBackDone: false,
          call: { durationSeconds: 150, wrapUpCode: 'information' },
        },
        duplicate,
      );
      expect(result.checks.map((c) => c.id)).toEqual(['applicant', 'outcome', 'wrap_up', 'time']);
      expect(result.checks.reduce((sum, c) => sum + c.points, 0)).toBe(100);
      expect(result.score).toBe(100);
    });
  });
});

describe('sharing the points', () => {
  it('always gives whole points that add up to 100, for every set of checks', () => {
    const ids = PracticeCheckId.options;
    for (let mask = 1; mask < 1 << ids.length; mask++) {
      const chosen = ids.filter((_, i) => mask & (1 << i));
      const points = apportionPoints(chosen);
      const values = chosen.map((id) => points.get(id) ?? -1);
      expect(values.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      expect(values.reduce((a, b) => a + b, 0)).toBe(100);
    }
  });
});
