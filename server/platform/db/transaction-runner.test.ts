import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { groupCommitTransact, type Transact } from './transaction-runner';

let t: TestDatabase;
let transact: Transact;
let transactions: number[];

beforeEach(async () => {
  t = await openTestDatabase();
  transactions = [];
  // Each entry is one COMMIT (one fsync with synchronous=FULL) and how many units it carried.
  transact = groupCommitTransact(t.db, { onCommit: (units) => transactions.push(units) });
  t.raw.exec(`create table probe (id text primary key, n integer not null check (n >= 0))`);
});

afterEach(async () => {
  await t.cleanup();
});

const rows = () => t.raw.prepare('select id, n from probe order by id').all();
const insert = (id: string, n: number) =>
  transact(async (trx) => {
    await trx
      .insertInto('probe' as never)
      .values({ id, n } as never)
      .execute();
    return id;
  });

describe('group commit', () => {
  it('runs a lone unit of work as a plain transaction', async () => {
    await expect(insert('a', 1)).resolves.toBe('a');
    expect(rows()).toEqual([{ id: 'a', n: 1 }]);
  });

  it('commits units that arrive together, each with its own answer', async () => {
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((id, i) => insert(id, i)));
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    expect(rows()).toHaveLength(4);
  });

  it('rolls back a failing unit alone: the others of its batch still commit', async () => {
    const outcomes = await Promise.allSettled([
      insert('a', 1),
      insert('bad', -1),
      insert('a', 2),
      insert('c', 3),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(rows()).toEqual([
      { id: 'a', n: 1 },
      { id: 'c', n: 3 },
    ]);
  });

  it('undoes every statement of a failed unit, not only the one that failed', async () => {
    const twoSteps = transact(async (trx) => {
      await trx
        .insertInto('probe' as never)
        .values({ id: 'half', n: 1 } as never)
        .execute();
      await trx
        .insertInto('probe' as never)
        .values({ id: 'never', n: -1 } as never)
        .execute();
    });
    const [, failed] = await Promise.allSettled([insert('x', 1), twoSteps, insert('y', 2)]);
    expect(failed?.status).toBe('rejected');
    expect(rows()).toEqual([
      { id: 'x', n: 1 },
      { id: 'y', n: 2 },
    ]);
  });

  it('shares one COMMIT among the units queued behind a running transaction', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => insert(`k${i}`, i)));
    expect(rows()).toHaveLength(20);
    // The first unit runs alone; the 19 queued behind it commit together.
    expect(transactions).toEqual([1, 19]);
  });
});
