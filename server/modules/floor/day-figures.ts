import type { DayFigures } from '../../../shared/api/floor/floor';
import { WrapUpCode } from '../../../shared/api/calls';
import {
  CALL_CENTER_TIME_ZONE,
  callCenterClock,
  callCenterToday,
} from '../../../shared/domain/floor/call-center';
import { callStatsByHourAndCode } from './floor-repository';
import { callCenterDayRange } from './call-center-day';
import type { FloorDeps } from './floor-deps';
import { meanSeconds } from './floor-read-model';

const BOOKING_CODES: readonly string[] = ['booked', 'rescheduled'];

/**
 * The live floor's figures of one call-center date (today by default): calls started that day,
 * those ended, bookings (calls wrapped up as booked or rescheduled), the mean handle time of the
 * ended ones, every wrap-up code (0 when unused), and calls and bookings per hour of the call
 * center's clock, by the hour the call started. One grouped query (UTC hour × wrap-up code);
 * Mexico City's offset is whole hours, so each UTC hour is one local hour.
 */
export async function readDayFigures(
  deps: Pick<FloorDeps, 'db' | 'clock'>,
  date?: string,
): Promise<DayFigures> {
  const day = callCenterDayRange(date ?? callCenterToday(deps.clock()));
  const rows = await callStatsByHourAndCode(deps.db, day);
  const wrapUpCodes = Object.fromEntries(
    WrapUpCode.options.map((code) => [code, 0]),
  ) as DayFigures['wrapUpCodes'];
  const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, calls: 0, bookings: 0 }));
  let calls = 0;
  let endedCalls = 0;
  let bookings = 0;
  let handleSeconds = 0;
  for (const row of rows) {
    const n = Number(row.calls);
    const hour = Number(callCenterClock(new Date(`${row.utc_hour}:00:00.000Z`)).time.slice(0, 2));
    const slot = byHour[hour] as (typeof byHour)[number];
    calls += n;
    slot.calls += n;
    if (row.wrap_up_code === null) continue;
    endedCalls += n;
    handleSeconds += Number(row.handle_seconds ?? 0);
    wrapUpCodes[row.wrap_up_code as WrapUpCode] += n;
    if (BOOKING_CODES.includes(row.wrap_up_code)) {
      bookings += n;
      slot.bookings += n;
    }
  }
  return {
    date: day.date,
    timeZone: CALL_CENTER_TIME_ZONE,
    calls,
    endedCalls,
    bookings,
    avgHandleSeconds: meanSeconds(handleSeconds, endedCalls),
    wrapUpCodes,
    byHour,
  };
}
