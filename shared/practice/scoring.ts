import type { Bilingual } from '../api/common';
import type { PracticeCheck, PracticeCheckId } from '../api/practice';
import { identityKeyOf } from '../domain/curp/identity-without-curp';
import { weekdayOf } from '../domain/time/local-date';
import { callerCurp } from './caller-identity';
import { apportionPoints } from './check-points';
import { clock, orList, same, weekdayName, wrapUpLabel } from './check-wording';
import type { PracticeEvidence } from './evidence';
import type { Scenario, SlotConstraints } from './scenario';
import { slotMisses, type SlotMiss } from './slot-constraints';

/**
 * Scores a practice run: each check that applies to the scenario passes or fails with a detail a
 * trainee understands, and the points of the passed checks add up to the score (out of 100).
 * Pure: the server gathers the evidence, this only judges it.
 */

/** How the details name consulates and procedures; the server passes the reference data's names. */
export interface PracticeNames {
  consulate(id: string): Bilingual;
  procedure(id: string): Bilingual;
}

/** Codes as they are, for callers without the reference data. */
export const CODE_NAMES: PracticeNames = { consulate: same, procedure: same };

type Verdict = { passed: boolean; detail: Bilingual };
type Appointment = NonNullable<PracticeEvidence['appointment']>;

const NO_APPOINTMENT: Verdict = {
  passed: false,
  detail: { es: 'No se agendó ninguna cita.', en: 'No appointment was booked.' },
};

export function scorePracticeRun(
  scenario: Scenario,
  evidence: PracticeEvidence,
  names: PracticeNames = CODE_NAMES,
): { score: number; checks: PracticeCheck[] } {
  const verdicts = judge(scenario, evidence, names);
  const points = apportionPoints(verdicts.map(([id]) => id));
  const checks = verdicts.map(([id, verdict]): PracticeCheck => ({
    id,
    passed: verdict.passed,
    points: points.get(id) ?? 0,
    detail: verdict.detail,
  }));
  const score = checks.reduce((sum, c) => sum + (c.passed ? c.points : 0), 0);
  return { score, checks };
}

/** The checks that apply to the scenario, in the order a call goes. */
function judge(
  scenario: Scenario,
  evidence: PracticeEvidence,
  names: PracticeNames,
): Array<[PracticeCheckId, Verdict]> {
  const expect = scenario.expect;
  const books = expect.outcome !== 'no_booking';
  const out: Array<[PracticeCheckId, Verdict]> = [['applicant', applicantCheck(scenario, evidence)]];
  if (books && expect.procedureId !== null)
    out.push(['procedure', procedureCheck(expect.procedureId, evidence.appointment, names)]);
  if (expect.readRequirements && expect.procedureId !== null)
    out.push(['requirements', requirementsCheck(expect.procedureId, evidence, names)]);
  if (books && expect.consulateIds.length > 0)
    out.push(['consulate', consulateCheck(expect.consulateIds, evidence.appointment, names)]);
  if (books && expect.slot !== null) out.push(['slot', slotCheck(expect.slot, evidence.appointment)]);
  out.push(['outcome', outcomeCheck(expect.outcome, evidence.appointment)]);
  if (expect.readBack) out.push(['read_back', readBackCheck(evidence)]);
  out.push(['wrap_up', wrapUpCheck(expect.wrapUpCodes, evidence)]);
  out.push(['time', timeCheck(scenario.timeTargetSeconds, evidence)]);
  return out;
}

