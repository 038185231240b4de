import { z } from 'zod';

/**
 * How calls find their queue and who may take them, as data (a JSON file the server checks at
 * start): the IVR's choices and the numbers dialled lead to queues, a call in one language needs an
 * operator with that language skill, and a queue's calls overflow to other queues after they have
 * waited long enough (TaskRouter's targets with timeouts).
 */

const QueueRef = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a queue id');
const Digits = z.string().regex(/^[0-9*#]{1,8}$/, 'must be the digits a caller presses');
const E164 = z.string().regex(/^\+[1-9][0-9]{6,14}$/, 'must be a number in E.164 (+15551234567)');

/** After `afterSeconds` of waiting, the call is also offered to the operators of `queueId`. */
export const OverflowTarget = z.strictObject({
  afterSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  queueId: QueueRef,
});
export type OverflowTarget = z.infer<typeof OverflowTarget>;

export const RoutingRules = z
  .strictObject({
    /** Where a call goes when neither the IVR's choice nor the number dialled names a queue. */
    defaultQueue: QueueRef,
    /** The digits the caller pressed → the queue. */
    ivrChoices: z.record(Digits, QueueRef).default({}),
    /** The number the caller dialled (E.164) → the queue. */
    dialledNumbers: z.record(E164, QueueRef).default({}),
    /** The operator skill (a language they speak) a call in each language needs. */
    languageSkills: z.strictObject({ es: z.string().min(1), en: z.string().min(1) }),
    /** Per queue, the queues its calls overflow to and after how long, in any order. */
    overflow: z.record(QueueRef, z.array(OverflowTarget).max(8)).default({}),
  })
  .superRefine((rules, ctx) => {
    for (const [queueId, targets] of Object.entries(rules.overflow)) {
      targets.forEach((target, i) => {
        if (target.queueId === queueId)
          ctx.addIssue({
            code: 'custom',
            path: ['overflow', queueId, i, 'queueId'],
            message: 'a queue cannot overflow to itself',
          });
      });
    }
  });
export type RoutingRules = z.infer<typeof RoutingRules>;

/** Every queue id the rules name, to check against the queues that exist. */
export function queuesNamed(rules: RoutingRules): string[] {
  const named = new Set<string>([rules.defaultQueue]);
  for (const id of Object.values(rules.ivrChoices)) named.add(id);
  for (const id of Object.values(rules.dialledNumbers)) named.add(id);
  for (const [id, targets] of Object.entries(rules.overflow)) {
    named.add(id);
    for (const t of targets) named.add(t.queueId);
  }
  return [...named].sort();
}

/**
 * The number dialled as the rules name numbers (E.164), however the carrier spelled it: the line's
 * own numbers are often toll-free (+1 8xx), which a caller's-number check would not take.
 */
export function dialledNumberKey(to: string): string {
  const trimmed = to.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (trimmed.startsWith('+') && digits.length > 0) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return trimmed;
}

/** The queue a call arriving without an explicit queue goes to: the IVR's choice, else the number dialled, else the default. */
export function chooseQueue(rules: RoutingRules, call: { ivrChoice?: string; to?: string | null }): string {
  if (call.ivrChoice !== undefined) {
    const byChoice = rules.ivrChoices[call.ivrChoice];
    if (byChoice) return byChoice;
  }
  if (call.to) {
    const byNumber = rules.dialledNumbers[call.to];
    if (byNumber) return byNumber;
  }
  return rules.defaultQueue;
}

/** The skill an operator needs for a call in this language. */
export const skillFor = (rules: RoutingRules, language: 'es' | 'en') => rules.languageSkills[language];

/**
 * The queues whose operators may take a call now, in order of preference: its own queue, then each
 * overflow target whose wait has passed (earliest first).
 */
export function queuesOfferedTo(
  rules: RoutingRules,
  call: { queueId: string; arrivedAt: string },
  now: Date,
): string[] {
  const waited = (now.getTime() - Date.parse(call.arrivedAt)) / 1000;
  const targets = [...(rules.overflow[call.queueId] ?? [])]
    .filter((t) => waited >= t.afterSeconds)
    .sort((a, b) => a.afterSeconds - b.afterSeconds)
    .map((t) => t.queueId);
  return [call.queueId, ...targets.filter((id, i) => id !== call.queueId && targets.indexOf(id) === i)];
}

/** When the call's first overflow starts (null: its queue never overflows): the next time to look at it again. */
export function firstOverflow(
  rules: RoutingRules,
  call: { queueId: string; arrivedAt: string },
): { at: string; queueId: string } | null {
  const [first] = [...(rules.overflow[call.queueId] ?? [])].sort((a, b) => a.afterSeconds - b.afterSeconds);
  if (!first) return null;
  return {
    at: new Date(Date.parse(call.arrivedAt) + first.afterSeconds * 1000).toISOString(),
    queueId: first.queueId,
  };
}
