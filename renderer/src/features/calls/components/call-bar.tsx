import { useEffect, useRef, useState } from 'react';
import type { WrapUpCode } from '../../../../../shared/api/calls';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { useT } from '../../../i18n/use-t';
import { fullName } from '../../../lib/full-name';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { formatDuration } from '../format-duration';
import { useAnnounceWrapUp } from '../hooks/use-announce-wrap-up';
import { useBookedByReschedule } from '../hooks/use-booked-by-reschedule';
import { useEndCall } from '../hooks/use-end-call';
import { useMyCall } from '../hooks/use-my-call';
import { useUpdateMyCall } from '../hooks/use-update-my-call';
import { useReleaseHoldOnClose } from '../hooks/use-release-hold-on-close';
import { useStartCall } from '../hooks/use-start-call';
import { defaultWrapUp } from '../wrap-up-choice';
import { CallTimer } from './call-timer';
import { WrapUpDialog } from './wrap-up-dialog';
import './call-bar.css';

/**
 * The call on the line, in the header: the caller's number and language on a routed call, its timer
 * from the answer, and its end with the outcome. Calls come in by routing (the banner below rings);
 * the button here dials out.
 */
export function CallBar() {
  const t = useT();
  const store = useConsoleStore();
  const errorText = useErrorText();
  const startCall = useStartCall();
  const endCall = useEndCall();
  const call = useConsole((s) => s.call);
  const applicant = useConsole((s) => s.applicant);
  const booked = useConsole((s) => s.booked);
  const hasBooked = booked !== null;
  const cancelledOnCall = useConsole((s) => s.cancelledOnCall);
  const holdLive = useConsole((s) => s.hold !== null);
  const wrapUpOpen = useConsole((s) => s.wrapUpOpen);
  const locale = useConsole((s) => s.locale);
  const byReschedule = useBookedByReschedule();
  const announceWrapUp = useAnnounceWrapUp();
  const starting = startCall.isPending;
  const ending = endCall.isPending;
  // One line for what failed last: starting the call, or ending it (said in the wrap-up while it is open),
  // worded when shown, so in the language the console has then.
  const [failure, setFailure] = useState<unknown>(null);
  const error = failure === null ? null : errorText(failure);
  const [status, setStatus] = useState('');
  const { localStart } = startCall;
  const [focusTarget, setFocusTarget] = useState<'start' | 'end' | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLButtonElement>(null);
  useReleaseHoldOnClose();
  const { closedByServer, dismissClosed } = useMyCall();
  useUpdateMyCall();
  const line = useConsole((s) => s.line);

  useEffect(() => {
    if (focusTarget === null) return;
    (focusTarget === 'start' ? startRef : endRef).current?.focus();
    setFocusTarget(null);
  }, [focusTarget, call]);

  const onStart = () => {
    if (starting || store.getState().call) return;
    setFailure(null);
    dismissClosed();
    setStatus('');
    startCall.mutate(undefined, { onError: (refusal) => setFailure(refusal) });
  };

  const openWrapUp = () => {
    if (!store.getState().call) return;
    setFailure(null);
    store.getState().setWrapUpOpen(true);
    announceWrapUp();
  };

  const cancelWrapUp = () => {
    store.getState().setWrapUpOpen(false);
    setFailure(null);
    setFocusTarget('end');
  };

  const onEnd = (code: WrapUpCode, note: string) => {
    setFailure(null);
    endCall.mutate(
      { code, note },
      {
        onSuccess: (ended) => {
          setStatus(t('call.logged', { duration: formatDuration(ended.durationSeconds ?? 0, locale) }));
          setFocusTarget('start');
        },
        onError: (refusal) => setFailure(refusal),
      },
    );
  };

  useCommand({
    id: 'call.start',
    label: 'call.start',
    shortcut: actionShortcuts.startCall,
    enabled: call === null && !starting,
    run: onStart,
  });
  useCommand({
    id: 'call.end',
    label: 'call.end',
    shortcut: actionShortcuts.endCall,
    enabled: call !== null,
    run: openWrapUp,
  });

  const name = applicant ? fullName(applicant) : null;
  const startMs = call ? (localStart?.callId === call.id ? localStart.at : Date.parse(call.startedAt)) : 0;

  return (
    <div className="call-bar">
      {call ? (
        <>
          <span className="call-bar__live">
            <span className="call-bar__dot" aria-hidden="true" />
            {/* The status pill under the header says it too: here it is for screen readers, saving the width. */}
            <span className="visually-hidden">{t('call.onCall')}</span>
          </span>
          <CallTimer startMs={startMs} />
          <button
            ref={endRef}
            type="button"
            className="button button--danger"
            onClick={openWrapUp}
            aria-keyshortcuts={actionShortcuts.endCall}
          >
            {t('call.end')} <Kbd shortcut={actionShortcuts.endCall} />
          </button>
          {/* Last, and the one part that gives way when the header is narrow (the line's number and
              language are under the header, beside the operator's state). */}
          <span className="call-bar__caller">
            {name ? t('call.caller', { name }) : t('call.callerUnknown')}
          </span>
        </>
      ) : (
        <button
          ref={startRef}
          type="button"
          className="button"
          onClick={onStart}
          aria-disabled={starting}
          aria-keyshortcuts={actionShortcuts.startCall}
        >
          {starting ? t('call.starting') : t('call.start')} <Kbd shortcut={actionShortcuts.startCall} />
        </button>
      )}
      <p className="call-bar__status" role="status">
        {closedByServer ? t('call.closedByServer') : status}
      </p>
      {error && !wrapUpOpen ? (
        <p className="call-bar__error" role="alert">
          {error}
        </p>
      ) : null}
      {call && wrapUpOpen ? (
        <WrapUpDialog
          initialCode={defaultWrapUp({ booked, byReschedule, cancelled: cancelledOnCall })}
          hasBooked={hasBooked}
          holdLive={holdLive}
          deadline={line?.hungUpAt ? line.wrapUpDeadline : null}
          busy={ending}
          error={error}
          onConfirm={onEnd}
          onCancel={cancelWrapUp}
        />
      ) : null}
    </div>
  );
}
