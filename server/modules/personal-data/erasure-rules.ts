/**
 * When the law and the service allow erasing a person now (docs/PERSONAL-DATA.md, "Erasure"): not
 * while the data is still needed for the service they asked for. Pure: it reads the person's records.
 */
import type { ErasureRefusalReason } from '../../../shared/api/personal-data';

export interface ErasureFacts {
  reservations: readonly {
    status: string;
    lapsed_at: string | null;
    expires_at: string;
    slot_start: string;
  }[];
  waitlist: readonly { status: string }[];
  calls: readonly { ended_at: string | null }[];
  routedCalls: readonly { status: string }[];
}

export interface ErasureRefusal {
  reason: ErasureRefusalReason;
  message: string;
}

/** The first rule that stops the erasure at `now`, or null when it may go ahead. */
export function erasureRefusal(facts: ErasureFacts, now: Date): ErasureRefusal | null {
  const nowIso = now.toISOString();
  if (facts.reservations.some((r) => r.status === 'booked' && r.lapsed_at === null && r.slot_start > nowIso))
    return {
      reason: 'upcoming_appointment',
      message:
        'This person has a booked appointment still to come: cancel it first (the consulate expects them, and the appointment needs their data).',
    };
  if (facts.reservations.some((r) => r.status === 'held' && r.expires_at > nowIso))
    return {
      reason: 'seat_held',
      message: 'A seat is held for this person right now: release the hold (or let it expire) first.',
    };
  if (facts.waitlist.some((w) => w.status === 'waiting' || w.status === 'offered'))
    return {
      reason: 'on_waitlist',
      message: 'This person is on the waitlist: take them off the list first.',
    };
  if (
    facts.calls.some((c) => c.ended_at === null) ||
    facts.routedCalls.some((c) => ['waiting', 'offered', 'connected'].includes(c.status))
  )
    return {
      reason: 'call_in_progress',
      message: 'A call about this person is still open: end it first.',
    };
  return null;
}
