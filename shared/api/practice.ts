import { z } from 'zod';
import { WrapUpCode } from './calls';
import { Bilingual, Id, Instant, ProcedureId, listOf } from './common';
import { CallerLanguage, ScenarioOutcome, ScenarioTopic } from '../practice/scenario';

/**
 * Practice: a trainee's requests (and those of anyone whose console is in practice mode, which
 * sends this header on every request and `practice: true` in the socket's auth) act on their own
 * sandbox, `practice:<userId>`: never on real appointments or real people.
 */
export const PRACTICE_HEADER = 'x-practice-mode';

/**
 * The header's only values: `on` (act on the sandbox) and `off` (live, as without the header).
 * Anything else (`ON`, `yes`, an empty value) is refused with 400, never taken as live.
 */
export const PracticeModeValue = z.enum(['on', 'off']);
export type PracticeModeValue = z.infer<typeof PracticeModeValue>;

/** A scenario as the list shows it (no answers). */
export const ScenarioSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  title: Bilingual,
  brief: Bilingual,
  language: CallerLanguage,
  timeTargetSeconds: z.number().int(),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummary>;
export const ScenarioList = listOf(ScenarioSummary);

export const StartRunBody = z.strictObject({ scenarioId: z.string().min(1).max(64) });
export type StartRunBody = z.infer<typeof StartRunBody>;

/** One line of the simulated caller the trainee can ask for; `says` is filled once asked. */
export const RunLine = z.object({
  index: z.number().int().nonnegative(),
  topic: ScenarioTopic,
  ask: Bilingual,
  says: z.string().nullable(),
});
export type RunLine = z.infer<typeof RunLine>;

/** A scenario being played: the simulated call the trainee takes. */
export const PracticeRun = z.object({
  id: Id,
  scenarioId: z.string(),
  scenarioVersion: z.number().int(),
  title: Bilingual,
  brief: Bilingual,
  language: CallerLanguage,
  opening: z.string(),
  lines: z.array(RunLine),
  timeTargetSeconds: z.number().int(),
  startedAt: Instant,
  finishedAt: Instant.nullable(),
  /** The registered caller in the sandbox, when the scenario has one (the trainee still has to find them). */
  hasRegisteredCaller: z.boolean(),
});
export type PracticeRun = z.infer<typeof PracticeRun>;

export const RunParams = z.strictObject({ id: Id });

/** What the console tells the run: a question asked, the requirements read out, the read-back done. */
export const RunEventBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ask'), lineIndex: z.number().int().nonnegative() }),
  z.strictObject({
    kind: z.literal('requirements_read'),
    procedureId: ProcedureId,
    count: z.number().int().nonnegative().max(100),
  }),
  z.strictObject({ kind: z.literal('read_back'), appointmentId: Id }),
]);
export type RunEventBody = z.infer<typeof RunEventBody>;

export const PracticeCheckId = z.enum([
  'applicant',
  'procedure',
  'requirements',
  'consulate',
  'slot',
  'outcome',
  'read_back',
  'wrap_up',
  'time',
]);
export type PracticeCheckId = z.infer<typeof PracticeCheckId>;

export const PracticeCheck = z.object({
  id: PracticeCheckId,
  passed: z.boolean(),
  /** Points this check is worth; the score is the sum of the passed ones (out of 100). */
  points: z.number().int().nonnegative(),
  /** What went wrong (or right), in both console languages. */
  detail: Bilingual,
});
export type PracticeCheck = z.infer<typeof PracticeCheck>;

export const PracticeResult = z.object({
  runId: Id,
  userId: Id,
  displayName: z.string(),
  scenarioId: z.string(),
  scenarioVersion: z.number().int(),
  title: Bilingual,
  lesson: Bilingual,
  startedAt: Instant,
  finishedAt: Instant,
  score: z.number().int().min(0).max(100),
  durationSeconds: z.number().int().nonnegative().nullable(),
  timeTargetSeconds: z.number().int(),
  outcome: ScenarioOutcome.nullable(),
  wrapUpCode: WrapUpCode.nullable(),
  checks: z.array(PracticeCheck),
});
export type PracticeResult = z.infer<typeof PracticeResult>;
export const PracticeResultList = listOf(PracticeResult);

/** Leads: results of one trainee, or of every user who practised, newest first. */
export const ResultsQuery = z.object({ userId: Id.optional() });

/** What the sandbox has after a reset: the live inventory's capacity, the synthetic pool, nothing else. */
export const ResetResult = z.object({
  removedReservations: z.number().int().nonnegative(),
  removedApplicants: z.number().int().nonnegative(),
  removedCalls: z.number().int().nonnegative(),
});
