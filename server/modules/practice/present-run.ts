import type { PracticeRun } from '../../../shared/api/practice';
import type { Scenario } from '../../../shared/practice/scenario';
import type { PracticeRunRow } from './practice-run-repository';

export const askedOf = (row: Pick<PracticeRunRow, 'asked_json'>) => JSON.parse(row.asked_json) as number[];
export const requirementsOf = (row: Pick<PracticeRunRow, 'requirements_json'>) =>
  JSON.parse(row.requirements_json) as Record<string, number>;

/** The run as the console shows it: the caller's lines stay hidden (`says: null`) until asked. */
export function presentRun(row: PracticeRunRow, scenario: Scenario): PracticeRun {
  const asked = new Set(askedOf(row));
  return {
    id: row.id,
    scenarioId: scenario.id,
    scenarioVersion: row.scenario_version,
    title: scenario.title,
    brief: scenario.brief,
    language: scenario.language,
    opening: scenario.opening,
    lines: scenario.lines.map((line, index) => ({
      index,
      topic: line.topic,
      ask: line.ask,
      says: asked.has(index) ? line.says : null,
    })),
    timeTargetSeconds: scenario.timeTargetSeconds,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    hasRegisteredCaller: scenario.caller.registered || scenario.setup.existingAppointment !== null,
  };
}
