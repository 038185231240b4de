import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** Runs `work` in one transaction: all of it commits, or none of it. */
export type Transact = <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;

/** One database transaction per unit of work. */
export const plainTransact =
  (db: Kysely<Database>): Transact =>
  (work) =>
    db.transaction().execute(work);

/** Deadlock and serialization failure: PostgreSQL rolled the transaction back, nothing was written. */
const RETRYABLE = new Set(['40P01', '40001']);

export const isRetryableConflict = (error: unknown) =>
  typeof error === 'object' && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code));

/**
 * PostgreSQL: one transaction per unit of work, run again (up to `attempts` times in all, after a
 * short jittered pause) when PostgreSQL aborted it as a deadlock victim or a serialization failure.
 * Only those: they guarantee the transaction wrote nothing. A lost connection is never retried,
 * since the COMMIT it carried may have committed.
 */
export function retryingTransact(
  db: Kysely<Database>,
  options: {
    attempts?: number;
    baseDelayMs?: number;
    onRetry?: (error: unknown, attempt: number) => void;
  } = {},
): Transact {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 5;
  return async <T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().execute(work);
      } catch (error) {
        if (attempt >= attempts || !isRetryableConflict(error)) throw error;
        options.onRetry?.(error, attempt);
        const delay = baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random());
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}

interface Job {
  work: (trx: Transaction<Database>) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit for SQLite. SQLite has one writer and, with synchronous=FULL, every COMMIT waits for
 * an fsync (measured ~0.46 ms here, most of a booking's cost). Units of work that arrive while a
 * transaction runs are queued and then run together in one transaction, each inside its own
 * SAVEPOINT: a unit that fails rolls back to its savepoint alone, the others commit with one fsync.
 * No unit learns its outcome before the COMMIT that makes it durable. A unit alone runs as a plain
 * transaction, so an idle server pays nothing for this.
 */
export function groupCommitTransact(
  db: Kysely<Database>,
  options: { maxBatch?: number; onCommit?: (units: number) => void } = {},
): Transact {
  const maxBatch = options.maxBatch ?? 64;
  const queue: Job[] = [];
  let draining = false;

  async function drain() {
    draining = true;
    try {
      while (queue.length > 0) await runBatch(queue.splice(0, maxBatch));
    } finally {
      draining = false;
    }
  }

  async function runBatch(batch: Job[]) {
    if (batch.length === 1) {
      const [job] = batch as [Job];
      await db.transaction().execute(job.work).then(job.resolve, job.reject);
      options.onCommit?.(1);
      return;
    }
    const outcomes: Outcome[] = [];
    const trx = await db.startTransaction().execute();
    try {
      for (const job of batch) {
        const unit = await trx.savepoint('unit').execute();
        try {
          const value = await job.work(unit);
          await unit.releaseSavepoint('unit').execute();
          outcomes.push({ ok: true, value });
        } catch (error) {
          await unit.rollbackToSavepoint('unit').execute();
          await unit.releaseSavepoint('unit').execute();
          outcomes.push({ ok: false, error });
        }
      }
      await trx.commit().execute();
      options.onCommit?.(batch.length);
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i] as Outcome;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }

  return <T>(work: (trx: Transaction<Database>) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!draining) void drain();
    });
}
