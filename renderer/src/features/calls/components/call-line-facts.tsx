import { formatPhone } from '../../../../../shared/domain/phone/phone';
import { useT } from '../../../i18n/use-t';
import type { CallLine } from '../../../stores/slices/call-slice';

/** The caller's number and language in the call bar (an outbound call says so), and whether they hung up. */
export function CallLineFacts({ line }: { line: CallLine }) {
  const t = useT();
  const language = line.language ? t(`call.language.${line.language}`) : null;
  const number = line.from ? formatPhone(line.from) : null;
  return (
    <span className="call-bar__line" data-testid="call-line">
      {number ? (language ? t('call.line', { number, language }) : number) : null}
      {line.direction === 'outbound' ? <span className="call-bar__tag">{t('call.outbound')}</span> : null}
      {line.hungUpAt ? <span className="call-bar__tag call-bar__tag--ended">{t('call.hungUp')}</span> : null}
    </span>
  );
}
