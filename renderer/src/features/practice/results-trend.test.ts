import { describe, expect, it } from 'vitest';
import type { PracticeResult } from '../../../../shared/api/practice';
import { trendsOf, traineesOf } from './results-trend';

const result = (userId: string, displayName: string, finishedAt: string, score: number): PracticeResult => ({
  runId: `${userId}-${finishedAt}`,
  userId,
  displayName,
  scenarioId: 'first-passport',
  scenarioVersion: 1,
  title: { es: 'Primer pasaporte', en: 'First passport' },
  lesson: { es: 'Lea los requisitos', en: 'Read the requirements' },
  startedAt: finishedAt,
  finishedAt,
  score,
  durationSeconds: 200,
  timeTargetSeconds: 240,
  outcome: 'booked',
  wrapUpCode: 'booked',
  checks: [],
});

describe("a lead's view of trainees' scores", () => {
  it("gives each trainee's scores oldest first, with the latest and the mean, trainees by name", () => {
    const results = [
      result('u2', 'Trainee 2', '2026-03-10T16:00:00.000Z', 90),
      result('u1', 'Trainee 1', '2026-03-09T16:00:00.000Z', 40),
      result('u2', 'Trainee 2', '2026-03-09T15:00:00.000Z', 55),
      result('u2', 'Trainee 2', '2026-03-09T17:00:00.000Z', 70),
    ];
    expect(trendsOf(results)).toEqual([
      { userId: 'u1', displayName: 'Trainee 1', scores: [40], last: 40, mean: 40 },
      { userId: 'u2', displayName: 'Trainee 2', scores: [55, 70, 90], last: 90, mean: 72 },
    ]);
    expect(traineesOf(results).map((t) => t.displayName)).toEqual(['Trainee 1', 'Trainee 2']);
  });
});
