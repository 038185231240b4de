import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { useBrowserOnline } from '../hooks/use-browser-online';
import { useConnectionNotice } from '../hooks/use-connection-notice';
import './connection-banner.css';

/**
 * Below the header: an alert while the live updates are down (holds and confirmations wait for
 * them), then a short "Reconnected" status once they are back and the availability refreshed.
 */
export function ConnectionBanner() {
  const t = useT();
  useBrowserOnline();
  const status = useConsole((s) => s.socketStatus);
  const { down, reconnected } = useConnectionNotice();

  return (
    <div className="connection-banner">
      {down ? (
        <div role="alert" className="connection-banner__alert">
          <strong>
            {status === 'connecting' ? t('connection.banner.reconnecting') : t('connection.banner.offline')}
          </strong>{' '}
          {t('connection.banner.body')}
        </div>
      ) : null}
      {/* Always present, so screen readers announce the text when it appears. */}
      <div
        role="status"
        className={reconnected ? 'connection-banner__status is-shown' : 'connection-banner__status'}
      >
        {reconnected ? t('connection.reconnected') : null}
      </div>
    </div>
  );
}

const statusText = {
  online: 'connection.status.online',
  connecting: 'connection.status.connecting',
  offline: 'connection.status.offline',
} as const;

/** The live channel's state in the header, in words and colour. */
export function ConnectionIndicator() {
  const t = useT();
  const status = useConsole((s) => s.socketStatus);
  return (
    <span className={`connection-pill connection-pill--${status}`}>
      <span className="connection-pill__dot" aria-hidden="true" />
      <span className="visually-hidden">{t('connection.indicator.label')} </span>
      {t(statusText[status])}
    </span>
  );
}
