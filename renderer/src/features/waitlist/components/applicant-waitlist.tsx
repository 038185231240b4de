import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import type { WaitlistEntry } from '../../../../../shared/api/waitlist';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import { useApi } from '../../../api/api-client-context';
import { consulatesQuery } from '../../../api/reference';
import { formatLocalDate, formatTime, zoneName } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT, type Translate } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { isOnline } from '../../../stores/slices/connection-slice';
import { useApplicantWaitlist } from '../hooks/use-applicant-waitlist';
import { useConfirmOffer } from '../hooks/use-confirm-offer';
import { useLeaveWaitlist } from '../hooks/use-leave-waitlist';
import { activeEntries, consulateCities, formatDateRange } from '../waitlist-text';
import './waitlist.css';

/**
 * The screen pop's waitlist: when a caller's record opens, a seat held for them comes first and
 * prominent (where, when in the consulate's zone, until when) with "Confirmar cita" — which books it
 * and shows the usual read-back — and "Liberar"; entries still waiting follow, one line each. The
 * list is read again every few seconds while the record is open, so a seat freed by another console
 * appears without a reload. Nothing shows while the caller waits for nothing.
 */
export function ApplicantWaitlist({ applicantId }: { applicantId: string }) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const online = useConsole(isOnline);
  const entries = useApplicantWaitlist(applicantId);
  const consulates = useQuery(consulatesQuery(api)).data ?? [];
  const confirm = useConfirmOffer();
  const leave = useLeaveWaitlist();
  const headingId = useId();
  const busy = confirm.isPending || leave.isPending;

  if (entries.isError && !entries.data)
    return (
      <p className="alert alert--error" role="alert">
        {t('waitlist.entries.error', { error: errorText(entries.error) })}
      </p>
    );
  const shown = activeEntries(entries.data ?? []);
  const failed = [confirm, leave].filter((m) => m.isError).sort((a, b) => b.submittedAt - a.submittedAt)[0];
  if (shown.length === 0 && !failed && !leave.isSuccess) return null;

  return (
    <section className="applicant-waitlist" aria-labelledby={headingId}>
      <h3 id={headingId} className="applicant-waitlist__title">
        {t('waitlist.entries.title')}
      </h3>
      {/* Polite: a seat held while the record is open (a poll found it) is announced; the same list read again says nothing. */}
      <ul className="applicant-waitlist__list" aria-live="polite">
        {shown.map((entry) =>
          entry.status === 'offered' && entry.offeredSlot && entry.holdId ? (
            <li key={entry.id} className="waitlist-offer">
              <p className="waitlist-offer__seat">
                <strong>{offerText(t, locale, entry, consulates)}</strong>
              </p>
              {entry.offerExpiresAt ? (
                <p className="waitlist-offer__expires">{expiryText(t, locale, entry, consulates)}</p>
              ) : null}
              <div className="waitlist-offer__actions">
                <button
                  type="button"
                  className="button"
                  disabled={busy || !online}
                  onClick={() => confirm.mutate(entry)}
                >
                  {t('waitlist.entry.confirm')}
                </button>
                <button
                  type="button"
                  className="button button--ghost"
                  aria-label={t('waitlist.entry.releaseLabel')}
                  disabled={busy}
                  onClick={() => leave.mutate(entry)}
                >
                  {t('waitlist.entry.release')}
                </button>
              </div>
            </li>
          ) : (
            <li key={entry.id} className="waitlist-waiting">
              <span>
                {t('waitlist.entry.waiting', {
                  consulates: consulateCities(entry.consulateIds, consulates),
                  range: formatDateRange(entry.from, entry.to, locale),
                })}
              </span>
              <button
                type="button"
                className="button button--ghost waitlist-waiting__remove"
                aria-label={t('waitlist.entry.removeLabel', {
                  consulates: consulateCities(entry.consulateIds, consulates),
                })}
                disabled={busy}
                onClick={() => leave.mutate(entry)}
              >
                {t('waitlist.entry.remove')}
              </button>
            </li>
          ),
        )}
      </ul>
      <p className="applicant-waitlist__live" role="status" aria-live="polite">
        {leave.isSuccess
          ? t(leave.variables.status === 'offered' ? 'waitlist.entry.released' : 'waitlist.entry.removed')
          : ''}
      </p>
      {failed?.error ? (
        <p className="alert alert--error" role="alert">
          {errorText(failed.error)}
        </p>
      ) : null}
    </section>
  );
}

const consulateOf = (consulates: readonly Consulate[], id: string) => consulates.find((c) => c.id === id);

/** "Lugar apartado para usted: Tucson, jue 10 dic 9:00 a.m. (hora estándar de la montaña)". */
function offerText(
  t: Translate,
  locale: Locale,
  entry: WaitlistEntry,
  consulates: readonly Consulate[],
): string {
  const slot = entry.offeredSlot!;
  const consulate = consulateOf(consulates, slot.consulateId);
  const zone = consulate?.timeZone ?? 'UTC';
  return t('waitlist.entry.offered', {
    consulate: consulate?.city ?? slot.consulateId,
    date: formatLocalDate(slot.localStart.slice(0, 10), locale),
    time: formatTime(slot.start, zone, locale),
    zone: zoneName(slot.start, zone, locale),
  });
}

/** Until when the seat stays held, on the same consulate's clock the caller hears. */
function expiryText(
  t: Translate,
  locale: Locale,
  entry: WaitlistEntry,
  consulates: readonly Consulate[],
): string {
  const zone = consulateOf(consulates, entry.offeredSlot!.consulateId)?.timeZone ?? 'UTC';
  const at = entry.offerExpiresAt!;
  return t('waitlist.entry.expires', {
    date: formatLocalDate(todayIn(zone, new Date(at)), locale),
    time: formatTime(at, zone, locale),
    zone: zoneName(at, zone, locale),
  });
}
