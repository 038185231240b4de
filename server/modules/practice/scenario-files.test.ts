import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curpBirthDate, isValidCurp } from '../../../shared/domain/curp/curp';
import { normalizePhone } from '../../../shared/domain/phone/phone';
import { addDays } from '../../../shared/domain/time/local-date';
import { callerCurp } from '../../../shared/practice/caller-identity';
import { Scenario } from '../../../shared/practice/scenario';
import { slotMisses } from '../../../shared/practice/slot-constraints';
import { consulateById } from '../reference/consulates';
import { procedureById } from '../reference/procedures';

const DIR = resolve(import.meta.dirname, '..', '..', '..', 'resources', 'practice-scenarios');
const FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;
const ARIZONA = ['PHX', 'TUS', 'NOG', 'DGL', 'YUM'];

const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const scenarios = files.map((name) => ({
  name,
  scenario: Scenario.parse(JSON.parse(readFileSync(join(DIR, name), 'utf8'))),
}));

/** Minutes since midnight of `HH:mm`. */
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe('the practice scenario files', () => {
  it('are at least 12, each one valid against the Scenario schema', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const name of files) {
      const parsed = Scenario.safeParse(JSON.parse(readFileSync(join(DIR, name), 'utf8')));
      expect(parsed.success, `${name}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('are named NN-<id>.json, with unique numbers and unique ids', () => {
    const numbers = new Set<string>();
    const ids = new Set<string>();
    for (const { name, scenario } of scenarios) {
      const match = FILE_NAME.exec(name);
      expect(match, name).not.toBeNull();
      expect(match?.[2], name).toBe(scenario.id);
      numbers.add(match?.[1] ?? '');
      ids.add(scenario.id);
    }
    expect(numbers.size).toBe(files.length);
    expect(ids.size).toBe(files.length);
  });

  it('name only procedures and consulates of the reference data', () => {
    for (const { name, scenario } of scenarios) {
      const { setup, expect: e } = scenario;
      const consulates = [
        ...e.consulateIds,
        ...setup.fullConsulates,
        ...(setup.existingAppointment ? [setup.existingAppointment.consulateId] : []),
      ];
      const procedures = [e.procedureId, setup.existingAppointment?.procedureId ?? null].filter(
        (p) => p !== null,
      );
      for (const id of consulates) expect(consulateById(id), `${name}: consulate ${id}`).toBeDefined();
      for (const id of procedures) expect(procedureById(id), `${name}: procedure ${id}`).toBeDefined();
    }
  });

  it("give each caller facts that build a valid CURP with the caller's birth date (unless they have none), and a phone the console accepts", () => {
    for (const { name, scenario } of scenarios) {
      const curp = callerCurp(scenario.caller);
      if (curp !== null) {
        expect(isValidCurp(curp), `${name}: ${curp}`).toBe(true);
        expect(curpBirthDate(curp), name).toBe(scenario.caller.birthDate);
      }
      if (scenario.caller.phone !== null) expect(normalizePhone(scenario.caller.phone), name).not.toBeNull();
    }
  });

  it('let a caller who is not registered yet give the CURP the console will check, or say they have none', () => {
    for (const { name, scenario } of scenarios.filter(
      (s) => !s.scenario.caller.registered && s.scenario.setup.existingAppointment === null,
    )) {
      const curpLine = scenario.lines.find((line) => line.topic === 'curp');
      const curp = callerCurp(scenario.caller);
      if (curp !== null) expect(curpLine?.says, name).toContain(curp);
      else expect(curpLine?.says, name).toMatch(/no tengo CURP|don't have a CURP/i);
    }
  });

  it('include callers without a CURP, who book only what their reason allows', () => {
    const withoutCurp = scenarios.filter((s) => s.scenario.caller.noCurpReason !== undefined);
    expect(withoutCurp.map((s) => s.scenario.caller.noCurpReason).sort()).toEqual([
      'foreign_national',
      'not_yet_registered',
    ]);
    for (const { name, scenario } of withoutCurp) {
      const procedure = procedureById(scenario.expect.procedureId ?? '');
      expect(procedure?.eligibility.noCurpReasons, name).toContain(scenario.caller.noCurpReason);
    }
  });

  it('play as a short call: 5 to 12 lines, an identity line, and questions in both console languages', () => {
    for (const { name, scenario } of scenarios) {
      expect(scenario.lines.length, name).toBeGreaterThanOrEqual(5);
      expect(scenario.lines.length, name).toBeLessThanOrEqual(12);
      expect(
        scenario.lines.some((line) => line.topic === 'identity'),
        name,
      ).toBe(true);
      for (const line of scenario.lines) {
        expect(line.ask.es.trim(), name).not.toBe('');
        expect(line.ask.en.trim(), name).not.toBe('');
      }
      expect(scenario.timeTargetSeconds, name).toBeGreaterThanOrEqual(180);
      expect(scenario.timeTargetSeconds, name).toBeLessThanOrEqual(420);
    }
  });

  it("never give the answers away in the brief (no caller's surname, no CURP)", () => {
    for (const { name, scenario } of scenarios) {
      for (const text of [scenario.brief.es, scenario.brief.en]) {
        expect(text, name).not.toContain(scenario.caller.firstSurname);
        const curp = callerCurp(scenario.caller);
        if (curp !== null) expect(text, name).not.toContain(curp);
      }
    }
  });

  it('expect a booking only with a procedure, a consulate that has seats, a slot window and a matching wrap-up', () => {
    for (const { name, scenario } of scenarios) {
      const { setup, expect: e } = scenario;
      if (e.outcome === 'no_booking') {
        expect(e.slot, name).toBeNull();
        continue;
      }
      expect(e.procedureId, name).not.toBeNull();
      expect(e.slot, name).not.toBeNull();
      expect(e.wrapUpCodes, name).toContain(e.outcome);
      expect(
        e.consulateIds.some((id) => !setup.fullConsulates.includes(id)),
        `${name}: every expected consulate is full`,
      ).toBe(true);
      // A procedure that needs another one first can only be expected when the caller already has it.
      const requires = procedureById(e.procedureId ?? '')?.requiresProcedureId ?? null;
      if (requires !== null) expect(setup.existingAppointment?.procedureId, name).toBe(requires);
      if (e.outcome === 'rescheduled')
        expect(setup.existingAppointment?.procedureId, name).toBe(e.procedureId);
    }
  });

  it('ask for slots the seed publishes on several days (weekdays 08:00–14:00), whatever the weekday the run starts on', () => {
    for (const { name, scenario } of scenarios) {
      const slot = scenario.expect.slot;
      if (slot === null) continue;
      expect(slot.fromDays, name).toBeLessThanOrEqual(slot.toDays);
      const open = Math.max(minutes(slot.earliest ?? '08:00'), minutes('08:00'));
      const close = Math.min(minutes(slot.latest ?? '14:00'), minutes('14:00'));
      expect(
        close - open,
        `${name}: the time window leaves less than an hour of office hours`,
      ).toBeGreaterThanOrEqual(60);
      const probe = `${String(Math.floor(open / 60)).padStart(2, '0')}:${String(open % 60).padStart(2, '0')}`;
      // 2026-11-23 is a Monday: try a run starting on each day of that week.
      for (let offset = 0; offset < 7; offset++) {
        const today = addDays('2026-11-23', offset);
        let days = 0;
        for (let d = slot.fromDays; d <= slot.toDays; d++) {
          const date = addDays(today, d);
          const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
          if (weekday >= 1 && weekday <= 5 && slotMisses(slot, `${date}T${probe}`, today).length === 0)
            days++;
        }
        expect(
          days,
          `${name}: a run starting ${today} has only ${days} suitable days`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("cover the issue's hard cases", () => {
    const all = scenarios.map((s) => s.scenario);
    const books = (s: Scenario, procedureId: string) => s.expect.procedureId === procedureId;
    expect(all.filter((s) => s.language === 'en').length).toBeGreaterThanOrEqual(3);
    expect(all.some((s) => books(s, 'passport-minor'))).toBe(true);
    expect(all.some((s) => books(s, 'passport-renewal') && s.expect.outcome === 'booked')).toBe(true);
    expect(all.some((s) => books(s, 'birth-registration-review'))).toBe(true);
    expect(all.some((s) => s.expect.consulateIds.some((id) => ARIZONA.includes(id)))).toBe(true);
    expect(all.some((s) => s.expect.consulateIds.includes('ELP'))).toBe(true);
    expect(all.some((s) => s.setup.fullConsulates.length > 0)).toBe(true);
    expect(
      all.some((s) => s.expect.outcome === 'rescheduled' && s.expect.wrapUpCodes.includes('rescheduled')),
    ).toBe(true);
    expect(all.some((s) => s.expect.outcome === 'no_booking' && s.setup.existingAppointment !== null)).toBe(
      true,
    );
  });
});
