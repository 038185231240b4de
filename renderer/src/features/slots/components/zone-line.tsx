import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { zoneAbbreviation, zoneName } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';

/**
 * Says whose clock the grid's times are on: the consulate's zone, named, with its abbreviation at
 * the first and last time shown (both, when daylight saving changes within the range).
 */
export function ZoneLine({
  id,
  consulate,
  first,
  last,
}: {
  id: string;
  consulate: Consulate;
  first: string | Date;
  last: string | Date;
}) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const abbreviations = [
    ...new Set([zoneAbbreviation(first, consulate.timeZone), zoneAbbreviation(last, consulate.timeZone)]),
  ];
  return (
    <p className="slot-panel__zone" id={id}>
      <strong>
        {t('slots.zone', {
          consulate: consulate.name,
          zone: zoneName(first, consulate.timeZone, locale),
          abbreviation: abbreviations.join(' / '),
        })}
      </strong>
    </p>
  );
}
