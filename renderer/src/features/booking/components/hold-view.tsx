import { useId, type Ref } from 'react';
import type { Hold } from '../../../../../shared/api/booking/holds';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { formatDateTimeInWords, zoneName } from '../../../i18n/format-zoned';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { fullName } from '../../../lib/full-name';
import { useConsole } from '../../../stores/console-store-context';
import type { HoldCountdown as Countdown } from '../hooks/use-hold-countdown';
import { useBookingDetails } from '../hooks/use-booking-details';
import { HoldCountdown } from './hold-countdown';

type Props = {
  hold: Hold;
  countdown: Countdown;
  online: boolean;
  busy: boolean;
  confirming: boolean;
  retrying: { retry: number; of: number } | null;
  confirmRef: Ref<HTMLButtonElement>;
  onConfirm: () => void;
  onExtend: () => void;
  onRelease: () => void;
};

/** A seat on hold: what it is for, the time left, and Confirm / Extend / Release. */
export function HoldView({
  hold,
  countdown,
  online,
  busy,
  confirming,
  retrying,
  confirmRef,
  onConfirm,
  onExtend,
  onRelease,
}: Props) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const applicant = useConsole((s) => s.applicant);
  const consulateId = useConsole((s) => s.consulateId);
  const { consulate, procedure, slot } = useBookingDetails(consulateId, hold.procedureId, hold.slotId);
  const offlineId = useId();

  return (
    <div className="hold-view">
      <h3 className="hold-view__heading">{t('booking.held.heading')}</h3>
      <dl className="booking-facts">
        {applicant ? (
          <div>
            <dt>{t('booking.summary.caller')}</dt>
            <dd>{fullName(applicant)}</dd>
          </div>
        ) : null}
        {procedure ? (
          <div>
            <dt>{t('booking.summary.procedure')}</dt>
            <dd>{procedure.name[languageOf(locale)]}</dd>
          </div>
        ) : null}
        {consulate ? (
          <div>
            <dt>{t('booking.summary.consulate')}</dt>
            <dd>
              {t('booking.place', { name: consulate.name, city: consulate.city, region: consulate.region })}
            </dd>
          </div>
        ) : null}
        {consulate && slot ? (
          <div>
            <dt>{t('booking.summary.when')}</dt>
            <dd>
              {t('booking.when', {
                dateTime: formatDateTimeInWords(slot.start, consulate.timeZone, locale),
                zone: zoneName(slot.start, consulate.timeZone, locale),
              })}
            </dd>
          </div>
        ) : null}
      </dl>
      <HoldCountdown remaining={countdown.remaining} phase={countdown.phase} />
      <div className="booking-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button"
          onClick={onConfirm}
          disabled={!online || busy}
          aria-keyshortcuts={actionShortcuts.confirm}
          aria-describedby={online ? undefined : offlineId}
        >
          {confirming ? t('booking.confirming') : t('booking.confirm')}{' '}
          <Kbd shortcut={actionShortcuts.confirm} />
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onExtend}
          disabled={!online || busy}
          aria-keyshortcuts={actionShortcuts.extendHold}
          aria-describedby={online ? undefined : offlineId}
        >
          {t('booking.extend')} <Kbd shortcut={actionShortcuts.extendHold} />
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={onRelease}
          disabled={busy}
          aria-keyshortcuts={actionShortcuts.releaseHold}
        >
          {t('booking.release')} <Kbd shortcut={actionShortcuts.releaseHold} />
        </button>
      </div>
      {online ? null : (
        <p className="field__hint" id={offlineId}>
          {t('booking.offline')}
        </p>
      )}
      <p className="booking-status" role="status">
        {retrying ? t('booking.retrying', retrying) : ''}
      </p>
    </div>
  );
}
