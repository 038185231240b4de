import type { Slot } from '../../../../shared/api/slots';

/** A slot's seats as a lead reads them: taken counts both held and booked seats. */
export type SlotSeats = { slot: Slot; time: string; capacity: number; taken: number; available: number };

/** The consulate-local wall time `HH:mm` of a slot. */
export const localTimeOf = (slot: Slot): string => slot.localStart.slice(11, 16);

export const seatsOf = (slot: Slot): SlotSeats => ({
  slot,
  time: localTimeOf(slot),
  capacity: slot.capacity,
  taken: slot.capacity - slot.available,
  available: slot.available,
});

export type DaySeats = {
  slots: number;
  capacity: number;
  taken: number;
  available: number;
  /** Smallest and largest capacity of a slot of the day (equal when the day is uniform). */
  minCapacity: number;
  maxCapacity: number;
  /** The fewest seats every slot can be given: the most taken in any one slot. */
  leastPossible: number;
};

/** The day's totals, or null for a day without slots. */
export function daySeats(slots: readonly Slot[]): DaySeats | null {
  if (slots.length === 0) return null;
  const rows = slots.map(seatsOf);
  const capacities = rows.map((r) => r.capacity);
  return {
    slots: rows.length,
    capacity: sum(capacities),
    taken: sum(rows.map((r) => r.taken)),
    available: sum(rows.map((r) => r.available)),
    minCapacity: Math.min(...capacities),
    maxCapacity: Math.max(...capacities),
    leastPossible: Math.max(...rows.map((r) => r.taken)),
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** What the lead is about to change: one slot, or every slot of the day. */
export type SeatChange =
  { kind: 'slot'; slotId: string; capacity: number } | { kind: 'day'; capacity: number };

/** Parses the seats typed: a whole number from 0 to 500, as the API takes it. */
export function parseSeats(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 500 ? value : null;
}
