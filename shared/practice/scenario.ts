import { z } from 'zod';
import { NoCurpReason } from '../api/applicants';
import { WrapUpCode } from '../api/calls';
import { Bilingual, ConsulateId, LocalDate, ProcedureId } from '../api/common';

/**
 * A practice scenario: one simulated caller, as a versioned data file
 * (`resources/practice-scenarios/*.json`) that a lead can add without code. Validated with this
 * schema when the server loads it; a file that does not parse is refused with its path and issue.
 */

/** What a trainee asks about; the caller's line on that topic appears when asked. */
export const ScenarioTopic = z.enum([
  'greeting',
  'identity',
  'curp',
  'birth_date',
  'phone',
  'procedure',
  'documents',
  'consulate',
  'dates',
  'constraints',
  'existing_appointment',
  'confirm',
  'goodbye',
]);
export type ScenarioTopic = z.infer<typeof ScenarioTopic>;

export const CallerLanguage = z.enum(['es-MX', 'en']);
export type CallerLanguage = z.infer<typeof CallerLanguage>;

export const ScenarioLine = z.strictObject({
  topic: ScenarioTopic,
  /** The question as the trainee's button shows it, in both console languages. */
  ask: Bilingual,
  /** What the caller answers, in the caller's language. */
  says: z.string().min(1).max(600),
});
export type ScenarioLine = z.infer<typeof ScenarioLine>;

/** The synthetic person on the line; their CURP is built from these facts, unless they have none. */
export const ScenarioCaller = z.strictObject({
  givenNames: z.string().min(1).max(80),
  firstSurname: z.string().min(1).max(80),
  secondSurname: z.string().min(1).max(80).nullable(),
  birthDate: LocalDate,
  sex: z.enum(['H', 'M']),
  /** Two-letter state of birth of the CURP (`JC`, `CH`, `NE` abroad…). */
  state: z.string().regex(/^[A-Z]{2}$/),
  phone: z.string().max(20).nullable(),
  /** Already registered in the sandbox (find them), or new (register them). */
  registered: z.boolean(),
  /** A caller without a CURP (a foreign national asking for a visa…): identified by names and birth date. */
  noCurpReason: NoCurpReason.optional(),
});
export type ScenarioCaller = z.infer<typeof ScenarioCaller>;

/** The world the scenario starts from, in the trainee's sandbox only. */
export const ScenarioSetup = z.strictObject({
  /** The caller already has this appointment (reschedule, duplicate attempt). */
  existingAppointment: z
    .strictObject({
      consulateId: ConsulateId,
      procedureId: ProcedureId,
      inDays: z.number().int().min(1).max(40),
    })
    .nullable(),
  /** Consulates with no seat left in the sandbox for the scenario's window (a full consulate). */
  fullConsulates: z.array(ConsulateId).max(5),
});
export type ScenarioSetup = z.infer<typeof ScenarioSetup>;

/** What a slot must satisfy for the caller (consulate-local). */
export const SlotConstraints = z.strictObject({
  /** Days from today, inclusive. */
  fromDays: z.number().int().min(0).max(60),
  toDays: z.number().int().min(0).max(60),
  /** ISO weekdays allowed (1 = Monday … 7 = Sunday); empty means any. */
  weekdays: z.array(z.number().int().min(1).max(7)).max(7),
  /** Local wall-time window `HH:mm`, start inclusive, end exclusive; null means any. */
  earliest: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  latest: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
});
export type SlotConstraints = z.infer<typeof SlotConstraints>;

export const ScenarioOutcome = z.enum(['booked', 'rescheduled', 'no_booking']);
export type ScenarioOutcome = z.infer<typeof ScenarioOutcome>;

/** What a right call looks like: the checks of the score. */
export const ScenarioExpectations = z.strictObject({
  outcome: ScenarioOutcome,
  /** The procedure the caller needs (null when nothing should be booked). */
  procedureId: ProcedureId.nullable(),
  /** Consulates that serve the caller; the first is where they asked. */
  consulateIds: z.array(ConsulateId).max(5),
  slot: SlotConstraints.nullable(),
  /** Wrap-up codes that describe the call right. */
  wrapUpCodes: z.array(WrapUpCode).min(1),
  /** The procedure's requirements must be read out (ticked in the checklist). */
  readRequirements: z.boolean(),
  /** The appointment must be read back (date, zone, code). */
  readBack: z.boolean(),
});
export type ScenarioExpectations = z.infer<typeof ScenarioExpectations>;

export const Scenario = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(64),
  /** Bumped when the scenario changes, so results stay tied to what was played. */
  version: z.number().int().positive(),
  title: Bilingual,
  /** What the trainee is told before the call (never the answers). */
  brief: Bilingual,
  /** What the scenario teaches, shown with the score. */
  lesson: Bilingual,
  language: CallerLanguage,
  caller: ScenarioCaller,
  setup: ScenarioSetup,
  /** The caller's first words, shown when the call starts. */
  opening: z.string().min(1).max(600),
  lines: z.array(ScenarioLine).min(3).max(30),
  expect: ScenarioExpectations,
  /** Seconds from the call's start to its wrap-up that a good call takes. */
  timeTargetSeconds: z.number().int().min(60).max(1800),
});
export type Scenario = z.infer<typeof Scenario>;
