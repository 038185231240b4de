import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { consulateClock } from '../consulate-clock';

/** The consulate's local time now, with its zone said in full: what the caller's clock shows there. */
export function ConsulateClockLine({ consulate, now }: { consulate: Consulate; now: Date }) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const clock = consulateClock(now, consulate.timeZone, locale);
  return (
    <p className="consulate-clock">
      <span className="consulate-clock__now">
        <span className="consulate-clock__label">{t('consulate.localTime')}</span>{' '}
        <time dateTime={now.toISOString()} className="consulate-clock__time">
          {clock.time}
        </time>
      </span>{' '}
      <span className="consulate-clock__zone">
        {t('consulate.clock.zone', {
          zoneName: clock.zoneName,
          abbreviation: clock.abbreviation,
          timeZone: clock.timeZone,
        })}
      </span>
    </p>
  );
}