function applicantCheck(scenario: Scenario, evidence: PracticeEvidence): Verdict {
  const c = scenario.caller;
  const who = [c.givenNames, c.firstSurname, c.secondSurname].filter((part) => part !== null).join(' ');
  const expected = callerCurp(c);
  if (expected === null) return applicantWithoutCurpCheck(scenario, who, evidence);
  const found = evidence.identifiedCurp?.trim().toUpperCase() ?? null;
  if (found === null) {
    return {
      passed: false,
      detail: {
        es: `No se identificó a la persona que llamó (${who}, CURP ${expected}).`,
        en: `The caller (${who}, CURP ${expected}) was not identified.`,
      },
    };
  }
  if (found !== expected) {
    return {
      passed: false,
      detail: {
        es: `Se trabajó con otra persona (CURP ${found}); quien llamó es ${who}, CURP ${expected}.`,
        en: `Another person was used (CURP ${found}); the caller is ${who}, CURP ${expected}.`,
      },
    };
  }
  return {
    passed: true,
    detail: {
      es: `Se identificó a ${who} (CURP ${expected}).`,
      en: `${who} (CURP ${expected}) was identified.`,
    },
  };
}

/**
 * A caller without a CURP is the applicant without a CURP who has their names and birth date (the
 * identity key the server keeps for them); someone with a CURP is another person.
 */
function applicantWithoutCurpCheck(scenario: Scenario, who: string, evidence: PracticeEvidence): Verdict {
  const born = scenario.caller.birthDate;
  const caller = { es: `${who}, sin CURP, nacimiento ${born}`, en: `${who}, no CURP, born ${born}` };
  if (evidence.identifiedCurp === null && evidence.identifiedIdentityKey === null) {
    return {
      passed: false,
      detail: {
        es: `No se identificó a la persona que llamó (${caller.es}).`,
        en: `The caller (${caller.en}) was not identified.`,
      },
    };
  }
  if (evidence.identifiedCurp === null && evidence.identifiedIdentityKey === identityKeyOf(scenario.caller)) {
    return {
      passed: true,
      detail: { es: `Se identificó a ${caller.es}.`, en: `${caller.en} was identified.` },
    };
  }
  const other =
    evidence.identifiedCurp === null
      ? { es: 'otra persona sin CURP', en: 'another person without a CURP' }
      : { es: `CURP ${evidence.identifiedCurp}`, en: `CURP ${evidence.identifiedCurp}` };
  return {
    passed: false,
    detail: {
      es: `Se trabajó con otra persona (${other.es}); quien llamó es ${caller.es}.`,
      en: `Another person was used (${other.en}); the caller is ${caller.en}.`,
    },
  };
}

function procedureCheck(expectedId: string, appointment: Appointment | null, names: PracticeNames): Verdict {
  const expected = names.procedure(expectedId);
  if (appointment === null) {
    return {
      passed: false,
      detail: {
        es: `No se agendó ninguna cita; el trámite que necesitaba era ${expected.es}.`,
        en: `No appointment was booked; the caller needed ${expected.en}.`,
      },
    };
  }
  if (appointment.procedureId !== expectedId) {
    const booked = names.procedure(appointment.procedureId);
    return {
      passed: false,
      detail: {
        es: `Se agendó ${booked.es}, pero la persona necesitaba ${expected.es}.`,
        en: `${booked.en} was booked, but the caller needed ${expected.en}.`,
      },
    };
  }
  return {
    passed: true,
    detail: { es: `Trámite correcto: ${expected.es}.`, en: `Right procedure: ${expected.en}.` },
  };
}

function requirementsCheck(expectedId: string, evidence: PracticeEvidence, names: PracticeNames): Verdict {
  const expected = names.procedure(expectedId);
  const read = evidence.requirementsRead;
  if (read === null || read.count === 0) {
    return {
      passed: false,
      detail: {
        es: `No se leyeron los requisitos de ${expected.es}.`,
        en: `The requirements for ${expected.en} were not read out.`,
      },
    };
  }
  if (read.procedureId !== expectedId) {
    const other = names.procedure(read.procedureId);
    return {
      passed: false,
      detail: {
        es: `Se leyeron los requisitos de ${other.es}, pero el trámite era ${expected.es}.`,
        en: `The requirements for ${other.en} were read out, but the procedure was ${expected.en}.`,
      },
    };
  }
  if (read.count < read.total) {
    return {
      passed: false,
      detail: {
        es: `Se leyeron ${read.count} de ${read.total} requisitos de ${expected.es}; faltaron ${read.total - read.count}.`,
        en: `${read.count} of ${read.total} requirements for ${expected.en} were read out; ${read.total - read.count} missing.`,
      },
    };
  }
  return {
    passed: true,
    detail: {
      es: `Se leyeron los ${read.total} requisitos de ${expected.es}.`,
      en: `All ${read.total} requirements for ${expected.en} were read out.`,
    },
  };
}

