import type { Slot } from '../../../../shared/api/slots';

export type DayWithSeats = { date: string; seats: number };

/** How many days "next days with seats" lists. */
export const NEXT_DAYS = 4;

/**
 * The first consulate-local dates that still have seats in slots not yet started, with the number
 * of free seats that day: what the operator offers first ("the 3rd has 12 places").
 */
export function nextDaysWithSeats(slots: readonly Slot[], now: Date, limit = NEXT_DAYS): DayWithSeats[] {
  const nowIso = now.toISOString();
  const seats = new Map<string, number>();
  for (const slot of slots) {
    if (slot.available <= 0 || slot.start <= nowIso) continue;
    const date = slot.localStart.slice(0, 10);
    seats.set(date, (seats.get(date) ?? 0) + slot.available);
  }
  return [...seats]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([date, count]) => ({ date, seats: count }));
}
