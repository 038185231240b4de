import type { Ref } from 'react';
import { actionShortcuts, panelShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { useT } from '../../../i18n/use-t';
import type { MessageId } from '../../../i18n/catalog';

const steps: readonly { label: MessageId; shortcut: string }[] = [
  { label: 'booking.steps.caller', shortcut: panelShortcuts.caller },
  { label: 'booking.steps.procedure', shortcut: panelShortcuts.procedure },
  { label: 'booking.steps.consulate', shortcut: panelShortcuts.consulate },
  { label: 'booking.steps.slot', shortcut: panelShortcuts.slots },
  { label: 'booking.steps.confirm', shortcut: actionShortcuts.confirm },
];

/** Nothing held yet: the steps of a booking and their keys, in the order of the call. */
export function BookingSteps({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const t = useT();
  return (
    <div className="booking-steps">
      <h3 className="booking-steps__heading" tabIndex={-1} ref={headingRef}>
        {t('booking.steps.heading')}
      </h3>
      <ol className="booking-steps__list">
        {steps.map((step) => (
          <li key={step.label}>
            <span>{t(step.label)}</span> <Kbd shortcut={step.shortcut} />
          </li>
        ))}
      </ol>
    </div>
  );
}