function consulateCheck(
  expectedIds: readonly string[],
  appointment: Appointment | null,
  names: PracticeNames,
): Verdict {
  if (appointment === null) return NO_APPOINTMENT;
  const booked = names.consulate(appointment.consulateId);
  if (!expectedIds.includes(appointment.consulateId)) {
    const wanted = orList(expectedIds.map((id) => names.consulate(id)));
    return {
      passed: false,
      detail: {
        es: `Se agendó en ${booked.es}, pero la persona pidió ${wanted.es}.`,
        en: `It was booked in ${booked.en}, but the caller asked for ${wanted.en}.`,
      },
    };
  }
  return {
    passed: true,
    detail: { es: `Consulado correcto: ${booked.es}.`, en: `Right consulate: ${booked.en}.` },
  };
}

function slotCheck(constraints: SlotConstraints, appointment: Appointment | null): Verdict {
  if (appointment === null) return NO_APPOINTMENT;
  const date = appointment.localStart.slice(0, 10);
  const time = appointment.localStart.slice(11, 16);
  const day = weekdayName(weekdayOf(date) || 7);
  const when: Bilingual = { es: `${day.es} ${date}, ${time}`, en: `${day.en} ${date}, ${time}` };
  const misses = slotMisses(constraints, appointment.localStart, appointment.consulateToday);
  if (misses.length > 0) {
    const reasons = misses.map(describeMiss);
    return {
      passed: false,
      detail: {
        es: `La cita (${when.es}) no le sirve a la persona: ${reasons.map((r) => r.es).join('; ')}.`,
        en: `The appointment (${when.en}) does not suit the caller: ${reasons.map((r) => r.en).join('; ')}.`,
      },
    };
  }
  return {
    passed: true,
    detail: {
      es: `La fecha y hora (${when.es}) cumplen lo que pidió la persona.`,
      en: `The date and time (${when.en}) meet what the caller asked for.`,
    },
  };
}

function describeMiss(miss: SlotMiss): Bilingual {
  switch (miss.kind) {
    case 'before_window':
      return {
        es: `es dentro de ${miss.days} días y no puede antes de ${miss.fromDays}`,
        en: `it is in ${miss.days} days and the caller cannot come before ${miss.fromDays}`,
      };
    case 'after_window':
      return {
        es: `es dentro de ${miss.days} días y la necesita en los próximos ${miss.toDays}`,
        en: `it is in ${miss.days} days and the caller needs it within ${miss.toDays}`,
      };
    case 'weekday': {
      const allowed = orList(miss.allowed.map(weekdayName));
      return {
        es: `cae en ${weekdayName(miss.isoWeekday).es} y solo puede ${allowed.es}`,
        en: `it falls on a ${weekdayName(miss.isoWeekday).en} and the caller can only come on ${allowed.en}`,
      };
    }
    case 'too_early':
      return {
        es: `es a las ${miss.time} y no puede antes de las ${miss.earliest}`,
        en: `it is at ${miss.time} and the caller cannot come before ${miss.earliest}`,
      };
    case 'too_late':
      return {
        es: `es a las ${miss.time} y tiene que ser antes de las ${miss.latest}`,
        en: `it is at ${miss.time} and it has to be before ${miss.latest}`,
      };
  }
}

