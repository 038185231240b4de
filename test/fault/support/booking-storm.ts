/**
 * Operators booking against several instances at once, as a floor does when seats are scarce:
 * each worker holds a seat for an applicant of its own, then confirms it with an Idempotency-Key or
 * releases it, and now and then cancels one of its bookings. A request that gets no answer (its
 * instance died, the database is restarting) or a 5xx is what a real client retries: the worker
 * moves to the next instance, as the proxy would, and sends the same confirm (same key), release
 * or cancel again until it gets a definite answer. A hold without an answer is left alone: it may
 * exist, so its applicant is not used again.
 *
 * Everything a worker was told is recorded, so the database can be checked against it afterwards.
 */
import { randomUUID } from 'node:crypto';
import { errorCode, outcomeLabel, retriable, send, type Outcome } from './fault-http';

export interface StormPlan {
  urls: readonly string[];
  /** Operator tokens; worker w acts as tokens[w % tokens.length] and starts on urls[w % urls.length]. */
  tokens: readonly string[];
  slotIds: readonly string[];
  applicantIds: readonly string[];
  procedureId: string;
  workers: number;
  /** How long workers start new bookings; retries of what is under way finish after it. */
  seconds: number;
  /** Give up retrying one request after this long (the check then reports it as unresolved). */
  retryForMs?: number;
  /** Per request: longer than this without an answer counts as no answer. */
  requestTimeoutMs?: number;
}

export interface Acknowledged {
  appointmentId: string;
  confirmationCode: string;
  slotId: string;
  key: string;
  status: number;
}

