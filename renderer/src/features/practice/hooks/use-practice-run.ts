import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PracticeResult, PracticeRun, RunEventBody } from '../../../../../shared/api/practice';
import { useApi } from '../../../api/api-client-context';
import { finishRun, sendRunEvent, startRun } from '../../../api/practice';
import { queryKeys } from '../../../api/query-keys';
import { useCommands } from '../../../commands/command-registry';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsoleStore } from '../../../stores/console-store-context';
import { hushCaller, speakLine } from '../caller-voice';
import { useRunReports } from './use-run-reports';

export type RunPhase = 'choosing' | 'starting' | 'playing' | 'finishing' | 'scored';

export type PracticeRunState = {
  phase: RunPhase;
  run: PracticeRun | null;
  result: PracticeResult | null;
  /** Line indexes in the order the trainee asked them (the transcript's order). */
  askedOrder: number[];
  asking: boolean;
  error: string | null;
  start: (scenarioId: string) => Promise<void>;
  ask: (lineIndex: number) => Promise<void>;
  finish: () => Promise<void>;
  /** Back to the scenario list. */
  leave: () => void;
};

/**
 * One scenario played from start to score: starting it starts the call (the call bar's own
 * command, as Alt+N does), asking reveals the caller's line (spoken unless muted), the console's
 * progress is reported as it happens, and ending the call scores the run.
 */
export function usePracticeRun(): PracticeRunState {
  const api = useApi();
  const store = useConsoleStore();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const commands = useCommands();
  const [phase, setPhase] = useState<RunPhase>('choosing');
  const [run, setRun] = useState<PracticeRun | null>(null);
  const [result, setResult] = useState<PracticeResult | null>(null);
  const [askedOrder, setAskedOrder] = useState<number[]>([]);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
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

  const start = useCallback(
    async (scenarioId: string) => {
      if (store.getState().call) return;
      setPhase('starting');
      setError(null);
      try {
        const started = await startRun(api, scenarioId);
        setRun(started);
        setResult(null);
        setAskedOrder([]);
        setPhase('playing');
        commandsRef.current.find((c) => c.id === 'call.start' && c.enabled !== false)?.run();
        say(started.opening, started.language);
      } catch (failure) {
        setError(errorText(failure));
        setPhase('choosing');
      }
    },
    [api, store, errorText, say],
  );

  const ask = useCallback(
    async (lineIndex: number) => {
      if (!run || asking) return;
      setAsking(true);
      setError(null);
      try {
        const updated = await sendRunEvent(api, run.id, { kind: 'ask', lineIndex });
        setRun(updated);
        setAskedOrder((order) => (order.includes(lineIndex) ? order : [...order, lineIndex]));
        const says = updated.lines.find((l) => l.index === lineIndex)?.says;
        if (says) say(says, updated.language);
      } catch (failure) {
        setError(errorText(failure));
      } finally {
        setAsking(false);
      }
    },
    [api, run, asking, errorText, say],
  );

  const runId = run?.id ?? null;
  const finish = useCallback(async () => {
    if (!runId) return;
    setPhase('finishing');
    setError(null);
    hushCaller();
    try {
      const scored = await finishRun(api, runId);
      setResult(scored);
      setPhase('scored');
      void queryClient.invalidateQueries({ queryKey: queryKeys.practice.allResults() });
    } catch (failure) {
      setError(errorText(failure));
      setPhase('playing');
    }
  }, [api, runId, errorText, queryClient]);

  const report = useCallback((body: RunEventBody) => (runId ? sendRunEvent(api, runId, body) : Promise.resolve()), [api, runId]);
  useRunReports(phase === 'playing' ? runId : null, report, () => void finish());

  const leave = useCallback(() => {
    hushCaller();
    setRun(null);
    setResult(null);
    setAskedOrder([]);
    setError(null);
    setPhase('choosing');
  }, []);

  return { phase, run, result, askedOrder, asking, error, start, ask, finish, leave };
}