function outcomeCheck(expected: Scenario['expect']['outcome'], appointment: Appointment | null): Verdict {
  switch (expected) {
    case 'booked':
      if (appointment === null)
        return {
          passed: false,
          detail: {
            es: 'La persona necesitaba una cita y no se agendó.',
            en: 'The caller needed an appointment and none was booked.',
          },
        };
      if (appointment.rescheduled)
        return {
          passed: false,
          detail: {
            es: 'Se reprogramó una cita, pero la persona necesitaba una cita nueva.',
            en: 'An appointment was rescheduled, but the caller needed a new one.',
          },
        };
      return {
        passed: true,
        detail: {
          es: 'Se agendó la cita que la persona necesitaba.',
          en: 'The appointment the caller needed was booked.',
        },
      };
    case 'rescheduled':
      if (appointment === null)
        return {
          passed: false,
          detail: {
            es: 'La persona quería cambiar su cita y no se reprogramó.',
            en: 'The caller wanted to move their appointment and it was not rescheduled.',
          },
        };
      if (!appointment.rescheduled) {
        return {
          passed: false,
          detail: {
            es: 'Se agendó una cita nueva, pero había que reprogramar la que ya tenía.',
            en: 'A new appointment was booked, but the existing one should have been rescheduled.',
          },
        };
      }
      return {
        passed: true,
        detail: {
          es: 'Se reprogramó la cita que ya tenía.',
          en: 'The existing appointment was rescheduled.',
        },
      };
    case 'no_booking':
      if (appointment !== null)
        return {
          passed: false,
          detail: {
            es: 'Se agendó una cita, pero en esta llamada no correspondía agendar.',
            en: 'An appointment was booked, but this call should not have booked one.',
          },
        };
      return {
        passed: true,
        detail: { es: 'No se agendó nada, como correspondía.', en: 'Nothing was booked, as it should be.' },
      };
  }
}

function readBackCheck(evidence: PracticeEvidence): Verdict {
  if (!evidence.readBackDone) {
    return {
      passed: false,
      detail: {
        es: 'No se leyó la cita de vuelta a la persona (fecha, hora local y código).',
        en: 'The appointment was not read back to the caller (date, local time and code).',
      },
    };
  }
  return {
    passed: true,
    detail: {
      es: 'Se leyó la cita de vuelta a la persona.',
      en: 'The appointment was read back to the caller.',
    },
  };
}

function wrapUpCheck(expected: Scenario['expect']['wrapUpCodes'], evidence: PracticeEvidence): Verdict {
  const wanted = orList(expected.map(wrapUpLabel));
  const code = evidence.call?.wrapUpCode ?? null;
  if (code === null) {
    return {
      passed: false,
      detail: {
        es: `La llamada no se cerró con un código; correspondía «${wanted.es}».`,
        en: `The call was not wrapped up with a code; it should have been "${wanted.en}".`,
      },
    };
  }
  const given = wrapUpLabel(code);
  if (!expected.includes(code)) {
    return {
      passed: false,
      detail: {
        es: `Se cerró como «${given.es}», pero correspondía «${wanted.es}».`,
        en: `It was wrapped up as "${given.en}", but it should have been "${wanted.en}".`,
      },
    };
  }
  return {
    passed: true,
    detail: { es: `Cierre correcto: «${given.es}».`, en: `Right wrap-up: "${given.en}".` },
  };
}

function timeCheck(targetSeconds: number, evidence: PracticeEvidence): Verdict {
  const duration = evidence.call?.durationSeconds ?? null;
  const target = clock(targetSeconds);
  if (duration === null) {
    return {
      passed: false,
      detail: {
        es: `La llamada no se terminó, así que no tiene duración (meta: ${target}).`,
        en: `The call was not ended, so it has no duration (target: ${target}).`,
      },
    };
  }
  if (duration > targetSeconds) {
    return {
      passed: false,
      detail: {
        es: `La llamada duró ${clock(duration)}; la meta es ${target}.`,
        en: `The call took ${clock(duration)}; the target is ${target}.`,
      },
    };
  }
  return {
    passed: true,
    detail: {
      es: `La llamada duró ${clock(duration)}, dentro de la meta de ${target}.`,
      en: `The call took ${clock(duration)}, within the ${target} target.`,
    },
  };
}
