import { z } from 'zod';

/**
 * The traffic model's data (a JSON file, validated here): how many calls a day brings and when, in
 * which language, to which queue, from whom, and how long callers talk and wait. Every figure names
 * its source or says it is an assumption (`sources`).
 */

const Share = z.number().min(0).max(1);
const Positive = z.number().positive().finite();
const Seconds = z
  .number()
  .positive()
  .max(24 * 3600);

export const DurationSpec = z.discriminatedUnion('distribution', [
  z.strictObject({ distribution: z.literal('exponential'), meanSeconds: Seconds }),
  z.strictObject({
    distribution: z.literal('lognormal'),
    meanSeconds: Seconds,
    cv: z.number().positive().max(10),
  }),
  z.strictObject({
    distribution: z.literal('weibull'),
    meanSeconds: Seconds,
    shape: z.number().min(0.1).max(20),
  }),
]);

/** Where a call goes: an IVR choice the routing rules map to a queue, or a queue named directly. */
export const RouteShare = z.union([
  z.strictObject({ ivrChoice: z.string().regex(/^[0-9*#]{1,8}$/), share: Positive }),
  z.strictObject({ queueId: z.string().min(1).max(64), share: Positive }),
]);
export type RouteShare = z.infer<typeof RouteShare>;

/** One weight per half hour of the phone hours, the first from the opening (relative: normalised). */
const HalfHourWeights = (halfHours: number, hours: string) =>
  z
    .array(z.number().min(0).finite())
    .length(halfHours, `must have ${halfHours} half hours (${hours})`)
    .refine((weights) => weights.some((w) => w > 0), 'needs at least one positive weight');

/** The phone hours' half hours: weekdays 08:00–21:00 (26), weekends and holidays 09:00–18:00 (18). */
export const WEEKDAY_HALF_HOURS = 26;
export const WEEKEND_HALF_HOURS = 18;

export const TrafficProfile = z.strictObject({
  /** Where each figure comes from, or that it is an assumption. */
  sources: z.record(z.string(), z.string()),
  /** Calls a weekday brings at scale 1 (the issue: 35,000). */
  callsPerWeekday: z.number().int().min(0).max(10_000_000),
  /** Calls a Saturday, Sunday or holiday brings at scale 1. */
  callsPerWeekendDay: z.number().int().min(0).max(10_000_000),
  halfHourWeights: z.strictObject({
    weekday: HalfHourWeights(WEEKDAY_HALF_HOURS, '08:00–21:00'),
    weekend: HalfHourWeights(WEEKEND_HALF_HOURS, '09:00–18:00'),
  }),
  languages: z
    .strictObject({ es: Share, en: Share })
    .refine((l) => Math.abs(l.es + l.en - 1) < 1e-9, 'es and en must add up to 1'),
  routes: z.array(RouteShare).min(1),
  /** Share of callers who are applicants on file (their number is an applicant's phone). */
  knownCallerShare: Share,
  /** Area codes of the callers not on file (US and Canada, +1). */
  areaCodes: z.array(z.string().regex(/^[2-9][0-8][0-9]$/, 'must be a North American area code')).min(1),
  handleTime: DurationSpec,
  patience: DurationSpec,
});
export type TrafficProfile = z.infer<typeof TrafficProfile>;
