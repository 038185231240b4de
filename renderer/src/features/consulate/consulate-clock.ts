import { formatTime, zoneAbbreviation, zoneName } from '../../i18n/format-zoned';
import type { Locale } from '../../i18n/locales';

export type ConsulateClock = { time: string; zoneName: string; abbreviation: string; timeZone: string };

/**
 * The consulate's wall clock at `now`, as the operator says it to the caller: time, the zone's
 * name in the UI language, and its abbreviation. The abbreviation is taken from English because
 * Spanish locale data only has "GMT-7" for US zones, while callers there know MST, CDT…
 */
export function consulateClock(now: Date, timeZone: string, locale: Locale): ConsulateClock {
  return {
    time: formatTime(now, timeZone, locale),
    zoneName: zoneName(now, timeZone, locale),
    abbreviation: zoneAbbreviation(now, timeZone),
    timeZone,
  };
}
