import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { MessageKind, MessageStatus, type OutboundMessage } from '../../../../../shared/api/messages';
import { CALL_CENTER_TIME_ZONE } from '../../../../../shared/domain/floor/call-center';
import { useApi } from '../../../api/api-client-context';
import { messagesQuery, type MessageFilter } from '../../../api/messages';
import { Panel } from '../../../components/panel';
import { formatDateTimeShort } from '../../../i18n/format-zoned';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { MessageDetail } from './message-detail';
import './messages-view.css';

/** A page of the list; "older" asks for the next. */
export const MESSAGES_PAGE_SIZE = 25;

/**
 * A lead's read-only view of the messages to applicants: how many are queued, sent, failed, kept
 * (no sender configured) or skipped; the list newest first, filtered by status and kind, a page at
 * a time; each opens to its whole text and calendar file. Times are the call center's clock.
 */
export function MessagesView({ pageSize = MESSAGES_PAGE_SIZE }: { pageSize?: number } = {}) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const [filter, setFilter] = useState<MessageFilter>({ status: null, kind: null });
  const [open, setOpen] = useState<OutboundMessage | null>(null);
  const pages = useInfiniteQuery(messagesQuery(api, filter, pageSize));
  const id = useId();
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const counts = pages.data?.pages[0]?.counts;

  return (
    <div className="messages-view">
      <Panel title={t('messages.view.title')} className="messages-view__choice">
        <p className="messages-view__intro">{t('messages.view.intro')}</p>
        {counts ? (
          <dl className="messages-view__counts" aria-label={t('messages.counts.label')}>
            {MessageStatus.options.map((s) => (
              <div key={s} className={`messages-view__count messages-view__count--${s}`}>
                <dt>{t(`messages.status.${s}`)}</dt>
                <dd>{counts[s] ?? 0}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <div className="messages-view__row">
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('messages.filter.status')}</label>
            <select
              id={`${id}-status`}
              value={filter.status ?? ''}
              onChange={(e) =>
                setFilter({
                  ...filter,
                  status: e.target.value === '' ? null : MessageStatus.parse(e.target.value),
                })
              }
            >
              <option value="">{t('messages.filter.any')}</option>
              {MessageStatus.options.map((s) => (
                <option key={s} value={s}>
                  {t(`messages.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('messages.filter.kind')}</label>
            <select
              id={`${id}-kind`}
              value={filter.kind ?? ''}
              onChange={(e) =>
                setFilter({
                  ...filter,
                  kind: e.target.value === '' ? null : MessageKind.parse(e.target.value),
                })
              }
            >
              <option value="">{t('messages.filter.any')}</option>
              {MessageKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`messages.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </Panel>
      {pages.isPending ? (
        <p className="empty-state messages-view__state" role="status">
          {t('messages.loading')}
        </p>
      ) : pages.isError ? (
        <p className="alert alert--error" role="alert">
          {t('messages.error', { error: errorText(pages.error) })}
        </p>
      ) : items.length === 0 ? (
        <p className="empty-state messages-view__state">{t('messages.empty')}</p>
      ) : (
        <section className="messages-view__list" aria-labelledby={`${id}-caption`}>
          <table className="messages-table">
            <caption id={`${id}-caption`}>{t('messages.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('messages.col.created')}</th>
                <th scope="col">{t('messages.col.recipient')}</th>
                <th scope="col">{t('messages.col.kind')}</th>
                <th scope="col">{t('messages.col.status')}</th>
                <th scope="col">{t('messages.col.lastError')}</th>
                <th scope="col">{t('messages.col.open')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.id} className={m.status === 'failed' ? 'is-failed' : undefined}>
                  <td className="messages-table__time">
                    {formatDateTimeShort(m.createdAt, CALL_CENTER_TIME_ZONE, locale)}
                  </td>
                  <td className="messages-table__recipient">
                    {m.recipient}{' '}
                    <span className="messages-table__channel">({t(`messages.channel.${m.channel}`)})</span>
                  </td>
                  <td>{t(`messages.kind.${m.kind}`)}</td>
                  <td>
                    {t(`messages.status.${m.status}`)}
                    {m.attempts > 0 ? (
                      <span className="messages-table__attempts">
                        {' '}
                        · {t('messages.attempts', { attempts: m.attempts })}
                      </span>
                    ) : null}
                  </td>
                  <td className="messages-table__error">
                    {m.status === 'kept' ? t('messages.keptReason') : (m.lastError ?? '—')}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost messages-table__open"
                      aria-label={t('messages.openLabel', {
                        recipient: m.recipient,
                        kind: t(`messages.kind.${m.kind}`),
                      })}
                      onClick={() => setOpen(m)}
                    >
                      {t('messages.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="messages-view__more">
            {pages.hasNextPage ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={pages.isFetchingNextPage}
                onClick={() => void pages.fetchNextPage()}
              >
                {pages.isFetchingNextPage ? t('messages.loadingMore') : t('messages.more')}
              </button>
            ) : (
              <p className="empty-state">{t('messages.end')}</p>
            )}
          </div>
        </section>
      )}
      {open ? <MessageDetail message={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
