import { useCallback, useEffect, useRef, useState } from 'react';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts, panelShortcuts } from '../../../commands/keymap';
import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useFocusRequest } from '../../../lib/use-focus-request';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { isOnline } from '../../../stores/slices/connection-slice';
import { formatCountdown } from '../countdown';
import { useConfirmBooking } from '../hooks/use-confirm-booking';
import { useExtendHold, useReleaseHold } from '../hooks/use-hold-actions';
import { useHoldCountdown } from '../hooks/use-hold-countdown';
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
  const locale = useConsole((s) => s.locale);
  const online = useConsole(isOnline);
  const confirm = useConfirmBooking();
  const extend = useExtendHold();
  const release = useReleaseHold();
  const countdown = useHoldCountdown(hold);
  const busy = confirm.isPending || extend.isPending || release.isPending;

  // Focus target of Alt+5 and of the previous step: Confirm, the read-back heading, or the steps.
  const primary = useFocusRequest<HTMLElement>('booking');
  const setPrimary = useCallback((element: HTMLElement | null) => {
    primary.current = element;
  }, [primary]);

  // The hold ran out: say so (during this call, until the next hold) and send the operator back to the grid.
  const callId = useConsole((s) => s.call?.id ?? null);
  const [expiredHold, setExpiredHold] = useState<{ holdId: string; callId: string | null } | null>(null);
  const expired = countdown?.phase === 'expired' && hold !== null && !confirm.isPending;
  useEffect(() => {
    if (!expired) return;
    const state = store.getState();
    if (state.hold) setExpiredHold({ holdId: state.hold.id, callId: state.call?.id ?? null });
    state.setHold(null);
    state.focusPanel('slots');
  }, [expired, store]);
  if (expiredHold && ((hold && hold.id !== expiredHold.holdId) || expiredHold.callId !== callId)) setExpiredHold(null);

  // Near the end, the desktop shell also notifies once per expiry (the window may be behind another).
  const notified = useRef(new Set<string>());
  useEffect(() => {
    if (countdown?.phase !== 'warning' || !hold) return;
    const key = `${hold.id}|${hold.expiresAt}`;
    if (notified.current.has(key)) return;
    notified.current.add(key);
    void window.miconsulado
      ?.notify({ title: t('booking.notify.title'), body: t('booking.notify.body', { time: formatCountdown(countdown.remaining, locale) }) })
      .catch(() => undefined);
  }, [countdown?.phase, countdown?.remaining, hold, t, locale]);

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
  useCommand({ id: 'booking.confirm', label: 'booking.confirm', shortcut: actionShortcuts.confirm, enabled: hold !== null && online && !busy, run: onConfirm });
  useCommand({ id: 'booking.extend', label: 'booking.command.extend', shortcut: actionShortcuts.extendHold, enabled: hold !== null && online && !busy, run: onExtend });
  useCommand({ id: 'booking.release', label: 'booking.command.release', shortcut: actionShortcuts.releaseHold, enabled: hold !== null && !busy, run: onRelease });

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
  const failed = [confirm, extend, release].filter((m) => m.isError).sort((a, b) => b.submittedAt - a.submittedAt)[0];

  return (
    <Panel title={t('app.panel.booking')} shortcut={panelShortcuts.booking} className="panel--grow booking-panel">
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
          {expiredHold ? (
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
