import { CALL_CENTER_TIME_ZONE } from '../../../shared/domain/floor/call-center';
import { addDays } from '../../../shared/domain/time/local-date';
import { zonedWallTimeToUtc } from '../../../shared/domain/time/zoned-time';

/** A call-center date as the UTC instants it spans, `from` inclusive, `to` exclusive (ISO text, comparable with stored instants). */
export interface DayRange {
  date: string;
  from: string;
  to: string;
}

export function callCenterDayRange(date: string): DayRange {
  return {
    date,
    from: zonedWallTimeToUtc(date, '00:00', CALL_CENTER_TIME_ZONE).toISOString(),
    to: zonedWallTimeToUtc(addDays(date, 1), '00:00', CALL_CENTER_TIME_ZONE).toISOString(),
  };
}
