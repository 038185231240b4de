import type { Consulate } from '../../../../shared/api/reference/consulates';
import type { NearestConsulate } from '../../../../shared/api/reference/nearest';
import type { RankedOptions } from '../../components/consulate-combobox';
import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/use-t';
import { formatFirstSeat } from './format-first-seat';

type Input = {
  /** What the operator typed (a postal code). */
  typed: string;
  procedureChosen: boolean;
  /** The server's answer, nearest first; undefined while it is asked. */
  items: readonly NearestConsulate[] | undefined;
  /** `unknown`: the server does not know the code; any other text: the failure, worded. */
  failure: 'unknown' | string | null;
  consulates: readonly Consulate[];
  locale: Locale;
  t: Translate;
};

/**
 * The picker's options for a typed postal code: each nearest consulate with "95 km — jue 10 dic
 * 9:00 a. m." (its first seat on its own clock) or "sin lugares"; or what to say instead (no service
 * chosen yet, looking, an unknown code, a failure).
 */
export function nearestOptions({
  typed,
  procedureChosen,
  items,
  failure,
  consulates,
  locale,
  t,
}: Input): RankedOptions {
  const postalCode = typed.trim().toUpperCase();
  const none = (notice: string): RankedOptions => ({ items: [], notice });
  if (!procedureChosen) return none(t('consulate.nearest.noProcedure'));
  if (failure === 'unknown') return none(t('consulate.nearest.unknown', { postalCode }));
  if (failure !== null) return none(t('consulate.nearest.error', { error: failure }));
  if (!items) return none(t('consulate.nearest.loading', { postalCode }));
  const zones = new Map(consulates.map((c) => [c.id, c.timeZone]));
  return {
    notice: null,
    items: items.flatMap((item) => {
      const timeZone = zones.get(item.consulateId);
      if (!timeZone) return [];
      const firstSeat = item.firstAvailable
        ? formatFirstSeat(item.firstAvailable.start, timeZone, locale)
        : t('consulate.nearest.noSeats');
      return [
        {
          id: item.consulateId,
          detail: t('consulate.nearest.option', { distance: item.distanceKm, firstSeat }),
        },
      ];
    }),
  };
}
