import {
  PRACTICE_HEADER,
  PracticeResult,
  PracticeResultList,
  PracticeRun,
  ResetResult,
  ResultsQuery,
  RunEventBody,
  RunParams,
  ScenarioList,
  StartRunBody,
} from '../../../shared/api/practice';
import type { PracticeService } from './practice-service';
import { allRoles, callTakingRoles, defineRoute } from '../../platform/http/route-definition';

const inPractice = `Only in a practice sandbox: a trainee, or a console in practice mode (header \`${PRACTICE_HEADER}: on\`); otherwise 403.`;

export const practiceRoutes = (practice: PracticeService) => [
  defineRoute({
    method: 'GET',
    url: '/api/practice/scenarios',
    summary: 'The practice scenarios (titles and briefs, never the answers).',
    tags: ['practice'],
    access: allRoles,
    responses: { 200: ScenarioList },
    handler: async () => ({ status: 200, body: { items: practice.scenarios() } }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/practice/runs',
    summary: `Starts a scenario: seeds your practice sandbox (the caller, their appointment, full consulates). ${inPractice}`,
    tags: ['practice'],
    access: callTakingRoles,
    body: StartRunBody,
    responses: { 201: PracticeRun, 403: null, 404: null },
    handler: async ({ actor, body }) => ({
      status: 201,
      body: await practice.startRun(actor, body.scenarioId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/practice/runs/:id/events',
    summary:
      "Tells your run what happened at the console: a question asked (reveals the caller's line), the requirements read out, the read-back shown.",
    tags: ['practice'],
    access: callTakingRoles,
    params: RunParams,
    body: RunEventBody,
    responses: { 200: PracticeRun, 404: null, 409: null },
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: await practice.recordEvent(actor, params.id, body),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/practice/runs/:id/finish',
    summary:
      'Finishes your run and scores it from what your sandbox shows (the call, the appointment, the requirements, the read-back). Once: a second finish is 409.',
    tags: ['practice'],
    access: callTakingRoles,
    params: RunParams,
    responses: { 200: PracticeResult, 404: null, 409: null },
    handler: async ({ actor, params }) => ({ status: 200, body: await practice.finishRun(actor, params.id) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/practice/results',
    summary: "Practice results, newest first: your own; a lead sees everyone's, or one user's with `userId`.",
    tags: ['practice'],
    access: callTakingRoles,
    query: ResultsQuery,
    responses: { 200: PracticeResultList, 403: null },
    handler: async ({ actor, query }) => ({
      status: 200,
      body: { items: await practice.results(actor, query.userId) },
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/practice/reset',
    summary: `Empties your practice sandbox: its holds, appointments, registrations, seat counters and calls. ${inPractice}`,
    tags: ['practice'],
    access: callTakingRoles,
    responses: { 200: ResetResult, 403: null },
    handler: async ({ actor }) => ({ status: 200, body: await practice.reset(actor) }),
  }),
];
