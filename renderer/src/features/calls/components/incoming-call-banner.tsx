import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CallOfferedPayload } from '../../../../../shared/api/routing';
import { formatPhone } from '../../../../../shared/domain/phone/phone';
import { useApi } from '../../../api/api-client-context';
import { myStatusQuery } from '../../../api/me-status';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { shortcutLabel } from '../../../commands/shortcut';
import { Kbd } from '../../../components/kbd';
import { languageOf } from '../../../i18n/locales';
import { useT, type Translate } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useSecondClock } from '../../../lib/use-second-clock';
import { incomingOfferQuery, offerWindowMs, type IncomingOffer } from '../../../realtime/call-offer-cache';
import { useConsole } from '../../../stores/console-store-context';
import { useAcceptOffer } from '../hooks/use-accept-offer';
import { useOfferNotification } from '../hooks/use-offer-notification';
import { useRejectOffer } from '../hooks/use-reject-offer';
import { useRingTone } from '../hooks/use-ring-tone';
import { offerSecondsLeft } from '../offer-countdown';
import './incoming-call-banner.css';

type OfferFacts = { number: string; language: string; queue: string };

/** The queue's name when it is the operator's own; an overflow queue's is not known to the console. */
function useOfferFacts(): (offer: CallOfferedPayload) => OfferFacts {
  const t = useT();
  const api = useApi();
  const locale = useConsole((s) => s.locale);
  const myQueue = useQuery({ ...myStatusQuery(api), enabled: false }).data?.queue ?? null;
  return (offer) => ({
    number: formatPhone(offer.from),
    language: t(`call.language.${offer.language}`),
    queue:
      myQueue?.id === offer.queueId
        ? t('call.incoming.queue', { queue: myQueue.name[languageOf(locale)] })
        : t('call.incoming.otherQueue'),
  });
}

/**
 * A call rings: the caller's number, language and queue, the time left to answer, Alt+T to answer
 * and Alt+D to decline (buttons too), a ring tone, and in the desktop shell a system notification
 * when the window is not focused. Not a modal alertdialog: the operator may be typing (a search, a
 * note), and a dialog would take the focus and swallow their keys; the banner is a labelled region
 * whose one-line announcement is an assertive live region (said at once, focus left where it is),
 * and the countdown is a timer, read on demand rather than every second. When the offer is withdrawn
 * the banner says why (the caller hung up; time ran out and the operator is paused).
 */
export function IncomingCallBanner() {
  const { data: incoming } = useQuery(incomingOfferQuery());
  const ringing = incoming?.kind === 'ringing' ? incoming : null;
  useRingTone(ringing !== null);
  const t = useT();
  const facts = useOfferFacts();
  useOfferNotification(ringing?.offer ?? null, (offer) => {
    const f = facts(offer);
    return { title: t('call.notify.title'), body: t('call.notify.body', f) };
  });
  const withdrawn = incoming?.kind === 'withdrawn' ? incoming : null;
  return (
    <>
      {/* Mounted before anything is said in it, so screen readers announce what the notice says. */}
      <p className="visually-hidden" role="status">
        {withdrawn ? withdrawnText(t, withdrawn.withdrawn.reason) : ''}
      </p>
      {ringing ? (
        <RingingBanner key={ringing.offer.offerId} ringing={ringing} facts={facts(ringing.offer)} />
      ) : withdrawn ? (
        <WithdrawnNotice key={withdrawn.withdrawn.offerId} withdrawn={withdrawn} />
      ) : null}
    </>
  );
}

