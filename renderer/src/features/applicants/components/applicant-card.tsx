import type { Ref } from 'react';
import type { Applicant } from '../../../../../shared/api/applicants';
import { formatPhone } from '../../../../../shared/domain/phone/phone';
import { useT } from '../../../i18n/use-t';
import { ageOn, localToday } from '../../../lib/age';
import { fullName } from '../../../lib/full-name';
import { useConsole } from '../../../stores/console-store-context';
import { formatBirthDate, noCurpMessage } from '../applicant-display';

type Props = { applicant: Applicant; onChange: () => void; changeRef: Ref<HTMLButtonElement> };

/** The caller on the line, with what the operator reads back to confirm it is the right person. */
export function ApplicantCard({ applicant, onChange, changeRef }: Props) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const noCurp = noCurpMessage(applicant);
  return (
    <section className="caller-card" aria-label={t('caller.card.label')}>
      <h3 className="caller-card__name">{fullName(applicant)}</h3>
      <dl className="caller-card__facts">
        <div>
          <dt>{t('caller.card.curp')}</dt>
          {noCurp ? <dd>{t(noCurp)}</dd> : <dd className="caller-mono">{applicant.curp}</dd>}
        </div>
        <div>
          <dt>{t('caller.card.birthDate')}</dt>
          <dd>
            {formatBirthDate(applicant.birthDate, locale)} ·{' '}
            {t('caller.card.age', { age: ageOn(applicant.birthDate, localToday()) })}
          </dd>
        </div>
        <div>
          <dt>{t('caller.card.phone')}</dt>
          <dd>{applicant.phone ? formatPhone(applicant.phone) : t('caller.card.noPhone')}</dd>
        </div>
        {applicant.email ? (
          <div>
            <dt>{t('caller.card.email')}</dt>
            <dd className="caller-card__email">{applicant.email}</dd>
          </div>
        ) : null}
        {/* Spanish is every applicant's default: only English is said. */}
        {applicant.language === 'en' ? (
          <div>
            <dt>{t('caller.card.messages')}</dt>
            <dd>{t('caller.card.messagesIn.en')}</dd>
          </div>
        ) : null}
      </dl>
      <div className="caller-card__foot">
        <button
          ref={changeRef}
          type="button"
          className="button button--ghost caller-card__change"
          onClick={onChange}
        >
          {t('caller.card.change')}
        </button>
      </div>
    </section>
  );
}
