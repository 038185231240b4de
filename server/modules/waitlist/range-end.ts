import { addDays } from '../../../shared/domain/time/local-date';
import { zonedWallTimeToUtc } from '../../../shared/domain/time/zoned-time';

/**
 * The instant a waitlist range has ended at every consulate it names: the latest of each zone's
 * midnight that starts the day after `to` (by each zone's own calendar, so a DST change is counted
 * where it happens and Arizona never moves). A waiting entry expires then.
 */
export function rangeEndsAt(to: string, timeZones: readonly string[]): string {
  if (timeZones.length === 0) throw new Error('a waitlist range names at least one consulate');
  return timeZones
    .map((zone) => zonedWallTimeToUtc(addDays(to, 1), '00:00', zone).toISOString())
    .sort()
    .at(-1) as string;
}
