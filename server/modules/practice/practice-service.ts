import type { z } from 'zod';
import type {
  PracticeResult,
  PracticeRun,
  ResetResult,
  RunEventBody,
  ScenarioSummary,
} from '../../../shared/api/practice';
import { callerCurp } from '../../../shared/practice/caller-identity';
import { scorePracticeRun } from '../../../shared/practice/scoring';
import { appendAudit } from '../../platform/audit/audit-log';
import { isPractice, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { displayNameOf, practiceNames } from './evidence-repository';
import { gatherEvidence } from './gather-evidence';
import type { PracticeDeps } from './practice-deps';
import { askedOf, presentRun, requirementsOf } from './present-run';
import {
  finishRun,
  findOwnRun,
  insertRun,
  listResults,
  updateRunEvents,
  type PracticeRunRow,
} from './practice-run-repository';
import { resetSandbox } from './sandbox-repository';
import { placePracticeCaller } from './practice-caller';
import { seedScenario } from './seed-scenario';

export interface PracticeService {
  scenarios(): ScenarioSummary[];
  startRun(actor: Actor, scenarioId: string): Promise<PracticeRun>;
  recordEvent(actor: Actor, runId: string, event: RunEventBody): Promise<PracticeRun>;
  finishRun(actor: Actor, runId: string): Promise<PracticeResult>;
  results(actor: Actor, userId: string | undefined): Promise<PracticeResult[]>;
  reset(actor: Actor): Promise<z.infer<typeof ResetResult>>;
}

const notInPractice = () =>
  new DomainError(
    'forbidden',
    'Practice happens in practice mode: switch the console to practice mode first. Real appointments are never used for practice.',
  );

export function createPracticeService(deps: PracticeDeps): PracticeService {
  const { db } = deps;
  const requirePractice = (actor: Actor) => {
    if (!isPractice(actor.sandbox)) throw notInPractice();
  };
  const scenarioOf = (id: string) => {
    const scenario = deps.scenarios.find(id);
    if (!scenario) throw notFound(`The practice scenario "${id}"`);
    return scenario;
  };
  const ownRun = async (actor: Actor, runId: string) => {
    const run = await findOwnRun(db, actor.userId, runId);
    if (!run) throw notFound('That practice run');
    return run;
  };
  const finished = () =>
    new DomainError(
      'practice_run_finished',
      'This practice run has already finished and been scored. Start another run to practise again.',
    );

  return {
    scenarios: () => deps.scenarios.list(),

    async startRun(actor, scenarioId) {
      requirePractice(actor);
      const scenario = scenarioOf(scenarioId);
      const startedAt = deps.clock().toISOString();
      const curp = callerCurp(scenario.caller);
      const { existingAppointmentId } = await seedScenario(deps, actor, scenario, curp);
      const row: PracticeRunRow = {
        id: newId('prn'),
        user_id: actor.userId,
        sandbox: actor.sandbox,
        scenario_id: scenario.id,
        scenario_version: scenario.version,
        started_at: startedAt,
        finished_at: null,
        applicant_curp: curp,
        existing_appointment_id: existingAppointmentId,
        asked_json: '[]',
        requirements_json: '{}',
        read_back_appointment_id: null,
        result_json: null,
        score: null,
      };
      const callerCallId = await deps.transact(async (trx) => {
        await insertRun(trx, row);
        // The scripted caller rings the trainee's console as a routed call of the sandbox.
        const callId = await placePracticeCaller(trx, actor, row.id, scenario, deps.clock());
        await appendAudit(
          trx,
          deps.clock(),
          actor,
          'practice.run_started',
          { type: 'practice_run', id: row.id },
          { scenarioId: scenario.id, scenarioVersion: scenario.version, existingAppointmentId, callId },
        );
        return callId;
      });
      if (callerCallId) deps.callPlaced?.();
      return presentRun(row, scenario);
    },

    async recordEvent(actor, runId, event) {
      // Read and write in one transaction: two events at once (two tabs, a retry) both count.
      return deps.transact(async (trx) => {
        const run = await findOwnRun(trx, actor.userId, runId);
        if (!run) throw notFound('That practice run');
        const scenario = scenarioOf(run.scenario_id);
        if (run.finished_at !== null) throw finished();
        let values: Parameters<typeof updateRunEvents>[2];
        if (event.kind === 'ask') {
          if (event.lineIndex >= scenario.lines.length)
            throw new DomainError(
              'invalid_request',
              `This scenario has ${scenario.lines.length} lines; there is no line ${event.lineIndex}.`,
            );
          const asked = askedOf(run);
          values = {
            asked_json: JSON.stringify(asked.includes(event.lineIndex) ? asked : [...asked, event.lineIndex]),
          };
        } else if (event.kind === 'requirements_read') {
          // The procedure reported last is the one the run talks about: it goes to the end.
          const { [event.procedureId]: _previous, ...others } = requirementsOf(run);
          values = { requirements_json: JSON.stringify({ ...others, [event.procedureId]: event.count }) };
        } else {
          values = { read_back_appointment_id: event.appointmentId };
        }
        if (!(await updateRunEvents(trx, run.id, values))) throw finished();
        return presentRun({ ...run, ...values }, scenario);
      });
    },

    async finishRun(actor, runId) {
      const run = await ownRun(actor, runId);
      if (run.finished_at !== null) throw finished();
      const scenario = scenarioOf(run.scenario_id);
      const evidence = await gatherEvidence(db, run);
      const { score, checks } = scorePracticeRun(scenario, evidence, await practiceNames(db));
      const finishedAt = deps.clock().toISOString();
      const result: PracticeResult = {
        runId: run.id,
        userId: run.user_id,
        displayName: await displayNameOf(db, run.user_id),
        scenarioId: scenario.id,
        scenarioVersion: run.scenario_version,
        title: scenario.title,
        lesson: scenario.lesson,
        startedAt: run.started_at,
        finishedAt: finishedAt < run.started_at ? run.started_at : finishedAt,
        score,
        durationSeconds: evidence.call?.durationSeconds ?? null,
        timeTargetSeconds: scenario.timeTargetSeconds,
        outcome: evidence.appointment
          ? evidence.appointment.rescheduled
            ? 'rescheduled'
            : 'booked'
          : evidence.call
            ? 'no_booking'
            : null,
        wrapUpCode: evidence.call?.wrapUpCode ?? null,
        checks,
      };
      await deps.transact(async (trx) => {
        if (
          !(await finishRun(trx, run.id, {
            finished_at: result.finishedAt,
            result_json: JSON.stringify(result),
            score,
          }))
        )
          throw finished();
        await appendAudit(
          trx,
          deps.clock(),
          { ...actor, sandbox: run.sandbox },
          'practice.run_finished',
          { type: 'practice_run', id: run.id },
          { scenarioId: scenario.id, score },
        );
      });
      return result;
    },

    async results(actor, userId) {
      if (userId !== undefined && userId !== actor.userId && actor.role !== 'lead') {
        throw new DomainError('forbidden', "Only a shift lead can see another user's practice results.");
      }
      const who = userId ?? (actor.role === 'lead' ? null : actor.userId);
      return (await listResults(db, who)).map((json) => JSON.parse(json) as PracticeResult);
    },

    async reset(actor) {
      requirePractice(actor);
      return deps.transact(async (trx) => {
        const result = await resetSandbox(trx, actor.sandbox);
        await appendAudit(
          trx,
          deps.clock(),
          actor,
          'practice.reset',
          { type: 'sandbox', id: actor.sandbox },
          result,
        );
        return result;
      });
    },
  };
}
