import { useCallback, useEffect } from 'react';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts, panelShortcuts } from '../../../commands/keymap';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { isOnline } from '../../../stores/slices/connection-slice';
import { useConfirmBooking } from '../hooks/use-confirm-booking';
import { useExtendHold } from '../hooks/use-extend-hold';
import { useReleaseHold } from '../hooks/use-release-hold';
import { useExpiryNotification } from '../hooks/use-expiry-notification';
import { useHoldCountdown } from '../hooks/use-hold-countdown';
import { useHoldExpiry } from '../hooks/use-hold-expiry';
import { BookingReadback } from './booking-readback';
import { BookingSteps } from './booking-steps';
import { HoldView } from './hold-view';
import './booking.css';

/**
 * The right-hand panel: the steps while nothing is held; the held seat with its countdown and
 * Confirm / Extend / Release; then the read-back of the booking, made to be read aloud.
 */
export function BookingPanel() {
  const t = useT();
  const errorText = useErrorText();
  const store = useConsoleStore();
  const hold = useConsole((s) => s.hold);
  const booked = useConsole((s) => s.booked);
  const online = useConsole(isOnline);
  const confirm = useConfirmBooking();
  const extend = useExtendHold();
  const release = useReleaseHold();
  const countdown = useHoldCountdown(hold);
  const busy = confirm.isPending || extend.isPending || release.isPending;

  // Focus target of Alt+5 and of the previous step: Confirm, the read-back heading, or the steps.
  const primary = useFocusRequest<HTMLElement>('booking');
  const setPrimary = useCallback(
    (element: HTMLElement | null) => {
      primary.current = element;
    },
    [primary],
  );

  const expiredNotice = useHoldExpiry(hold, countdown, confirm.isPending);
  useExpiryNotification(hold, countdown);

  const onConfirm = () => {
    const current = store.getState().hold;
    if (current && isOnline(store.getState()) && !busy) confirm.mutate(current);
  };
  const onExtend = () => {
    const current = store.getState().hold;
    if (current && isOnline(store.getState()) && !busy) extend.mutate(current.id);
  };
  const onRelease = () => {
    const current = store.getState().hold;
    if (current && !busy) release.mutate(current.id);
  };
  useCommand({
    id: 'booking.confirm',
    label: 'booking.confirm',
    shortcut: actionShortcuts.confirm,
    enabled: hold !== null && online && !busy,
    run: onConfirm,
  });
  useCommand({
    id: 'booking.extend',
    label: 'booking.command.extend',
    shortcut: actionShortcuts.extendHold,
    enabled: hold !== null && online && !busy,
    run: onExtend,
  });
  useCommand({
    id: 'booking.release',
    label: 'booking.command.release',
    shortcut: actionShortcuts.releaseHold,
    enabled: hold !== null && !busy,
    run: onRelease,
  });

  // A new hold starts clean: the failures of the previous one no longer apply.
  const { reset: resetConfirm } = confirm;
  const { reset: resetExtend } = extend;
  const { reset: resetRelease } = release;
  const holdId = hold?.id ?? null;
  useEffect(() => {
    if (holdId === null) return;
    resetConfirm();
    resetExtend();
    resetRelease();
  }, [holdId, resetConfirm, resetExtend, resetRelease]);

  // The latest failure of the three actions, in the operator's words.
  const failed = [confirm, extend, release]
    .filter((m) => m.isError)
    .sort((a, b) => b.submittedAt - a.submittedAt)[0];

  return (
    <Panel
      title={t('app.panel.booking')}
      shortcut={panelShortcuts.booking}
      className="panel--grow booking-panel"
    >
      {hold && countdown ? (
        <HoldView
          hold={hold}
          countdown={countdown}
          online={online}
          busy={busy}
          confirming={confirm.isPending}
          retrying={confirm.retrying}
          confirmRef={setPrimary}
          onConfirm={onConfirm}
          onExtend={onExtend}
          onRelease={onRelease}
        />
      ) : booked ? (
        <BookingReadback appointment={booked} headingRef={setPrimary} />
      ) : (
        <>
          {expiredNotice ? (
            <p className="alert alert--warning" role="alert">
              {t('booking.expired')}
            </p>
          ) : null}
          <BookingSteps headingRef={setPrimary} />
        </>
      )}
      {failed?.error ? (
        <p className="alert alert--error booking-error" role="alert">
          {errorText(failed.error)}
        </p>
      ) : null}
    </Panel>
  );
}
