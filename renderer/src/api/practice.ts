import { queryOptions } from '@tanstack/react-query';
import {
  PracticeResult,
  PracticeResultList,
  PracticeRun,
  ResetResult,
  ScenarioList,
  type RunEventBody,
} from '../../../shared/api/practice';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/** The scenarios a trainee can play (no answers in them). */
export const scenariosQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.practice.scenarios(),
    queryFn: ({ signal }) =>
      api('/api/practice/scenarios', { schema: ScenarioList, signal }).then((r) => r.items),
  });

/** Practice results, newest first: the user's own; a lead's of one user (`userId`) or of everyone. */
export const practiceResultsQuery = (api: Api, userId: string | null) =>
  queryOptions({
    queryKey: queryKeys.practice.results(userId),
    queryFn: ({ signal }) =>
      api('/api/practice/results', {
        query: { userId: userId ?? undefined },
        schema: PracticeResultList,
        signal,
      }).then((r) => r.items),
  });

export const startRun = (api: Api, scenarioId: string) =>
  api('/api/practice/runs', { method: 'POST', body: { scenarioId }, schema: PracticeRun });

export const sendRunEvent = (api: Api, runId: string, body: RunEventBody) =>
  api(`/api/practice/runs/${encodeURIComponent(runId)}/events`, {
    method: 'POST',
    body,
    schema: PracticeRun,
  });

export const finishRun = (api: Api, runId: string) =>
  api(`/api/practice/runs/${encodeURIComponent(runId)}/finish`, {
    method: 'POST',
    body: {},
    schema: PracticeResult,
  });

export const resetPractice = (api: Api) =>
  api('/api/practice/reset', { method: 'POST', body: {}, schema: ResetResult });
