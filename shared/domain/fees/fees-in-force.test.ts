import { describe, expect, it } from 'vitest';
import { currencyOfCountry, feesInForceOn, type FeeCurrency, type ScheduledFee } from './fees-in-force';

const line = (
  en: string,
  currency: FeeCurrency,
  effectiveFrom: string,
  amount: number | null,
): ScheduledFee => ({ label: { es: en, en }, currency, effectiveFrom, amount });
const schedule = [
  line('10 years', 'USD', '2025-01-01', 203),
  line('3 years', 'USD', '2025-01-01', 99),
  line('10 years', 'CAD', '2025-01-01', null),
  line('10 years', 'USD', '2026-01-01', 209),
  line('3 years', 'USD', '2026-01-01', 101),
  line('10 years', 'CAD', '2026-01-01', null),
  line('3 years', 'CAD', '2026-01-01', null),
];
const amounts = (date: string, currency: FeeCurrency = 'USD') =>
  feesInForceOn(schedule, date, currency).map((f) => [f.label.en, f.amount]);

describe('fees in force on a date', () => {
  it('switches schedules between 31 December and 1 January', () => {
    expect(amounts('2025-12-31')).toEqual([
      ['10 years', 203],
      ['3 years', 99],
    ]);
    expect(amounts('2026-01-01')).toEqual([
      ['10 years', 209],
      ['3 years', 101],
    ]);
    expect(amounts('2026-12-31')).toEqual([
      ['10 years', 209],
      ['3 years', 101],
    ]);
  });

  it("answers the last known year's lines without amounts in a year whose fees are not published", () => {
    expect(amounts('2027-01-01')).toEqual([
      ['10 years', null],
      ['3 years', null],
    ]);
    expect(amounts('2031-06-15')).toEqual([
      ['10 years', null],
      ['3 years', null],
    ]);
    // The schedule itself is left as it was.
    expect(schedule[3]?.amount).toBe(209);
  });

  it('picks the lines of the currency asked for, and only those', () => {
    expect(amounts('2026-03-01', 'CAD')).toEqual([
      ['10 years', null],
      ['3 years', null],
    ]);
    expect(amounts('2025-03-01', 'CAD')).toEqual([['10 years', null]]);
    expect(feesInForceOn(schedule, '2026-03-01', 'USD').every((f) => f.currency === 'USD')).toBe(true);
  });

  it('takes the whole schedule of the latest year: a line dropped from it is no longer answered', () => {
    const dropped = [
      line('old', 'USD', '2025-01-01', 10),
      line('kept', 'USD', '2025-01-01', 20),
      line('kept', 'USD', '2026-01-01', 21),
    ];
    expect(feesInForceOn(dropped, '2026-02-01', 'USD').map((f) => f.label.en)).toEqual(['kept']);
    expect(feesInForceOn(dropped, '2025-02-01', 'USD').map((f) => f.label.en)).toEqual(['old', 'kept']);
  });

  it('keeps a free line free, in a known year and in an unpublished one', () => {
    const free = [line('Free', 'CAD', '2026-01-01', 0), line('Paid', 'CAD', '2026-01-01', null)];
    expect(feesInForceOn(free, '2026-05-05', 'CAD').map((f) => f.amount)).toEqual([0, null]);
    expect(feesInForceOn(free, '2027-05-05', 'CAD').map((f) => f.amount)).toEqual([0, null]);
  });

  it('has nothing before the first schedule', () => {
    expect(amounts('2024-12-31')).toEqual([]);
    expect(feesInForceOn([], '2026-01-01', 'USD')).toEqual([]);
  });
});

describe('currency of a consulate', () => {
  it('is the US dollar in the United States and the Canadian dollar in Canada', () => {
    expect(currencyOfCountry('US')).toBe('USD');
    expect(currencyOfCountry('CA')).toBe('CAD');
  });
});
