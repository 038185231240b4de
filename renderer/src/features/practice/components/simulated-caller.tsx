import { useId, useRef } from 'react';
import type { PracticeRun } from '../../../../../shared/api/practice';
import { useCommand } from '../../../commands/command-registry';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { hushCaller } from '../caller-voice';
import { useScrollToEnd } from '../hooks/use-scroll-to-end';
import { groupByTopic, nextUnasked, transcriptOf } from '../run-lines';

type Props = {
  run: PracticeRun;
  askedOrder: readonly number[];
  asking: boolean;
  onAsk: (lineIndex: number) => void;
};

/**
 * The caller on the line: the situation, what they have said (a list that keeps its newest line in
 * view; the caller's newest words also go to a polite live region, so a screen reader hears each
 * answer once, without focus moving), and the questions the trainee can ask, grouped by topic;
 * Alt+Q asks the next one not asked yet. Asked questions turn aria-disabled rather than disabled,
 * so focus stays where the trainee is.
 */
export function SimulatedCaller({ run, askedOrder, asking, onAsk }: Props) {
  const t = useT();
  const lang = useConsole((s) => languageOf(s.locale));
  const muted = useConsole((s) => s.practiceMuted);
  const toggleMuted = useConsole((s) => s.togglePracticeMuted);
  const titleId = useId();
  const transcriptId = useId();
  const next = nextUnasked(run.lines);
  const callerLang = run.language === 'en' ? 'en' : 'es-MX';
  const transcript = transcriptOf(run.opening, run.lines, askedOrder, (line) => line.ask[lang]);
  const talkRef = useRef<HTMLDivElement>(null);
  const newestRef = useRef<HTMLLIElement>(null);
  useScrollToEnd(talkRef, newestRef, transcript.length);
  const callerLatest = transcript.findLast((entry) => entry.who === 'caller');
  useCommand({
    id: 'practice.next',
    label: 'practice.run.next',
    shortcut: actionShortcuts.nextQuestion,
    enabled: next !== null && !asking,
    run: () => next && onAsk(next.index),
  });

  const onMute = () => {
    if (!muted) hushCaller();
    toggleMuted();
  };

  return (
    <div className="practice-run">
      {/* Two parts that scroll by themselves, so a short panel still shows both: the call so far (kept
          at its newest line) and the questions to ask. Focusable, so the keyboard can scroll it back. */}
      <div ref={talkRef} className="practice-run__talk" role="region" aria-labelledby={titleId} tabIndex={0}>
        <h3 id={titleId} className="practice__heading">
          {run.title[lang]}
        </h3>
        <section className="practice-run__brief">
          <h4>{t('practice.run.brief')}</h4>
          <p>{run.brief[lang]}</p>
          <p className="practice__note">{t('practice.run.hint')}</p>
        </section>
        <section aria-labelledby={transcriptId}>
          <h4 id={transcriptId}>{t('practice.run.transcript')}</h4>
          <ol className="practice-transcript" aria-labelledby={transcriptId}>
            {transcript.map((entry) => (
              <li
                key={entry.key}
                className={`practice-transcript__line practice-transcript__line--${entry.who}`}
              >
                <span className="practice-transcript__who">
                  {entry.who === 'caller' ? t('practice.run.caller') : t('practice.run.you')}:{' '}
                </span>
                <span lang={entry.who === 'caller' ? callerLang : undefined}>{entry.text}</span>
              </li>
            ))}
          </ol>
          <p className="visually-hidden" role="status">
            {callerLatest ? (
              <>
                {t('practice.run.caller')}: <span lang={callerLang}>{callerLatest.text}</span>
              </>
            ) : null}
          </p>
        </section>
      </div>
      <div className="practice-run__ask">
        <div className="practice-run__tools">
          <button
            type="button"
            className="button"
            onClick={() => next && !asking && onAsk(next.index)}
            aria-disabled={next === null || asking}
            aria-keyshortcuts={actionShortcuts.nextQuestion}
          >
            {t('practice.run.next')} <Kbd shortcut={actionShortcuts.nextQuestion} />
          </button>
          <button type="button" className="button button--ghost" onClick={onMute}>
            {muted ? t('practice.run.unmute') : t('practice.run.mute')}
          </button>
        </div>
        {next === null ? <p className="practice__note">{t('practice.run.allAsked')}</p> : null}
        {groupByTopic(run.lines).map((group) => (
          <fieldset key={group.topic} className="practice-topic">
            <legend>{t(`practice.topic.${group.topic}`)}</legend>
            {group.lines.map((line) => (
              <button
                key={line.index}
                type="button"
                className="button button--secondary practice-topic__ask"
                onClick={() => !asking && line.says === null && onAsk(line.index)}
                aria-disabled={asking || line.says !== null}
              >
                {line.ask[lang]}
                {line.says !== null ? (
                  <span className="visually-hidden"> {t('practice.run.asked')}</span>
                ) : null}
              </button>
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
