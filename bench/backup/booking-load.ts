/**
 * Operators booking as fast as they can while a backup is taken: each worker holds a seat for an
 * applicant of its own and confirms it (Idempotency-Key). Every 201 is recorded with the moment its
 * answer arrived, so a test can tell the appointments acknowledged before a backup began from the
 * ones during it; every 5xx or lost request is recorded as a failure.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { PROCEDURE, type BookingScene } from './booking-scene';

export interface Acknowledged {
  id: string;
  confirmationCode: string;
  slotId: string;
  /** performance.now() when the 201 arrived. */
  at: number;
}

export interface BookingLoad {
  acknowledged: Acknowledged[];
  /** Answers by operation and status (`hold 201`, `confirm 201`, `hold 409 slot_full`). */
  counts: Record<string, number>;
  /** 5xx answers and requests without one. */
  failures: string[];
  /** Confirm latencies, ms, with when each ended (performance.now()). */
  confirms: { ms: number; at: number }[];
  /** Workers finish what they are doing and stop. */
  stop(): Promise<void>;
}

export function startBookingLoad(
  url: string,
  scene: BookingScene,
  options: { workers: number; pauseMs?: number },
): BookingLoad {
  const load: Omit<BookingLoad, 'stop'> = { acknowledged: [], counts: {}, failures: [], confirms: [] };
  let stopping = false;
  const pools: string[][] = Array.from({ length: options.workers }, () => []);
  scene.applicantIds.forEach((id, i) => pools[i % options.workers]!.push(id));
  const count = (label: string) => (load.counts[label] = (load.counts[label] ?? 0) + 1);

  async function send(token: string, method: string, path: string, body: unknown, headers = {}) {
    try {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
      return { status: response.status, body: json };
    } catch (error) {
      return { status: 0, body: { error: { code: String(error) } } };
    }
  }

  const codeOf = (body: Record<string, unknown> | null) =>
    ((body?.error as { code?: string } | undefined)?.code ?? '') as string;

  async function worker(w: number) {
    const token = scene.tokens[w % scene.tokens.length]!;
    const pool = pools[w]!;
    while (!stopping) {
      const applicantId = pool.pop();
      if (!applicantId) return;
      const slotId = scene.slotIds[Math.floor(Math.random() * scene.slotIds.length)]!;
      const hold = await send(token, 'POST', '/api/holds', { slotId, applicantId, procedureId: PROCEDURE });
      count(`hold ${hold.status}${hold.status === 201 ? '' : ` ${codeOf(hold.body)}`}`);
      if (hold.status === 0 || hold.status >= 500)
        load.failures.push(`hold: ${hold.status} ${codeOf(hold.body)}`);
      if (hold.status !== 201) continue;
      const started = performance.now();
      const confirm = await send(
        token,
        'POST',
        '/api/appointments',
        { holdId: hold.body!.id },
        { 'idempotency-key': randomUUID() },
      );
      const at = performance.now();
      count(`confirm ${confirm.status}${confirm.status === 201 ? '' : ` ${codeOf(confirm.body)}`}`);
      if (confirm.status === 201) {
        load.confirms.push({ ms: at - started, at });
        load.acknowledged.push({
          id: confirm.body!.id as string,
          confirmationCode: confirm.body!.confirmationCode as string,
          slotId,
          at,
        });
      } else load.failures.push(`confirm: ${confirm.status} ${codeOf(confirm.body)}`);
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  }

  const running = Promise.all(Array.from({ length: options.workers }, (_, w) => worker(w)));
  return Object.assign(load, {
    async stop() {
      stopping = true;
      await running;
    },
  });
}
