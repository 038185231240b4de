import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { OutboundMessage } from '../../../../../shared/api/messages';
import { CALL_CENTER_TIME_ZONE } from '../../../../../shared/domain/floor/call-center';
import { useApi } from '../../../api/api-client-context';
import { messageQuery } from '../../../api/messages';
import { ModalDialog } from '../../../components/modal-dialog';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { formatDateTimeShort } from '../../../i18n/format-zoned';

/**
 * One message as the applicant got it (or would have): subject, text, and the calendar file as
 * text. The list's copy shows at once; the message is read again for its latest status.
 */
export function MessageDetail({ message, onClose }: { message: OutboundMessage; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const locale = useConsole((s) => s.locale);
  const m = useQuery({
    ...messageQuery(api, message.id),
    initialData: message,
    initialDataUpdatedAt: 0,
  }).data;
  const id = useId();
  return (
    <ModalDialog
      title={t('messages.detail.title', { recipient: m.recipient })}
      busy={false}
      onCancel={onClose}
      className="message-detail"
      describedBy="body"
      keys={t('messages.detail.keys')}
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('messages.detail.close')}
        </button>
      }
    >
      <p className="message-detail__facts">
        {t('messages.detail.facts', {
          kind: t(`messages.kind.${m.kind}`),
          channel: t(`messages.channel.${m.channel}`),
          status: t(`messages.status.${m.status}`),
          attempts: t('messages.attempts', { attempts: m.attempts }),
        })}
        {m.sentAt
          ? ` · ${t('messages.detail.sentAt', { date: formatDateTimeShort(m.sentAt, CALL_CENTER_TIME_ZONE, locale) })}`
          : ''}
      </p>
      {m.status === 'kept' ? (
        <p className="alert alert--info">{t('messages.keptReason')}</p>
      ) : m.lastError ? (
        <p className="alert alert--warning">{t('messages.detail.lastError', { error: m.lastError })}</p>
      ) : null}
      {m.subject ? (
        <div className="message-detail__part">
          <h3 className="message-detail__heading">{t('messages.detail.subject')}</h3>
          <p lang={m.language}>{m.subject}</p>
        </div>
      ) : null}
      <div className="message-detail__part">
        <h3 id={`${id}-text`} className="message-detail__heading">
          {t('messages.detail.text')}
        </h3>
        <pre className="message-detail__text" lang={m.language} tabIndex={0} aria-labelledby={`${id}-text`}>
          {m.text}
        </pre>
      </div>
      <div className="message-detail__part">
        <h3 id={`${id}-ics`} className="message-detail__heading">
          {t('messages.detail.calendar')}
        </h3>
        {m.calendar ? (
          <pre
            className="message-detail__text message-detail__ics"
            tabIndex={0}
            aria-labelledby={`${id}-ics`}
          >
            {m.calendar}
          </pre>
        ) : (
          <p className="empty-state">{t('messages.detail.noCalendar')}</p>
        )}
      </div>
    </ModalDialog>
  );
}
