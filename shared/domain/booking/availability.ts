/**
 * Seat arithmetic of one slot. Holds (a caller's seat kept while the operator fills in
 * the form) and bookings both take seats; the rest is what callers may be offered.
 */

export type SeatCounts = { capacity: number; held: number; booked: number };

/** Seats still on offer; 0, never negative, even if capacity was cut below the counts. */
export function availableSeats(c: SeatCounts): number {
  return Math.max(0, c.capacity - c.held - c.booked);
}

/**
 * Whether a supervisor may set the slot's capacity to `newCapacity`: never below the
 * seats already held or booked, since those callers were promised a seat.
 */
export function canSetCapacity(c: SeatCounts, newCapacity: number): boolean {
  return Number.isInteger(newCapacity) && newCapacity >= c.held + c.booked;
}
