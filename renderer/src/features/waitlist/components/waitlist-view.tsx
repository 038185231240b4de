import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { WaitlistStatus, type WaitlistEntry } from '../../../../../shared/api/waitlist';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import { useApi } from '../../../api/api-client-context';
import { consulatesQuery, proceduresQuery } from '../../../api/reference';
import { waitlistQuery, waitlistSummaryQuery } from '../../../api/waitlist';
import { useCommand } from '../../../commands/command-registry';
import { ConsulateCombobox } from '../../../components/consulate-combobox';
import { Panel } from '../../../components/panel';
import { formatLocalDate, formatTime } from '../../../i18n/format-zoned';
import { languageOf, type Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { consulateCities, formatDateRange } from '../waitlist-text';
import './waitlist.css';

/** How often an open list is read again (seats are offered by the server as they free). */
const REFRESH_MS = 10_000;

type StatusChoice = 'active' | WaitlistStatus;

/**
 * A lead's waitlists: first every consulate and service with someone waiting or a seat held (how
 * many wait, how many seats are held, since when the oldest waits); then one consulate's list for
 * one service, every entry in the order seats go to them. Read-only; read again every few seconds.
 */
export function WaitlistView() {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const consulates = useQuery(consulatesQuery(api));
  const procedures = useQuery(proceduresQuery(api));
  const [consulateId, setConsulateId] = useState<string | null>(null);
  const [procedureId, setProcedureId] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusChoice>('active');
  const pickerRef = useRef<HTMLInputElement>(null);
  const detailRef = useRef<HTMLHeadingElement>(null);
  const summary = useQuery({ ...waitlistSummaryQuery(api), refetchInterval: REFRESH_MS });
  const procedureRef = useRef<HTMLSelectElement>(null);
  const id = useId();
  const consulate = consulates.data?.find((c) => c.id === consulateId) ?? null;
  const chosenProcedure = procedureId ?? procedures.data?.[0]?.id ?? null;
  const procedure = procedures.data?.find((p) => p.id === chosenProcedure) ?? null;

  useCommand({
    id: 'waitlist.view.consulate',
    label: 'waitlist.view.consulate',
    run: () => pickerRef.current?.focus(),
  });

  const list = useQuery({
    ...waitlistQuery(api, {
      consulateId: consulateId ?? '',
      procedureId: chosenProcedure ?? '',
      status: status === 'active' ? undefined : status,
    }),
    enabled: consulateId !== null && chosenProcedure !== null,
    refetchInterval: REFRESH_MS,
  });
  const entries = (list.data ?? []).filter((e) =>
    status === 'active' ? e.status === 'waiting' || e.status === 'offered' : e.status === status,
  );
  const waiting = entries.filter((e) => e.status === 'waiting');
  const offered = entries.filter((e) => e.status === 'offered');
  const oldest = waiting.reduce<WaitlistEntry | null>(
    (a, e) => (a === null || e.createdAt < a.createdAt ? e : a),
    null,
  );
  const zone = consulate?.timeZone ?? 'UTC';
  const dateOf = (instant: string) => formatLocalDate(todayIn(zone, new Date(instant)), locale);
  const consulateName = (cid: string) => consulates.data?.find((c) => c.id === cid)?.city ?? cid;
  const procedureName = (pid: string) =>
    procedures.data?.find((p) => p.id === pid)?.name[languageOf(locale)] ?? pid;
  const zonedDate = (cid: string, instant: string) =>
    formatLocalDate(
      todayIn(consulates.data?.find((c) => c.id === cid)?.timeZone ?? 'UTC', new Date(instant)),
      locale,
    );
  const show = (cid: string, pid: string) => {
    setConsulateId(cid);
    setProcedureId(pid);
    setStatus('active');
    requestAnimationFrame(() => detailRef.current?.focus());
  };

  return (
    <div className="waitlist-view">
      <Panel title={t('waitlist.view.title')}>
        <p className="waitlist-view__intro">{t('waitlist.view.intro')}</p>
        {summary.isPending ? (
          <p className="empty-state" role="status">
            {t('waitlist.summary.loading')}
          </p>
        ) : summary.isError ? (
          <p className="alert alert--error" role="alert">
            {t('waitlist.view.error', { error: errorText(summary.error) })}
          </p>
        ) : summary.data.length === 0 ? (
          <p className="empty-state">{t('waitlist.summary.empty')}</p>
        ) : (
          <table className="waitlist-table">
            <caption>{t('waitlist.summary.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('waitlist.summary.col.consulate')}</th>
                <th scope="col">{t('waitlist.summary.col.procedure')}</th>
                <th scope="col">{t('waitlist.summary.col.waiting')}</th>
                <th scope="col">{t('waitlist.summary.col.offered')}</th>
                <th scope="col">{t('waitlist.summary.col.oldest')}</th>
                <th scope="col">{t('waitlist.summary.col.list')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.data.map((row) => (
                <tr key={`${row.consulateId}/${row.procedureId}`}>
                  <td>{consulateName(row.consulateId)}</td>
                  <td>{procedureName(row.procedureId)}</td>
                  <td className="waitlist-table__number">{row.waiting}</td>
                  <td className="waitlist-table__number">{row.offered}</td>
                  <td>{row.oldestWaitingSince ? zonedDate(row.consulateId, row.oldestWaitingSince) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost waitlist-table__show"
                      aria-label={t('waitlist.summary.showLabel', {
                        consulate: consulateName(row.consulateId),
                        procedure: procedureName(row.procedureId),
                      })}
                      onClick={() => show(row.consulateId, row.procedureId)}
                    >
                      {t('waitlist.summary.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      <section className="panel waitlist-view__choice" aria-labelledby={`${id}-detail`}>
        <header className="panel__header">
          <h2 id={`${id}-detail`} className="panel__title" ref={detailRef} tabIndex={-1}>
            {t('waitlist.detail.title')}
          </h2>
        </header>
        <div className="panel__body">
          <div className="waitlist-view__row">
            {consulates.data ? (
              <ConsulateCombobox
                consulates={consulates.data}
                selectedId={consulateId}
                inputRef={pickerRef}
                onPick={(picked) => {
                  setConsulateId(picked);
                  requestAnimationFrame(() => procedureRef.current?.focus());
                }}
                label={t('waitlist.view.consulate')}
                hint={t('waitlist.view.consulate.hint')}
                className="waitlist-view__consulate"
              />
            ) : null}
            <div className="field">
              <label htmlFor={`${id}-procedure`}>{t('waitlist.view.procedure')}</label>
              <select
                id={`${id}-procedure`}
                ref={procedureRef}
                value={chosenProcedure ?? ''}
                onChange={(e) => setProcedureId(e.target.value)}
              >
                {(procedures.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name[languageOf(locale)]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-status`}>{t('waitlist.view.status')}</label>
              <select
                id={`${id}-status`}
                value={status}
                onChange={(e) => setStatus(e.target.value as StatusChoice)}
              >
                <option value="active">{t('waitlist.view.status.active')}</option>
                {WaitlistStatus.options.map((s) => (
                  <option key={s} value={s}>
                    {t(`waitlist.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {!consulate || !procedure ? (
            <p className="empty-state waitlist-view__empty">{t('waitlist.view.none')}</p>
          ) : list.isPending ? (
            <p className="empty-state waitlist-view__empty" role="status">
              {t('waitlist.view.loading')}
            </p>
          ) : list.isError ? (
            <p className="alert alert--error" role="alert">
              {t('waitlist.view.error', { error: errorText(list.error) })}
            </p>
          ) : (
            <section className="waitlist-view__list" aria-labelledby={`${id}-caption`}>
              <p className="waitlist-view__summary" role="status">
                {t('waitlist.view.summary', { waiting: waiting.length, offered: offered.length })}
                {oldest ? ` · ${t('waitlist.view.oldest', { date: dateOf(oldest.createdAt) })}` : ''}
              </p>
              {entries.length === 0 ? (
                <p className="empty-state">{t('waitlist.view.empty')}</p>
              ) : (
                <table className="data-table waitlist-table">
                  <caption id={`${id}-caption`}>
                    {t('waitlist.view.caption', {
                      consulate: consulate.name,
                      procedure: procedure.name[languageOf(locale)],
                    })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('waitlist.view.col.order')}</th>
                      <th scope="col">{t('waitlist.view.col.since')}</th>
                      <th scope="col">{t('waitlist.view.col.range')}</th>
                      <th scope="col">{t('waitlist.view.col.consulates')}</th>
                      <th scope="col">{t('waitlist.view.col.status')}</th>
                      <th scope="col">{t('waitlist.view.col.seat')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((entry, index) => (
                      <tr key={entry.id}>
                        <td className="waitlist-table__number">{index + 1}</td>
                        <td>
                          {dateOf(entry.createdAt)} {formatTime(entry.createdAt, zone, locale)}
                        </td>
                        <td>{formatDateRange(entry.from, entry.to, locale)}</td>
                        <td>{consulateCities(entry.consulateIds, consulates.data ?? [])}</td>
                        <td>{t(`waitlist.status.${entry.status}`)}</td>
                        <td>{entry.offeredSlot ? seatText(entry, consulates.data ?? [], locale) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          )}
        </div>
      </section>
    </div>
  );
}

function seatText(entry: WaitlistEntry, consulates: readonly Consulate[], locale: Locale): string {
  const slot = entry.offeredSlot!;
  const c = consulates.find((x) => x.id === slot.consulateId);
  const zone = c?.timeZone ?? 'UTC';
  return `${c?.city ?? slot.consulateId}, ${formatLocalDate(slot.localStart.slice(0, 10), locale)} ${formatTime(slot.start, zone, locale)}`;
}
