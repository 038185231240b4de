import { useState, type RefObject } from 'react';
import type { DayClosure } from '../../../../../shared/api/capacity';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { formatDateTimeInWords, formatWallTime, zoneAbbreviation } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { affectedAppointmentsCsv } from '../affected-csv';

type Props = { consulate: Consulate; closure: DayClosure; headingRef: RefObject<HTMLHeadingElement | null> };

/** A closed day: why and when, and its appointments as a list to work through and copy for outreach. */
export function ClosureDetails({ consulate, closure, headingRef }: Props) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const appointments = [...closure.appointments].sort(
    (a, b) => a.start.localeCompare(b.start) || a.applicantName.localeCompare(b.applicantName, 'es'),
  );
  const notOnFile = t('capacity.closure.notOnFile');
  const columns = {
    code: t('capacity.closure.col.code'),
    name: t('capacity.closure.col.name'),
    phone: t('capacity.closure.col.phone'),
    email: t('capacity.closure.col.email'),
    time: t('capacity.closure.col.time'),
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(affectedAppointmentsCsv(appointments, columns));
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="capacity-closure">
      <h3 ref={headingRef} tabIndex={-1} className="capacity-closure__title">
        {t('capacity.closure.title')}
      </h3>
      <p className="alert alert--warning">
        {t('capacity.closure.summary', {
          closedAt: formatDateTimeInWords(closure.closedAt, consulate.timeZone, locale),
          zone: zoneAbbreviation(closure.closedAt, consulate.timeZone),
          reason: closure.reason,
        })}
        <br />
        {t('capacity.closure.liveHolds', { count: closure.liveHolds })}
      </p>
      {closure.appointments.length === 0 ? (
        <p className="empty-state">{t('capacity.closure.none')}</p>
      ) : (
        <>
          <div className="capacity-closure__tools">
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              {t('capacity.closure.copy')}
            </button>
            <span aria-live="polite">
              {copied === 'ok'
                ? t('capacity.closure.copied', { count: closure.appointments.length })
                : copied === 'failed'
                  ? t('capacity.closure.copyFailed')
                  : ''}
            </span>
          </div>
          <table className="capacity-table capacity-closure__table">
            <caption className="capacity-table__caption">
              {t('capacity.closure.list', { count: closure.appointments.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{columns.time}</th>
                <th scope="col">{columns.code}</th>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.phone}</th>
                <th scope="col">{columns.email}</th>
              </tr>
            </thead>
            <tbody>
              {appointments.map((a) => (
                <tr key={a.id}>
                  <td>{formatWallTime(a.localStart.slice(11, 16), locale)}</td>
                  <th scope="row" className="capacity-closure__code">
                    {a.confirmationCode}
                  </th>
                  <td>{a.applicantName}</td>
                  <td>{a.phone ?? <span className="capacity-closure__missing">{notOnFile}</span>}</td>
                  <td>{a.email ?? <span className="capacity-closure__missing">{notOnFile}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
