import { queryOptions } from '@tanstack/react-query';
import {
  DayFigures,
  Floor,
  FloorOperator,
  ReassignmentList,
  type ReassignBody,
  type SetOperatorStateBody,
} from '../../../shared/api/floor/floor';
import {
  HourlyQueueFigures,
  QueueLoad,
  QueueLoadList,
  type SetQueueTargetBody,
} from '../../../shared/api/floor/queues';
import { OperatorSignOut } from '../../../shared/api/floor/operator-sign-out';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/**
 * The lead's floor: fetched once, then kept current by `floor:changed`, which replaces only the
 * changed operators' rows (realtime/use-floor-subscription.ts). Refetched on an unrecovered reconnect.
 */
export const floorQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.floor.operators(),
    queryFn: ({ signal }) => api('/api/floor', { schema: Floor, signal }),
    staleTime: Infinity,
  });

/** Each queue with its members, callers waiting and figures; `queues:changed` replaces the queues that changed. */
export const queueLoadQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.floor.queues(),
    queryFn: ({ signal }) => api('/api/floor/queues', { schema: QueueLoadList, signal }).then((r) => r.items),
    staleTime: 5_000,
  });

/** How often the day's figures are refreshed while a lead looks at them. */
export const FIGURES_REFRESH_MS = 45_000;

/** The call center's day in figures (calls and bookings by hour, wrap-up codes, totals). */
export const dayFiguresQuery = (api: Api, date: string) =>
  queryOptions({
    queryKey: queryKeys.floor.figures(date),
    queryFn: ({ signal }) => api('/api/floor/figures', { query: { date }, schema: DayFigures, signal }),
    staleTime: FIGURES_REFRESH_MS,
    refetchInterval: FIGURES_REFRESH_MS,
  });

/** Routed calls answered, abandoned and service level by hour of the call center's day. */
export const hourlyQueueFiguresQuery = (api: Api, date: string) =>
  queryOptions({
    queryKey: queryKeys.floor.figureHours(date),
    queryFn: ({ signal }) =>
      api('/api/floor/figures/hours', { query: { date }, schema: HourlyQueueFigures, signal }),
    staleTime: FIGURES_REFRESH_MS,
    refetchInterval: FIGURES_REFRESH_MS,
  });

/** A lead sets a queue's service level target (a share, 0..1) and optionally its seconds. */
export const setQueueTarget = (api: Api, queueId: string, body: SetQueueTargetBody) =>
  api(`/api/floor/queues/${encodeURIComponent(queueId)}/target`, { method: 'PUT', body, schema: QueueLoad });

/** Moves operators to a queue, now or after the call each is on. */
export const reassignOperators = (api: Api, body: ReassignBody) =>
  api('/api/floor/reassignments', { method: 'POST', body, schema: ReassignmentList }).then((r) => r.items);

/** A lead puts one operator on break, offline, or back to available. */
export const setOperatorState = (api: Api, userId: string, body: SetOperatorStateBody) =>
  api(`/api/floor/operators/${encodeURIComponent(userId)}/state`, {
    method: 'POST',
    body,
    schema: FloorOperator,
  });

/** A lead signs an operator out everywhere: every session of theirs ends, their consoles go back to sign-in. */
export const signOutOperator = (api: Api, userId: string) =>
  api(`/api/floor/operators/${encodeURIComponent(userId)}/sign-out`, {
    method: 'POST',
    schema: OperatorSignOut,
  });
