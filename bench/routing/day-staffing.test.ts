import { describe, expect, it } from 'vitest';
import { predictHalfHour, staffHalfHours } from './day-staffing';

const target = { serviceLevel: 0.8, thresholdSeconds: 20, headcount: 40 };
const demand = (calls: number) => ({ calls, handleSeconds: 360, patienceSeconds: 150 });

describe('the simulated day’s staffing', () => {
  it('gives each half hour the fewest operators that reach 80% in 20 s', () => {
    const [agents] = staffHalfHours([demand(100)], target);
    expect(predictHalfHour(demand(100), agents!, 20).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(predictHalfHour(demand(100), agents! - 1, 20).serviceLevel).toBeLessThan(0.8);
  });

  it('never staffs more than the headcount: the peak stays short', () => {
    const staffing = staffHalfHours([demand(20), demand(200), demand(60)], target);
    expect(staffing[1]).toBe(40);
    expect(predictHalfHour(demand(200), 40, 20).serviceLevel).toBeLessThan(0.8);
    expect(staffing[0]).toBeLessThan(staffing[2]!);
  });

  it('keeps one operator on a half hour without calls', () => {
    expect(staffHalfHours([demand(0)], target)).toEqual([1]);
  });
});
