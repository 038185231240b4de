import { queryOptions } from '@tanstack/react-query';
import {
  ScheduleList,
  ShiftCoverage,
  WeeklySchedule,
  type PutScheduleBody,
} from '../../../shared/api/shifts';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/** Coverage changes as operators log in and out: read again every half minute while shown. */
const COVERAGE_REFRESH_MS = 30_000;

/** Who is scheduled against who is logged in on a call-center date (a lead only). */
export const shiftCoverageQuery = (api: Api, date: string) =>
  queryOptions({
    queryKey: queryKeys.shifts.coverage(date),
    queryFn: ({ signal }) => api('/api/floor/shifts', { query: { date }, schema: ShiftCoverage, signal }),
    refetchInterval: COVERAGE_REFRESH_MS,
  });

/** Every operator's weekly schedule. */
export const schedulesQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.shifts.schedules(),
    queryFn: ({ signal }) =>
      api('/api/floor/schedules', { schema: ScheduleList, signal }).then((r) => r.items),
  });

/** Replaces one operator's week; the server refuses a shift outside its day's phone hours. */
export const putSchedule = (api: Api, userId: string, body: PutScheduleBody) =>
  api(`/api/floor/schedules/${encodeURIComponent(userId)}`, { method: 'PUT', body, schema: WeeklySchedule });
