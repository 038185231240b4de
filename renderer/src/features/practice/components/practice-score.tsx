import { useEffect, useId, useRef } from 'react';
import type { PracticeResult } from '../../../../../shared/api/practice';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { formatElapsed } from '../../../lib/elapsed-time';

type Props = { result: PracticeResult; onAgain: () => void; onOther: () => void; busy: boolean };

/** The score of a finished run, large; each check passed or missed with why; the time against the target; the lesson. */
export function PracticeScore({ result, onAgain, onOther, busy }: Props) {
  const t = useT();
  const lang = useConsole((s) => languageOf(s.locale));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checksId = useId();
  useEffect(() => headingRef.current?.focus(), [result.runId]);
  const target = formatElapsed(result.timeTargetSeconds);
  return (
    <section className="practice-score" aria-label={t('practice.result.heading')}>
      <h3 ref={headingRef} tabIndex={-1} className="practice__heading">
        {t('practice.result.heading')}: {result.title[lang]}
      </h3>
      <p className="practice-score__value">{t('practice.result.score', { score: result.score })}</p>
      <p>
        {result.durationSeconds === null
          ? t('practice.result.noTime', { target })
          : t('practice.result.time', { time: formatElapsed(result.durationSeconds), target })}
      </p>
      <h4 id={checksId}>{t('practice.result.checks')}</h4>
      <ul className="practice-checks" aria-labelledby={checksId}>
        {result.checks.map((check) => (
          <li
            key={check.id}
            className={
              check.passed ? 'practice-check practice-check--passed' : 'practice-check practice-check--failed'
            }
          >
            <span className="practice-check__mark">
              <span aria-hidden="true">{check.passed ? '✓' : '✗'}</span>{' '}
              {check.passed ? t('practice.result.passed') : t('practice.result.failed')}
            </span>{' '}
            <strong>{t(`practice.check.${check.id}`)}</strong> (
            {t('practice.result.points', { points: check.points })}): {check.detail[lang]}
          </li>
        ))}
      </ul>
      <h4>{t('practice.result.lesson')}</h4>
      <p className="practice-score__lesson">{result.lesson[lang]}</p>
      <div className="practice-run__tools">
        <button type="button" className="button" onClick={onAgain} disabled={busy}>
          {t('practice.result.again')}
        </button>
        <button type="button" className="button button--secondary" onClick={onOther}>
          {t('practice.result.other')}
        </button>
      </div>
    </section>
  );
}
