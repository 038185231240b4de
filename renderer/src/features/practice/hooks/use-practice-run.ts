import { useCallback, useEffect, useRef, useState } from 'react';
import type { PracticeResult, PracticeRun, RunEventBody } from '../../../../../shared/api/practice';
import { useCommands } from '../../../commands/command-registry';
import { useConsoleStore } from '../../../stores/console-store-context';
import { hushCaller, speakLine } from '../caller-voice';
import { useAskCaller } from './use-ask-caller';
import { useFinishRun } from './use-finish-run';
import { useReportRunEvent } from './use-report-run-event';
import { useRunReports } from './use-run-reports';
import { useStartRun } from './use-start-run';

export type RunPhase = 'choosing' | 'starting' | 'playing' | 'finishing' | 'scored';

export type PracticeRunState = {
  phase: RunPhase;
  run: PracticeRun | null;
  result: PracticeResult | null;
  /** Line indexes in the order the trainee asked them (the transcript's order). */
  askedOrder: number[];
  asking: boolean;
  /** The last request that failed (worded where it is shown, in the console's language at the time). */
  error: unknown;
  start: (scenarioId: string) => void;
  ask: (lineIndex: number) => void;
  finish: () => void;
  /** Back to the scenario list. */
  leave: () => void;
};

/**
 * One scenario played from start to score: starting it starts the call (the call bar's own
 * command, as Alt+N does), asking reveals the caller's line (spoken unless muted), the console's
 * progress is reported as it happens, and ending the call scores the run.
 */
export function usePracticeRun(): PracticeRunState {
  const store = useConsoleStore();
  const commands = useCommands();
  const starting = useStartRun();
  const asking = useAskCaller();
  const finishing = useFinishRun();
  const reporting = useReportRunEvent();
  const [phase, setPhase] = useState<RunPhase>('choosing');
  const [run, setRun] = useState<PracticeRun | null>(null);
  const [result, setResult] = useState<PracticeResult | null>(null);
  const [askedOrder, setAskedOrder] = useState<number[]>([]);
  const [error, setError] = useState<unknown>(null);
  const commandsRef = useRef(commands);
  useEffect(() => {
    commandsRef.current = commands;
  });
  useEffect(() => () => hushCaller(), []);

  const say = useCallback(
    (text: string, language: PracticeRun['language']) => {
      if (!store.getState().practiceMuted) speakLine(text, language);
    },
    [store],
  );

  const sendStart = starting.mutate;
  const start = useCallback(
    (scenarioId: string) => {
      if (store.getState().call) return;
      setPhase('starting');
      setError(null);
      sendStart(scenarioId, {
        onSuccess: (started) => {
          setRun(started);
          setResult(null);
          setAskedOrder([]);
          setPhase('playing');
          // The scripted caller now rings as a routed call of the sandbox: the trainee answers it (Alt+T).
          say(started.opening, started.language);
        },
        onError: (failure) => {
          setError(failure);
          setPhase('choosing');
        },
      });
    },
    [sendStart, store, say],
  );

  const sendAsk = asking.mutate;
  const askPending = asking.isPending;
  const ask = useCallback(
    (lineIndex: number) => {
      if (!run || askPending) return;
      setError(null);
      sendAsk(
        { runId: run.id, lineIndex },
        {
          onSuccess: (updated) => {
            setRun(updated);
            setAskedOrder((order) => (order.includes(lineIndex) ? order : [...order, lineIndex]));
            const says = updated.lines.find((l) => l.index === lineIndex)?.says;
            if (says) say(says, updated.language);
          },
          onError: (failure) => setError(failure),
        },
      );
    },
    [sendAsk, run, askPending, say],
  );

  const runId = run?.id ?? null;
  const sendFinish = finishing.mutate;
  const finish = useCallback(() => {
    if (!runId) return;
    setPhase('finishing');
    setError(null);
    hushCaller();
    sendFinish(runId, {
      onSuccess: (scored) => {
        setResult(scored);
        setPhase('scored');
      },
      onError: (failure) => {
        setError(failure);
        setPhase('playing');
      },
    });
  }, [sendFinish, runId]);

  const sendReport = reporting.mutateAsync;
  const report = useCallback(
    (body: RunEventBody) => (runId ? sendReport({ runId, body }) : Promise.resolve()),
    [sendReport, runId],
  );
  useRunReports(phase === 'playing' ? runId : null, report, finish);

  const leave = useCallback(() => {
    hushCaller();
    setRun(null);
    setResult(null);
    setAskedOrder([]);
    setError(null);
    setPhase('choosing');
  }, []);

  return { phase, run, result, askedOrder, asking: askPending, error, start, ask, finish, leave };
}
