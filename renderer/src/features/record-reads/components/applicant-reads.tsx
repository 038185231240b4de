import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Applicant } from '../../../../../shared/api/applicants';
import { useApi } from '../../../api/api-client-context';
import { applicantReadsQuery } from '../../../api/applicant-reads';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { ModalDialog } from '../../../components/modal-dialog';
import { zoneName } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { fullName } from '../../../lib/full-name';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { formatDateTimeShort } from '../../../i18n/format-zoned';
import { viewerTimeZone } from '../read-time';
import './applicant-reads.css';

/**
 * "Consultas": for leads and administrators, who looked at the open applicant's record — each
 * search that listed them, record opened, screen pop on a call, and each look at this list — with
 * the user, the date and time on the viewer's clock, the call and what was seen. Alt+Shift+C or the
 * button opens it; opening it is itself recorded by the server. Nothing shows for other roles.
 */
export function ApplicantReads({ applicant }: { applicant: Applicant }) {
  const t = useT();
  const role = useConsole((s) => s.user?.role ?? null);
  const [open, setOpen] = useState(false);
  const allowed = role === 'lead' || role === 'admin';
  const name = fullName(applicant);

  useCommand({
    id: 'caller.reads',
    label: 'reads.open',
    shortcut: actionShortcuts.applicantReads,
    enabled: allowed,
    run: () => setOpen(true),
  });

  if (!allowed) return null;
  return (
    <>
      <button
        type="button"
        className="button button--ghost applicant-reads__open"
        aria-keyshortcuts={actionShortcuts.applicantReads}
        onClick={() => setOpen(true)}
      >
        {/* The visible word starts the name (WCAG 2.5.3); whose record is said to screen readers. */}
        {t('reads.open')} <span className="visually-hidden">{t('reads.openFor', { name })}</span>{' '}
        <Kbd shortcut={actionShortcuts.applicantReads} />
      </button>
      {open ? <ReadsDialog applicantId={applicant.id} name={name} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ReadsDialog({
  applicantId,
  name,
  onClose,
}: {
  applicantId: string;
  name: string;
  onClose: () => void;
}) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const pages = useInfiniteQuery(applicantReadsQuery(api, applicantId));
  const zone = viewerTimeZone();
  // The viewer's zone as people say it ("hora estándar central"), not its IANA name.
  const zoneLabel = zoneName(new Date(), zone, locale);
  const reads = pages.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <ModalDialog
      title={t('reads.title', { name })}
      busy={false}
      onCancel={onClose}
      className="applicant-reads"
      initialFocus=".applicant-reads__table-wrap"
      footer={
        <>
          {pages.hasNextPage ? (
            <button
              type="button"
              className="button button--ghost"
              disabled={pages.isFetchingNextPage}
              onClick={() => void pages.fetchNextPage()}
            >
              {pages.isFetchingNextPage ? t('reads.loadingMore') : t('reads.more')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {t('reads.close')}
          </button>
        </>
      }
      keys={t('reads.keys')}
      error={pages.isError ? t('reads.error', { error: errorText(pages.error) }) : undefined}
    >
      <p className="applicant-reads__intro">{t('reads.intro')}</p>
      {/* Focusable (where focus starts) so the keyboard scrolls a long list; there from the first render. */}
      <div
        className="applicant-reads__table-wrap"
        tabIndex={0}
        role="group"
        aria-label={t('reads.caption', { zone: zoneLabel })}
        aria-busy={pages.isPending}
      >
        {pages.isPending ? (
          <p role="status">{t('reads.loading')}</p>
        ) : (
          <table className="applicant-reads__table">
            <caption>{t('reads.caption', { zone: zoneLabel })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reads.col.when')}</th>
                <th scope="col">{t('reads.col.who')}</th>
                <th scope="col">{t('reads.col.call')}</th>
                <th scope="col">{t('reads.col.what')}</th>
              </tr>
            </thead>
            <tbody>
              {reads.map((read) => (
                <tr key={read.id}>
                  <td>
                    <time dateTime={read.at}>
                      {formatDateTimeShort(read.at, zone, locale, { seconds: true })}
                    </time>
                  </td>
                  <td>
                    {read.reader.name}{' '}
                    <span className="applicant-reads__role">({t(`app.role.${read.reader.role}`)})</span>
                  </td>
                  <td className="applicant-reads__call">{read.callId ?? t('reads.noCall')}</td>
                  <td>
                    {t(`reads.kind.${read.kind}`)}
                    {read.practice ? ` · ${t('reads.practice')}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </ModalDialog>
  );
}
