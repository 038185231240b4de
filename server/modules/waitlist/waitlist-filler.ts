import type { Transaction } from 'kysely';
import { availableSeats } from '../../../shared/domain/booking/availability';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Database } from '../../platform/db/schema';
import { systemActor, type Actor } from '../../kernel/actor';
import { holdSeatForWaitlist } from '../booking';
import type { SeatCounts, SlotChangeLog } from '../slots';
import type { WaitlistFillerOptions } from './waitlist-deps';
import {
  findSettledOffers,
  findSlotFacts,
  findWaitingBookedOn,
  findWaitingFor,
  hasActiveEntries,
  transitionEntry,
  type WaitlistEntryWithConsulates,
} from './waitlist-repository';

/** A concurrent change moved the entry first: the unit of work runs again (SQLSTATE 40001). */
class ConcurrentEntryChange extends Error {
  readonly code = '40001';
  constructor(id: string) {
    super(`waitlist entry ${id} was no longer waiting when this transaction came to offer it a seat`);
  }
}

interface SlotFacts {
  id: string;
  consulate_id: string;
  local_date: string;
  start_at: string;
}

/** The system acts for the waitlist, inside the change that freed the seat and its call. */
const fillerActor = (sandbox: string, callId: string | null): Actor => ({ ...systemActor, sandbox, callId });

/** Refusals that hold for every slot of that consulate and day (the person, the chain, the closure). */
const DAY_WIDE = new Set(['not_eligible', 'prerequisite_missing', 'day_closed']);

/**
 * Wraps the outbox so that every seat change serves the waitlist first, in its own transaction and
 * before its seats are recorded (grids never show a seat the waitlist took): offered entries whose
 * hold was booked, released or expired on these slots are settled; waiting entries whose applicant
 * was just booked on them are settled as booked; then each free seat of these slots is held for the
 * first waiting entry that may take it (created first, then id; one seat per entry), and the final
 * counts are recorded. Nobody waiting in the sandbox costs one indexed query.
 */
