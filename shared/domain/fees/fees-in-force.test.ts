import { describe, expect, it } from 'vitest';
import { feesInForceOn } from './fees-in-force';

const line = (en: string, effectiveFrom: string, amountUsd: number) => ({ label: { es: en, en }, effectiveFrom, amountUsd });
const schedule = [line('10 years', '2025-01-01', 203), line('3 years', '2025-01-01', 99), line('10 years', '2026-01-01', 209), line('3 years', '2026-01-01', 101)];

describe('fees in force', () => {
  it('takes, per label, the latest line that applies on the date', () => {
    expect(feesInForceOn(schedule, '2026-01-01').map((f) => f.amountUsd)).toEqual([209, 101]);
    expect(feesInForceOn(schedule, '2025-12-31').map((f) => f.amountUsd)).toEqual([203, 99]);
  });

  it('has nothing before the schedule starts', () => {
    expect(feesInForceOn(schedule, '2024-12-31')).toEqual([]);
  });
});
