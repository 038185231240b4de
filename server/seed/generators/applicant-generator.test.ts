import { describe, expect, it } from 'vitest';
import { curpBirthDate, isValidCurp, STATE_CODES } from '../../../shared/domain/curp/curp';
import { normalizePhone } from '../../../shared/domain/phone/phone';
import { consulateById } from '../../modules/reference/consulates';
import { areaCodesFor } from '../data/phone-area-codes';
import { generateApplicants, uniqueCurp, type SyntheticApplicant } from './applicant-generator';

const N = 50_000;
const applicants: SyntheticApplicant[] = [...generateApplicants({ count: N, seed: 20260301 })];
const share = (pred: (a: SyntheticApplicant) => boolean) => applicants.filter(pred).length / N;

describe('generateApplicants', () => {
  it('is deterministic for a seed, and a shorter run is a prefix of a longer one', () => {
    const again = [...generateApplicants({ count: 500, seed: 20260301 })];
    expect(again).toEqual(applicants.slice(0, 500));
    const other = [...generateApplicants({ count: 500, seed: 7 })];
    expect(other).not.toEqual(again);
  });

  it('numbers ids in base 36 with the prefix', () => {
    expect(applicants[0]?.id).toBe('app_000000');
    expect(applicants[35]?.id).toBe('app_00000z');
    expect(applicants[36]?.id).toBe('app_000010');
    expect(new Set(applicants.map((a) => a.id)).size).toBe(N);
    const [first] = generateApplicants({ count: 1, seed: 1, idPrefix: 'load' });
    expect(first?.id).toBe('load_000000');
    expect([...generateApplicants({ count: 0, seed: 1 })]).toEqual([]);
  });

  it(`issues ${N} unique, valid CURPs that encode the birth date, sex and a known state`, () => {
    expect(new Set(applicants.map((a) => a.curp)).size).toBe(N);
    for (const a of applicants) {
      if (!isValidCurp(a.curp) || curpBirthDate(a.curp) !== a.birthDate || a.curp.charAt(10) !== a.sex) {
        throw new Error(`bad CURP ${a.curp} for ${JSON.stringify(a)}`);
      }
      if (!STATE_CODES.has(a.curp.slice(11, 13))) throw new Error(`unknown state in ${a.curp}`);
    }
  });

  it('resolves a CURP collision through the homonym character', () => {
    const before2000 = {
      givenNames: 'José Luis',
      firstSurname: 'Hernández',
      secondSurname: 'García',
      birthDate: '1985-05-12',
      sex: 'H' as const,
      state: 'JC',
    };
    const issued = new Set<string>();
    const seen: string[] = [];
    for (let i = 0; i < 11; i++) {
      const curp = uniqueCurp(before2000, issued);
      if (curp === null) break;
      issued.add(curp);
      seen.push(curp);
    }
    expect(seen.map((c) => c.charAt(16)).join('')).toBe('0123456789');
    expect(seen.every(isValidCurp)).toBe(true);
    expect(uniqueCurp(before2000, issued)).toBeNull();

    const from2000 = {
      ...before2000,
      birthDate: '2012-02-29',
      sex: 'M' as const,
      givenNames: 'María Fernanda',
      state: 'NE',
    };
    const first = uniqueCurp(from2000, new Set())!;
    expect(first.charAt(16)).toBe('A');
    const second = uniqueCurp(from2000, new Set([first]))!;
    expect(second.charAt(16)).toBe('B');
    expect(isValidCurp(second) && curpBirthDate(second) === '2012-02-29').toBe(true);
  });

  it('draws birth dates 1940–2025 with about 12% minors', () => {
    expect(applicants.filter((a) => !(a.birthDate >= '1940-01-01' && a.birthDate <= '2025-12-31'))).toEqual(
      [],
    );
    expect(share((a) => a.birthDate >= '2009-01-01')).toBeGreaterThan(0.1);
    expect(share((a) => a.birthDate >= '2009-01-01')).toBeLessThan(0.14);
    expect(share((a) => a.sex === 'M')).toBeCloseTo(0.5, 1);
  });

  it('writes Mexican names with accents, ñ, compound given names and surnames with particles', () => {
    const all = applicants.flatMap((a) => [a.givenNames, a.firstSurname, a.secondSurname ?? '']).join('|');
    expect(all).toMatch(/[áéíóú]/);
    expect(all).toMatch(/[ÁÉÍÓÚ]/);
    expect(all).toContain('ñ');
    expect(applicants.some((a) => a.givenNames.includes(' '))).toBe(true);
    expect(applicants.some((a) => a.givenNames.startsWith('María ') && a.sex === 'M')).toBe(true);
    expect(applicants.some((a) => a.givenNames.startsWith('José ') && a.sex === 'H')).toBe(true);
    expect(
      applicants.some((a) => /^(De|Del) /.test(a.firstSurname) || /^(De|Del) /.test(a.secondSurname ?? '')),
    ).toBe(true);
    const noSecond = share((a) => a.secondSurname === null);
    expect(noSecond).toBeGreaterThan(0.02);
    expect(noSecond).toBeLessThan(0.04);
  });

  it('gives ~85% a local E.164 phone that normalizePhone accepts', () => {
    const withPhone = applicants.filter((a) => a.phone !== null);
    expect(withPhone.length / N).toBeGreaterThan(0.83);
    expect(withPhone.length / N).toBeLessThan(0.87);
    const bad = withPhone.filter((a) => {
      const phone = a.phone as string;
      return normalizePhone(phone) !== phone || !areaCodesFor(a.homeConsulateId).includes(phone.slice(2, 5));
    });
    expect(bad).toEqual([]);
  });

  it('gives ~40% a plausible ascii e-mail and every applicant a known home consulate', () => {
    const withEmail = applicants.filter((a) => a.email !== null);
    expect(withEmail.length / N).toBeGreaterThan(0.38);
    expect(withEmail.length / N).toBeLessThan(0.42);
    expect(withEmail.filter((a) => !/^[a-z]+[._]?[a-z]+\d*@[a-z]+\.[a-z]+$/.test(a.email as string))).toEqual(
      [],
    );
    expect(applicants.filter((a) => consulateById(a.homeConsulateId) === undefined)).toEqual([]);
    expect(new Set(applicants.map((a) => a.homeConsulateId)).size).toBe(57);
  });
});
