import { useIntl } from 'react-intl';
import { actionShortcuts } from '../../../commands/keymap';
import { shortcutLabel } from '../../../commands/shortcut';
import { useT } from '../../../i18n/use-t';
import { formatCountdown, type HoldPhase } from '../countdown';

/**
 * The hold's time left, quietly, each second (a timer is not read out on every tick). Near the end
 * the warning appears once in an assertive live region, which exists before its text does.
 */
export function HoldCountdown({ remaining, phase }: { remaining: number; phase: HoldPhase }) {
  const t = useT();
  const intl = useIntl();
  return (
    <div className={`hold-countdown hold-countdown--${phase}`}>
      <span className="hold-countdown__label">{t('booking.countdown.label')}</span>
      <span className="hold-countdown__time" role="timer">
        {formatCountdown(remaining, intl.locale)}
      </span>
      <div className="hold-countdown__live" aria-live="assertive" aria-atomic="true">
        {phase === 'warning' ? (
          <p className="alert alert--warning hold-countdown__warning">
            {t('booking.warning', {
              confirm: shortcutLabel(actionShortcuts.confirm),
              extend: shortcutLabel(actionShortcuts.extendHold),
            })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