function RingingBanner({
  ringing,
  facts,
}: {
  ringing: Extract<IncomingOffer, { kind: 'ringing' }>;
  facts: OfferFacts;
}) {
  const t = useT();
  const errorText = useErrorText();
  const accept = useAcceptOffer();
  const reject = useRejectOffer();
  const now = useSecondClock();
  // What failed (answering or declining), worded when shown, so in the language the console has then.
  const [failure, setFailure] = useState<unknown>(null);
  const error = failure === null ? null : errorText(failure);
  const { offer } = ringing;
  const windowMs = offerWindowMs(offer);
  const left = offerSecondsLeft(windowMs, ringing.receivedAt, now);
  const busy = accept.isPending || reject.isPending;

  const onAccept = () => {
    if (busy) return;
    setFailure(null);
    accept.mutate(offer.offerId, { onError: (refusal) => setFailure(refusal) });
  };
  const onReject = () => {
    if (busy) return;
    setFailure(null);
    reject.mutate(offer.offerId, { onError: (refusal) => setFailure(refusal) });
  };
  useCommand({
    id: 'call.accept',
    label: 'call.incoming.accept',
    shortcut: actionShortcuts.acceptCall,
    enabled: !busy,
    run: onAccept,
  });
  useCommand({
    id: 'call.reject',
    label: 'call.incoming.reject',
    shortcut: actionShortcuts.rejectCall,
    enabled: !busy,
    run: onReject,
  });

  const share = windowMs > 0 ? Math.min(1, (left * 1000) / windowMs) : 0;
  // A rebooking list's call is offered the same way: the operator is to dial it.
  const outbound = offer.direction === 'outbound';
  const title = outbound ? t('call.incoming.outboundTitle') : t('call.incoming.title');
  const acceptKey = shortcutLabel(actionShortcuts.acceptCall);
  return (
    <section className="incoming-call" aria-label={title} data-testid="incoming-call">
      <p className="visually-hidden" role="alert">
        {outbound
          ? t('call.incoming.outboundAnnounce', { ...facts, accept: acceptKey })
          : t('call.incoming.announce', { ...facts, accept: acceptKey })}
      </p>
      <div className="incoming-call__head" aria-hidden="true">
        <span className="incoming-call__pulse" />
        {title}
      </div>
      <dl className="incoming-call__facts">
        <div>
          <dt>{t('call.incoming.number')}</dt>
          <dd className="incoming-call__number">{facts.number}</dd>
        </div>
        <div>
          <dt>{t('call.incoming.language')}</dt>
          <dd>{facts.language}</dd>
        </div>
        <div>
          <dt>{t('call.incoming.queueLabel')}</dt>
          <dd>{facts.queue}</dd>
        </div>
        <div>
          <dt>{t('call.incoming.timeLeft')}</dt>
          <dd>
            <span
              role="timer"
              className="incoming-call__left"
              aria-label={t('call.incoming.timeLeftValue', { seconds: left })}
            >
              {left} s
            </span>
            <span className="incoming-call__bar" aria-hidden="true">
              <span style={{ width: `${Math.round(share * 100)}%` }} />
            </span>
          </dd>
        </div>
      </dl>
      <p className="incoming-call__matches">{t('call.incoming.matches', { count: offer.matches.length })}</p>
      <div className="incoming-call__actions">
        <button
          type="button"
          className="button"
          onClick={onAccept}
          aria-disabled={busy}
          aria-keyshortcuts={actionShortcuts.acceptCall}
        >
          {accept.isPending ? t('call.incoming.accepting') : t('call.incoming.accept')}{' '}
          <Kbd shortcut={actionShortcuts.acceptCall} />
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onReject}
          aria-disabled={busy}
          aria-keyshortcuts={actionShortcuts.rejectCall}
        >
          {t('call.incoming.reject')} <Kbd shortcut={actionShortcuts.rejectCall} />
        </button>
      </div>
      {error ? (
        <p className="incoming-call__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function withdrawnText(t: Translate, reason: string): string {
  if (reason === 'expired')
    return t('call.withdrawn.expired', { shortcut: shortcutLabel(actionShortcuts.takeBreak) });
  if (reason === 'abandoned') return t('call.withdrawn.abandoned');
  return t('call.withdrawn.accepted_elsewhere');
}

/** Why the banner went: said politely, kept until the next offer or "Got it". */
function WithdrawnNotice({ withdrawn }: { withdrawn: Extract<IncomingOffer, { kind: 'withdrawn' }> }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="incoming-call incoming-call--withdrawn" data-testid="offer-withdrawn">
      <p>{withdrawnText(t, withdrawn.withdrawn.reason)}</p>
      <button type="button" className="button button--secondary" onClick={() => setDismissed(true)}>
        {t('call.withdrawn.dismiss')}
      </button>
    </div>
  );
}
