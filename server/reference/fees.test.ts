import { describe, expect, it } from 'vitest';
import { feeSchedule, feesInForce } from './fees';
import { procedures } from './procedures';

const amount = (procedureId: string, date: string, labelEn: string) =>
  feesInForce(procedureId, date).find((f) => f.label.en === labelEn)?.amountUsd;

describe('fee schedule', () => {
  it('picks the amount in force on a date', () => {
    expect(amount('passport-first', '2026-03-01', 'Passport, 10 years')).toBe(209);
    expect(amount('passport-first', '2025-12-31', 'Passport, 10 years')).toBe(203);
    expect(amount('passport-renewal', '2024-06-15', 'Passport, 10 years')).toBe(198);
    expect(amount('passport-minor', '2026-01-01', 'Passport, 1 year')).toBe(44);
    expect(amount('matricula', '2025-01-01', 'Consular ID card (matrícula)')).toBe(40);
    expect(amount('power-of-attorney', '2026-07-01', 'Power of attorney, company')).toBe(264);
    expect(amount('power-of-attorney', '2024-12-31', 'Power of attorney, individual')).toBe(168);
    expect(amount('civil-registry-copy', '2025-05-05', 'Certified copy of a record')).toBe(19);
    expect(amount('civil-registry-copy', '2026-05-05', 'Certified copy of a record')).toBe(20);
    expect(amount('visa', '2026-12-31', 'Ordinary visa')).toBe(56);
  });

  it('gives one line per label, with the validities of each passport kind', () => {
    const labels = (id: string) => feesInForce(id, '2026-03-01').map((f) => f.label.en);
    expect(labels('passport-first')).toEqual(['Passport, 3 years', 'Passport, 6 years', 'Passport, 10 years']);
    expect(labels('passport-renewal')).toEqual(['Passport, 3 years', 'Passport, 6 years', 'Passport, 10 years']);
    expect(labels('passport-minor')).toEqual(['Passport, 1 year', 'Passport, 3 years', 'Passport, 6 years']);
    expect(feesInForce('passport-minor', '2026-03-01').map((f) => f.amountUsd)).toEqual([44, 101, 137]);
    expect(feesInForce('power-of-attorney', '2025-03-01').map((f) => f.amountUsd)).toEqual([173, 257]);
  });

  it('lists birth registration and the INE credential as free', () => {
    for (const id of ['birth-registration', 'birth-registration-review', 'ine-credential']) {
      const fees = feesInForce(id, '2026-03-01');
      expect(fees).toHaveLength(1);
      expect(fees[0]).toMatchObject({ amountUsd: 0, label: { es: 'Gratuito', en: 'Free' } });
    }
  });

  it('has no fee before the schedule starts or for an unknown procedure', () => {
    expect(feesInForce('passport-first', '2023-12-31')).toEqual([]);
    expect(feesInForce('no-such-procedure', '2026-03-01')).toEqual([]);
    expect(() => feesInForce('visa', '2026-3-1')).toThrow(RangeError);
  });

  it('covers every procedure in each of 2024, 2025 and 2026, and only known procedures', () => {
    const ids = new Set(procedures.map((p) => p.id));
    for (const fee of feeSchedule) {
      expect(ids.has(fee.procedureId)).toBe(true);
      expect(fee.effectiveFrom).toMatch(/^20(24|25|26)-01-01$/);
      expect(Number.isInteger(fee.amountUsd) && fee.amountUsd >= 0).toBe(true);
    }
    for (const id of ids) {
      for (const year of ['2024', '2025', '2026']) {
        expect(feeSchedule.some((f) => f.procedureId === id && f.effectiveFrom === `${year}-01-01`), `${id} ${year}`).toBe(true);
      }
    }
  });
});
