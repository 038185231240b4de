import { formatPhone } from '../../../../../shared/domain/phone/phone';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import './call-line-facts.css';

/**
 * Under the header, beside the operator's state: the line of the call in progress — the caller's
 * number and language (an outbound call says so), and whether the caller hung up. Nothing without one.
 */
export function CallLineFacts() {
  const t = useT();
  const line = useConsole((s) => s.line);
  if (!line) return null;
  const language = line.language ? t(`call.language.${line.language}`) : null;
  const number = line.from ? formatPhone(line.from) : null;
  return (
    <p className="call-line" data-testid="call-line">
      <span className="call-line__text">
        {number ? (language ? t('call.line', { number, language }) : number) : null}
      </span>
      {line.direction === 'outbound' ? <span className="call-line__tag">{t('call.outbound')}</span> : null}
      {line.hungUpAt ? (
        <span className="call-line__tag call-line__tag--ended">{t('call.hungUp')}</span>
      ) : null}
    </p>
  );
}
