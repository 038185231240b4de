import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createRateLimiter } from '../../platform/rate-limits/rate-limiter';
import { describeEachDialect } from '../../../test/support/each-dialect';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { publishSlots } from '../slots/publish-slots';
import { insertApplicants } from '../applicants/applicant-repository';
import { seedReferenceData } from '../../seed/reference-seed';
import type { Actor } from '../../kernel/actor';
import { createBookingEngine, type BookingEngine } from './booking-engine';
import { DomainError } from '../../kernel/domain-error';
import { sweepExpiredHolds } from './hold-sweeper';
import type { BookingDeps } from './booking-deps';

// Two seats per 15-minute slot on Tuesday 10 March 2026 at Phoenix (UTC-7): 08:00 local is 15:00Z.
const START = new Date('2026-03-09T12:00:00.000Z');
const SLOT = 'PHX-202603101500';
const operators: Actor[] = Array.from({ length: 12 }, (_, i) => ({
  userId: `usr_operator${i + 1}`,
  role: 'lead',
  sandbox: 'live',
  callId: null,
}));
const first = operators[0] as Actor;

/**
 * Several server instances run the same command on the same reservation at the same moment (two
 * consoles confirming one hold, a sweep on each instance). Whatever the interleaving, a transition
 * happens once and its seat moves once. On SQLite transactions run one at a time; on PostgreSQL
 * they race for real on separate connections.
 */
describeEachDialect('one reservation changed from several places at once', (dialect) => {
  let t: TestDatabase;
  let now: Date;
  let deps: BookingDeps;
  let engine: BookingEngine;

  beforeEach(async () => {
    now = START;
    t = await openTestDatabase({ dialect, poolSize: 12 });
    await t.db.transaction().execute(async (trx) => {
      await seedReferenceData(trx, [2026], START.toISOString());
      await publishSlots(
        trx,
        { id: 'PHX', timeZone: 'America/Phoenix' },
        { from: '2026-03-10', to: '2026-03-10' },
        { 2: [{ open: '08:00', close: '08:15', slotMinutes: 15, seats: 2 }] },
        new Set(),
      );
      await insertApplicants(trx, [
        {
          id: 'app_ana',
          sandbox: 'live',
          curp: 'AAAA850505MSRRRR01',
          givenNames: 'Ana',
          firstSurname: 'Aguilar',
          secondSurname: null,
          birthDate: '1985-05-05',
          phone: null,
          email: null,
          createdAt: START.toISOString(),
          createdBy: null,
        },
      ]);
    });
    deps = {
      db: t.db,
      transact: t.transact,
      clock: () => now,
      limits: { holdTtlSeconds: 300, maxHoldLifetimeTtls: 3, maxLiveHoldsPerUser: 3 },
      holdRateLimiter: createRateLimiter({ limit: 1000, windowMs: 60_000, clock: () => now }),
      slotChanges: { record: async () => {} },
      randomInt: (n) => randomInt(n),
      // The notices each transition sends are tested in booking-engine.test.ts and the messages' integration test.
      notices: { record: async () => {} },
    };
    engine = createBookingEngine(deps);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const seats = () =>
    t.row<{ held: number; booked: number }>(sql`select held, booked from slots where id = ${SLOT}`);
  const hold = () =>
    engine.createHold(first, { slotId: SLOT, applicantId: 'app_ana', procedureId: 'passport-first' });
  const codeOf = (outcome: PromiseSettledResult<unknown>) =>
    outcome.status === 'rejected'
      ? outcome.reason instanceof DomainError
        ? outcome.reason.code
        : String(outcome.reason)
      : 'ok';

  it('twelve confirms of one hold with twelve keys book it once; the others hear it was already confirmed', async () => {
    const { id } = await hold();
    const outcomes = await Promise.allSettled(
      operators.map((actor, i) => engine.confirmAppointment(actor, id, `key-${i}`)),
    );
    expect(outcomes.map(codeOf).sort()).toEqual(['ok', ...Array(11).fill('hold_expired')].sort());
    expect(await seats()).toEqual({ held: 0, booked: 1 });
  });

  it('twelve releases of one hold free its seat once', async () => {
    const { id } = await hold();
    const outcomes = await Promise.allSettled(operators.map((actor) => engine.releaseHold(actor, id)));
    expect(outcomes.map(codeOf)).toEqual(Array(12).fill('ok'));
    expect(await seats()).toEqual({ held: 0, booked: 0 });
  });

  it('twelve cancellations of one appointment free its seat once, and each answers "cancelled"', async () => {
    const { id } = await hold();
    const { body } = await engine.confirmAppointment(first, id, 'key-book');
    const outcomes = await Promise.all(
      operators.map((actor) => engine.cancelAppointment(actor, body.id, 'the caller asked')),
    );
    expect(outcomes.map((a) => a.status)).toEqual(Array(12).fill('cancelled'));
    expect(await seats()).toEqual({ held: 0, booked: 0 });
  });

  it('sweeps on several instances at once expire an overdue hold once', async () => {
    await hold();
    now = new Date(START.getTime() + 301_000);
    const counts = await Promise.all(Array.from({ length: 6 }, () => sweepExpiredHolds(deps)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await seats()).toEqual({ held: 0, booked: 0 });
  });
});