export function withWaitlist(log: SlotChangeLog, options: WaitlistFillerOptions): SlotChangeLog {
  const expiryFrom = (now: Date) => new Date(now.getTime() + options.holdMinutes * 60_000).toISOString();

  /** Tries `slots` (soonest first) for `entry`; the first seat held is offered. Updates `final`. */
  async function offerOneOf(
    trx: Transaction<Database>,
    entry: WaitlistEntryWithConsulates,
    slots: readonly SlotFacts[],
    now: Date,
    final: Map<string, SeatCounts> | null,
  ): Promise<SeatCounts | 'booked' | null> {
    const refusedDays = new Set<string>();
    for (const slot of slots) {
      if (!entry.consulate_ids.includes(slot.consulate_id)) continue;
      if (slot.local_date < entry.from_date || slot.local_date > entry.to_date) continue;
      const counts = final?.get(slot.id);
      if (counts && availableSeats(counts) <= 0) continue;
      const day = `${slot.consulate_id}|${slot.local_date}`;
      if (refusedDays.has(day)) continue;
      const expiresAt = expiryFrom(now);
      const result = await holdSeatForWaitlist(
        trx,
        {
          sandbox: entry.sandbox,
          slotId: slot.id,
          applicantId: entry.applicant_id,
          procedureId: entry.procedure_id,
          bookingGroup: entry.booking_group,
          expiresAt,
          callId: entry.call_id,
        },
        now,
      );
      if (result.kind === 'booked') {
        await settleBooked(trx, { ...entry, status: 'waiting' }, result.appointmentId, now);
        return 'booked';
      }
      if (result.kind === 'refused') {
        // The applicant holds a seat of the group through an operator: no seat for them now.
        if (result.reason.code === 'duplicate_appointment') return null;
        if (DAY_WIDE.has(result.reason.code)) refusedDays.add(day);
        continue;
      }
      const offered = await transitionEntry(trx, entry.id, 'waiting', {
        status: 'offered',
        hold_id: result.hold.id,
        offered_at: now.toISOString(),
        offer_expires_at: expiresAt,
      });
      if (!offered) throw new ConcurrentEntryChange(entry.id);
      await appendAudit(
        trx,
        now,
        fillerActor(entry.sandbox, entry.call_id),
        'waitlist.offered',
        { type: 'waitlist_entry', id: entry.id },
        {
          holdId: result.hold.id,
          slotId: slot.id,
          offerExpiresAt: expiresAt,
          applicantId: entry.applicant_id,
        },
      );
      await options.notices.record(trx, {
        kind: 'waitlist_offer',
        sandbox: entry.sandbox,
        reservationId: result.hold.id,
        at: now,
      });
      final?.set(slot.id, result.seat);
      return result.seat;
    }
    return null;
  }

  async function settleBooked(
    trx: Transaction<Database>,
    entry: { id: string; sandbox: string; call_id: string | null; status: 'waiting' | 'offered' },
    appointmentId: string | null,
    now: Date,
  ) {
    if (
      !(await transitionEntry(trx, entry.id, entry.status, {
        status: 'booked',
        appointment_id: appointmentId,
        ended_at: now.toISOString(),
      }))
    )
      return;
    await appendAudit(
      trx,
      now,
      fillerActor(entry.sandbox, entry.call_id),
      'waitlist.booked',
      { type: 'waitlist_entry', id: entry.id },
      { appointmentId },
    );
  }

  /** Offers whose hold moved on these slots: booked → the entry is booked; released or expired → lapsed. */
  async function settle(trx: Transaction<Database>, sandbox: string, slotIds: string[], now: Date) {
    for (const offer of await findSettledOffers(trx, sandbox, slotIds)) {
      if (offer.hold_status === 'booked') {
        await settleBooked(trx, { ...offer, status: 'offered' }, offer.hold_appointment_id, now);
        continue;
      }
      if (
        !(await transitionEntry(trx, offer.id, 'offered', {
          status: 'offer_expired',
          ended_at: now.toISOString(),
        }))
      )
        continue;
      await appendAudit(
        trx,
        now,
        fillerActor(sandbox, offer.call_id),
        'waitlist.offer_expired',
        { type: 'waitlist_entry', id: offer.id },
        { holdId: offer.hold_id, hold: offer.hold_status, offerExpiresAt: offer.offer_expires_at },
      );
    }
    for (const entry of await findWaitingBookedOn(trx, sandbox, slotIds))
      await settleBooked(trx, { ...entry, status: 'waiting' }, entry.booked_appointment_id, now);
  }

  return {
    async record(trx, sandbox, seats) {
      if (seats.length === 0 || !(await hasActiveEntries(trx, sandbox)))
        return log.record(trx, sandbox, seats);
      const now = options.clock();
      const final = new Map<string, SeatCounts>();
      for (const seat of seats) final.set(seat.slotId, seat);
      const slotIds = [...final.keys()];
      await settle(trx, sandbox, slotIds, now);
      // Only seats this change may have given back serve the waitlist: a hold or a booking elsewhere on
      // a slot leaves its other free seats to the grids (the caller may have just declined them).
      const free = [...final.values()]
        .filter((seat) => seat.freed !== false && availableSeats(seat) > 0)
        .map((s) => s.slotId);
      const slots = await findSlotFacts(trx, free);
      if (slots.length > 0) {
        const dates = slots.map((s) => s.local_date).sort();
        const entries = await findWaitingFor(trx, sandbox, [...new Set(slots.map((s) => s.consulate_id))], {
          from: dates[0] as string,
          to: dates.at(-1) as string,
        });
        for (const entry of entries) {
          if (!slots.some((s) => availableSeats(final.get(s.id) as SeatCounts) > 0)) break;
          await offerOneOf(trx, entry, slots, now, final);
        }
      }
      return log.record(trx, sandbox, [...final.values()]);
    },
  };
}
