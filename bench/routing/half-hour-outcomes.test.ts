import { describe, expect, it } from 'vitest';
import { halfHourFigures, points, type CallOutcome } from './half-hour-outcomes';

const call = (o: Partial<CallOutcome>): CallOutcome => ({
  halfHour: 0,
  queueId: 'q-a',
  postedAt: 1000,
  answeredAt: null,
  abandonedAt: null,
  ...o,
});

describe('half-hour figures of a simulated day', () => {
  it('counts a call answered within 20 simulated seconds, at 100× speed 200 real ms', () => {
    const [f] = halfHourFigures(
      [
        call({ answeredAt: 1000 }), // at once
        call({ answeredAt: 1200 }), // 20 s: within
        call({ answeredAt: 1201 }), // 20.1 s: late
        call({ abandonedAt: 1500 }),
      ],
      { speed: 100, thresholdSeconds: 20 },
    );
    expect(f).toMatchObject({ arrived: 4, answered: 3, answeredWithin: 2, abandoned: 1, unresolved: 0 });
    expect(f!.serviceLevel).toBe(0.5);
    expect(f!.abandonment).toBe(0.25);
    expect(f!.averageSpeedOfAnswer).toBeCloseTo((0 + 20 + 20.1) / 3, 10);
  });

  it('buckets by queue and by the half hour a call arrived in, whenever it was answered', () => {
    const figures = halfHourFigures(
      [
        call({ halfHour: 1, queueId: 'q-b', answeredAt: 5000 }),
        call({ halfHour: 0, queueId: 'q-b', answeredAt: 90_000 }),
        call({ halfHour: 1, queueId: 'q-a' }),
      ],
      { speed: 1, thresholdSeconds: 20 },
    );
    expect(figures.map((f) => [f.queueId, f.halfHour, f.arrived, f.unresolved])).toEqual([
      ['q-a', 1, 1, 1],
      ['q-b', 0, 1, 0],
      ['q-b', 1, 1, 0],
    ]);
    expect(figures[1]!.serviceLevel).toBe(0);
    expect(Number.isNaN(figures[0]!.averageSpeedOfAnswer)).toBe(true);
  });

  it('says the distance to a prediction in percentage points', () => {
    expect(points(0.78, 0.81)).toBeCloseTo(3, 10);
  });
});
