import { describe, expect, it } from 'vitest';
import { FEE_YEARS, feeSchedule, feesInForce } from './fees';
import { procedures } from './procedures';

const amount = (procedureId: string, date: string, labelEn: string, currency: 'USD' | 'CAD' = 'USD') =>
  feesInForce(procedureId, date, currency).find((f) => f.label.en === labelEn)?.amount;

/** shared/reference/README.md, "Fees (USD…)", row by row: [procedure, label, 2024, 2025, 2026]. */
const REFERENCE_TABLE: readonly (readonly [string, string, number, number, number])[] = [
  ['passport-minor', 'Passport, 1 year', 41, 42, 44],
  ['passport-minor', 'Passport, 3 years', 96, 99, 101],
  ['passport-minor', 'Passport, 6 years', 130, 133, 137],
  ['passport-first', 'Passport, 3 years', 96, 99, 101],
  ['passport-first', 'Passport, 6 years', 130, 133, 137],
  ['passport-first', 'Passport, 10 years', 198, 203, 209],
  ['passport-renewal', 'Passport, 3 years', 96, 99, 101],
  ['passport-renewal', 'Passport, 6 years', 130, 133, 137],
  ['passport-renewal', 'Passport, 10 years', 198, 203, 209],
  ['matricula', 'Consular ID card (matrícula)', 39, 40, 41],
  ['power-of-attorney', 'Power of attorney, individual', 168, 173, 177],
  ['power-of-attorney', 'Power of attorney, company', 251, 257, 264],
  ['civil-registry-copy', 'Certified copy of a record', 19, 19, 20],
  ['visa', 'Ordinary visa', 53, 54, 56],
  ['birth-registration', 'Free', 0, 0, 0],
  ['birth-registration-review', 'Free', 0, 0, 0],
  ['ine-credential', 'Free', 0, 0, 0],
];

describe('fee schedule data', () => {
  it('gives in US dollars exactly the reference table for 2024, 2025 and 2026, and nothing else', () => {
    for (const [id, label, ...byYear] of REFERENCE_TABLE) {
      FEE_YEARS.forEach((year, i) =>
        expect(amount(id, `${year}-06-15`, label), `${id} ${label} ${year}`).toBe(byYear[i]),
      );
    }
    const usd = feeSchedule.filter((f) => f.currency === 'USD');
    expect(usd).toHaveLength(REFERENCE_TABLE.length * FEE_YEARS.length);
  });

  it('has, for every procedure and year, the same lines in US and in Canadian dollars', () => {
    for (const p of procedures) {
      for (const year of FEE_YEARS) {
        const labels = (currency: 'USD' | 'CAD') =>
          feesInForce(p.id, `${year}-03-01`, currency).map((f) => f.label.en);
        expect(labels('USD').length, `${p.id} ${year}`).toBeGreaterThan(0);
        expect(labels('CAD'), `${p.id} ${year}`).toEqual(labels('USD'));
      }
    }
  });

  it('answers Canadian dollars only where a source gives them: free is 0, every other amount unknown', () => {
    for (const fee of feeSchedule.filter((f) => f.currency === 'CAD')) {
      const usd = feeSchedule.find(
        (f) =>
          f.currency === 'USD' &&
          f.procedureId === fee.procedureId &&
          f.effectiveFrom === fee.effectiveFrom &&
          f.label.en === fee.label.en,
      );
      expect(fee.amount, `${fee.procedureId} ${fee.label.en} ${fee.effectiveFrom}`).toBe(
        usd?.amount === 0 ? 0 : null,
      );
      expect(fee.source).toMatch(fee.amount === 0 ? /sin costo/ : /confirme el monto con el consulado/);
    }
  });

  it('cites a source on every line, and names only known procedures with whole amounts', () => {
    const ids = new Set(procedures.map((p) => p.id));
    for (const fee of feeSchedule) {
      expect(ids.has(fee.procedureId), fee.procedureId).toBe(true);
      expect(fee.effectiveFrom).toMatch(/^20(24|25|26)-01-01$/);
      expect(fee.source).toMatch(/sre\.gob\.mx|shared\/reference\/README\.md/);
      if (fee.amount !== null) expect(Number.isInteger(fee.amount) && fee.amount >= 0).toBe(true);
    }
    const keys = feeSchedule.map((f) => `${f.procedureId}|${f.currency}|${f.effectiveFrom}|${f.label.en}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('fees in force', () => {
  it('switches on 1 January', () => {
    expect(amount('passport-first', '2024-12-31', 'Passport, 10 years')).toBe(198);
    expect(amount('passport-first', '2025-01-01', 'Passport, 10 years')).toBe(203);
    expect(amount('passport-first', '2025-12-31', 'Passport, 10 years')).toBe(203);
    expect(amount('passport-first', '2026-01-01', 'Passport, 10 years')).toBe(209);
    expect(amount('civil-registry-copy', '2025-12-31', 'Certified copy of a record')).toBe(19);
    expect(amount('civil-registry-copy', '2026-01-01', 'Certified copy of a record')).toBe(20);
  });

  it('gives the validities of each passport kind, in order', () => {
    const labels = (id: string) => feesInForce(id, '2026-03-01').map((f) => f.label.en);
    expect(labels('passport-first')).toEqual([
      'Passport, 3 years',
      'Passport, 6 years',
      'Passport, 10 years',
    ]);
    expect(labels('passport-renewal')).toEqual([
      'Passport, 3 years',
      'Passport, 6 years',
      'Passport, 10 years',
    ]);
    expect(labels('passport-minor')).toEqual(['Passport, 1 year', 'Passport, 3 years', 'Passport, 6 years']);
    expect(feesInForce('power-of-attorney', '2025-03-01').map((f) => f.amount)).toEqual([173, 257]);
  });

  it('answers 2027, whose fees are not published, with the 2026 lines and no amount (free stays free)', () => {
    expect(feesInForce('passport-minor', '2027-01-01').map((f) => [f.label.en, f.amount])).toEqual([
      ['Passport, 1 year', null],
      ['Passport, 3 years', null],
      ['Passport, 6 years', null],
    ]);
    expect(amount('matricula', '2027-02-01', 'Consular ID card (matrícula)')).toBeNull();
    expect(amount('ine-credential', '2027-02-01', 'Free')).toBe(0);
    expect(amount('ine-credential', '2027-02-01', 'Free', 'CAD')).toBe(0);
  });

  it('has no fee before the schedule starts or for an unknown procedure, and refuses a malformed date', () => {
    expect(feesInForce('passport-first', '2023-12-31')).toEqual([]);
    expect(feesInForce('no-such-procedure', '2026-03-01')).toEqual([]);
    expect(() => feesInForce('visa', '2026-3-1')).toThrow(RangeError);
  });
});
