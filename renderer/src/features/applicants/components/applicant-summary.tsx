import type { Applicant } from '../../../../../shared/api/applicants';
import { formatPhone } from '../../../../../shared/domain/phone/phone';
import { useT } from '../../../i18n/use-t';
import { fullName } from '../../../lib/full-name';
import { useConsole } from '../../../stores/console-store-context';
import { formatBirthDate, noCurpMessage } from '../applicant-display';

/** One search result: the name first, then what tells two namesakes apart. */
export function ApplicantSummary({ applicant }: { applicant: Applicant }) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const noCurp = noCurpMessage(applicant);
  return (
    <>
      <span className="caller-option__name">{fullName(applicant)}</span>
      <span className="caller-option__meta">
        {noCurp ? <span>{t(noCurp)}</span> : <span className="caller-mono">{applicant.curp}</span>}
        <span>{t('caller.search.born', { date: formatBirthDate(applicant.birthDate, locale) })}</span>
        {applicant.phone ? <span>{formatPhone(applicant.phone)}</span> : null}
      </span>
    </>
  );
}