export interface StormRecord {
  /** Every appointment a worker was given by a 200/201 to a confirm, by id. */
  acknowledged: Map<string, Acknowledged>;
  /** Appointment ids each Idempotency-Key was answered with (a key answered with two ids is a duplicate). */
  idsByKey: Map<string, Set<string>>;
  /** Appointments a cancel was answered 200 for. */
  cancelled: Set<string>;
  /** Requests still without a definite answer when retrying stopped. */
  unresolved: string[];
  /** Answers that are neither success nor the expected refusals (slot_full). */
  unexpected: string[];
  /** Answers counted by operation and status (`hold 201`, `confirm no answer`, `confirm 503 …`). */
  counts: Record<string, number>;
  /** Failed requests (no answer, 5xx): how long each took to fail, ms, and whether it answered JSON. */
  failures: { label: string; ms: number; jsonError: boolean }[];
  /** Confirm latency of definite answers, ms (the last attempt). */
  confirmMs: number[];
  /** Appointments booked, definite answers only, per second of the storm. */
  bookedAt: number[];
  /** Seconds the workers ran (until the last retry ended). */
  seconds: number;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const jitter = (min: number, max: number) => min + Math.random() * (max - min);

const P_CANCEL = 0.2;
const P_CONFIRM = 0.75;

export async function runBookingStorm(
  plan: StormPlan,
  options: { signal?: AbortSignal } = {},
): Promise<StormRecord> {
  const record: StormRecord = {
    acknowledged: new Map(),
    idsByKey: new Map(),
    cancelled: new Set(),
    unresolved: [],
    unexpected: [],
    counts: {},
    failures: [],
    confirmMs: [],
    bookedAt: [],
    seconds: 0,
  };
  const retryForMs = plan.retryForMs ?? 20_000;
  const started = performance.now();
  const stopAt = started + plan.seconds * 1000;
  const pools: string[][] = Array.from({ length: plan.workers }, () => []);
  plan.applicantIds.forEach((id, i) => pools[i % plan.workers]?.push(id));

  const count = (label: string) => (record.counts[label] = (record.counts[label] ?? 0) + 1);

  async function worker(w: number) {
    const token = plan.tokens[w % plan.tokens.length] as string;
    const pool = pools[w] as string[];
    const mine: { appointmentId: string; applicantId: string }[] = [];
    let at = w % plan.urls.length;
    const url = () => plan.urls[at] as string;

    /** One request; on no answer or 5xx, the next instance and again, until a definite answer or the deadline. */
    async function definite<T>(
      op: string,
      method: string,
      path: string,
      body?: unknown,
      headers?: Record<string, string>,
    ): Promise<Outcome<T> | null> {
      const deadline = performance.now() + retryForMs;
      for (let attempt = 0; ; attempt++) {
        const outcome = await send<T>(url(), method, path, {
          token,
          body,
          headers,
          timeoutMs: plan.requestTimeoutMs,
        });
        count(outcomeLabel(op, outcome));
        if (!retriable(outcome)) return outcome;
        noteFailure(op, outcome);
        if (outcome.kind === 'no_answer') at = (at + 1) % plan.urls.length;
        if (performance.now() > deadline) {
          record.unresolved.push(
            `${op} ${path}: ${outcome.kind === 'answer' ? outcome.status : outcome.reason}`,
          );
          return null;
        }
        await pause(Math.min(1000, 50 * 2 ** attempt) + jitter(0, 50));
      }
    }

    while (performance.now() < stopAt && !options.signal?.aborted) {
      if (mine.length && Math.random() < P_CANCEL) {
        const booking = mine.splice(Math.floor(Math.random() * mine.length), 1)[0]!;
        const answer = await definite<{ status?: string }>(
          'cancel',
          'POST',
          `/api/appointments/${booking.appointmentId}/cancel`,
          {},
        );
        if (answer?.kind === 'answer' && answer.status === 200 && answer.body.status === 'cancelled') {
          record.cancelled.add(booking.appointmentId);
          pool.push(booking.applicantId);
        } else if (answer)
          record.unexpected.push(`cancel ${booking.appointmentId}: ${outcomeLabel('cancel', answer)}`);
        continue;
      }
      const applicantId = pool.pop();
      if (!applicantId) break;
      const slotId = plan.slotIds[Math.floor(Math.random() * plan.slotIds.length)] as string;
      const hold = await send<{ id: string }>(url(), 'POST', '/api/holds', {
        token,
        body: { slotId, applicantId, procedureId: plan.procedureId },
        timeoutMs: plan.requestTimeoutMs,
      });
      count(outcomeLabel('hold', hold));
      if (hold.kind === 'no_answer' || hold.status >= 500) {
        // The hold may exist: this applicant is not used again, and the next instance gets the next request.
        noteFailure('hold', hold);
        if (hold.kind === 'no_answer') at = (at + 1) % plan.urls.length;
        await pause(jitter(50, 150));
        continue;
      }
      if (hold.status !== 201) {
        pool.unshift(applicantId);
        if (errorCode(hold) !== 'slot_full')
          record.unexpected.push(`hold ${slotId}: ${outcomeLabel('hold', hold)}`);
        await pause(jitter(10, 40));
        continue;
      }
      const holdId = hold.body.id;
      if (Math.random() < P_CONFIRM) {
        const key = randomUUID();
        const t0 = performance.now();
        const answer = await definite<{ id: string; confirmationCode: string; status: string }>(
          'confirm',
          'POST',
          '/api/appointments',
          { holdId },
          { 'idempotency-key': key },
        );
        if (!answer) continue;
        if (answer.kind === 'answer' && (answer.status === 200 || answer.status === 201)) {
          record.confirmMs.push(answer.ms);
          record.bookedAt.push((performance.now() - started) / 1000);
          const ids = record.idsByKey.get(key) ?? new Set<string>();
          ids.add(answer.body.id);
          record.idsByKey.set(key, ids);
          record.acknowledged.set(answer.body.id, {
            appointmentId: answer.body.id,
            confirmationCode: answer.body.confirmationCode,
            slotId,
            key,
            status: answer.status,
          });
          mine.push({ appointmentId: answer.body.id, applicantId });
        } else
          record.unexpected.push(
            `confirm ${holdId} after ${(performance.now() - t0).toFixed(0)} ms: ${outcomeLabel('confirm', answer)}`,
          );
      } else {
        const answer = await definite('release', 'DELETE', `/api/holds/${holdId}`);
        if (answer?.kind === 'answer' && answer.status === 204) pool.unshift(applicantId);
        else if (answer) record.unexpected.push(`release ${holdId}: ${outcomeLabel('release', answer)}`);
      }
      await pause(jitter(5, 30));
    }
  }

  function noteFailure(op: string, outcome: Outcome) {
    const jsonError = outcome.kind === 'answer' && errorCode(outcome) !== '';
    record.failures.push({ label: outcomeLabel(op, outcome), ms: outcome.ms, jsonError });
  }

  await Promise.all(Array.from({ length: plan.workers }, (_, w) => worker(w)));
  record.seconds = (performance.now() - started) / 1000;
  return record;
}
