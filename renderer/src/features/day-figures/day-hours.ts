import type { DayFigures } from '../../../../shared/api/floor/floor';
import type { HourlyQueueFigures } from '../../../../shared/api/floor/queues';

/**
 * The hours a day's chart shows: the phone hours (from `open` to the hour before `close`), widened
 * to any hour that had calls or bookings outside them.
 */
export function hourRange(
  byHour: DayFigures['byHour'],
  open: string,
  close: string,
): { from: number; to: number } {
  let from = Number(open.slice(0, 2));
  let to = Number(close.slice(0, 2)) - (close.endsWith(':00') ? 1 : 0);
  for (const h of byHour) {
    if (h.calls === 0 && h.bookings === 0) continue;
    from = Math.min(from, h.hour);
    to = Math.max(to, h.hour);
  }
  return { from, to };
}

/** Calls and bookings of each hour from `from` to `to`, with zeros for hours the figures leave out. */
export function hoursBetween(
  byHour: DayFigures['byHour'],
  { from, to }: { from: number; to: number },
): DayFigures['byHour'] {
  const byNumber = new Map(byHour.map((h) => [h.hour, h]));
  return Array.from(
    { length: to - from + 1 },
    (_, i) => byNumber.get(from + i) ?? { hour: from + i, calls: 0, bookings: 0 },
  );
}

/** The hours the queues' chart shows: the phone hours, widened to any hour with an answered or abandoned call. */
export function queueHourRange(
  byHour: HourlyQueueFigures['byHour'],
  open: string,
  close: string,
): { from: number; to: number } {
  return hourRange(
    byHour.map((h) => ({ hour: h.hour, calls: h.answered + h.abandoned, bookings: 0 })),
    open,
    close,
  );
}
