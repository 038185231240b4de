import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useApi } from '../../../api/api-client-context';
import { scenariosQuery } from '../../../api/practice';
import { useT } from '../../../i18n/use-t';
import { languageOf } from '../../../i18n/locales';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { formatElapsed } from '../../../lib/elapsed-time';

/** The scenarios to play: title, the situation, the caller's language and the time a good call takes. */
export function ScenarioList({
  onStart,
  starting,
  disabled,
}: {
  onStart: (scenarioId: string) => void;
  starting: boolean;
  disabled: boolean;
}) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const lang = useConsole((s) => languageOf(s.locale));
  const headingId = useId();
  const scenarios = useQuery(scenariosQuery(api));

  if (scenarios.isPending) return <p role="status">{t('practice.scenarios.loading')}</p>;
  if (scenarios.isError)
    return (
      <p role="alert" className="alert alert--error">
        {t('practice.scenarios.error', { error: errorText(scenarios.error) })}
      </p>
    );
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="practice__heading">
        {t('practice.scenarios.heading')}
      </h3>
      {disabled ? <p className="practice__note">{t('practice.scenario.busy')}</p> : null}
      {scenarios.data.length === 0 ? <p>{t('practice.scenarios.empty')}</p> : null}
      <ul className="practice-scenarios">
        {scenarios.data.map((scenario) => (
          <li key={scenario.id} className="practice-scenario">
            <h4 className="practice-scenario__title">{scenario.title[lang]}</h4>
            <p className="practice-scenario__brief">{scenario.brief[lang]}</p>
            <p className="practice-scenario__facts">
              {t('practice.scenario.language', { language: t(`practice.language.${scenario.language}`) })} ·{' '}
              {t('practice.scenario.target', { time: formatElapsed(scenario.timeTargetSeconds) })}
            </p>
            <button
              type="button"
              className="button"
              onClick={() => onStart(scenario.id)}
              disabled={disabled || starting}
            >
              {starting
                ? t('practice.scenario.starting')
                : t('practice.scenario.start', { title: scenario.title[lang] })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
