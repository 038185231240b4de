import { Panel } from '../../../components/panel';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';
import { usePracticeRun } from '../hooks/use-practice-run';
import { PracticeScore } from './practice-score';
import { ResetPractice } from './reset-practice';
import { ScenarioList } from './scenario-list';
import { SimulatedCaller } from './simulated-caller';
import './practice.css';

/**
 * Practice beside the call panels: choose a scenario, take the simulated call in the console as
 * usual, see the score when it ends.
 */
export function PracticePanel() {
  const t = useT();
  const errorText = useErrorText();
  const onCall = useConsole((s) => s.call !== null);
  const practice = usePracticeRun();
  const { phase, run, result } = practice;

  return (
    <Panel title={t('practice.title')} className="practice">
      {practice.error !== null ? (
        <p role="alert" className="alert alert--error">
          {t('practice.run.error', { error: errorText(practice.error) })}
        </p>
      ) : null}
      {phase === 'scored' && result ? (
        <PracticeScore
          result={result}
          busy={onCall}
          onAgain={() => practice.start(result.scenarioId)}
          onOther={practice.leave}
        />
      ) : run && (phase === 'playing' || phase === 'finishing') ? (
        <>
          <SimulatedCaller
            run={run}
            askedOrder={practice.askedOrder}
            asking={practice.asking}
            onAsk={practice.ask}
          />
          {!onCall ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={practice.finish}
              disabled={phase === 'finishing'}
            >
              {phase === 'finishing' ? t('practice.run.finishing') : t('practice.run.finish')}
            </button>
          ) : null}
        </>
      ) : (
        <ScenarioList onStart={practice.start} starting={phase === 'starting'} disabled={onCall} />
      )}
      {phase !== 'playing' && phase !== 'finishing' ? <ResetPractice disabled={onCall} /> : null}
    </Panel>
  );
}
