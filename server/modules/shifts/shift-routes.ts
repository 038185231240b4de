import { DayQuery, OperatorParams } from '../../../shared/api/floor/floor';
import { PutScheduleBody, ScheduleList, ShiftCoverage, WeeklySchedule } from '../../../shared/api/shifts';
import type { ShiftService } from './shift-service';
import { defineRoute, leadRoles } from '../../platform/http/route-definition';

export const shiftRoutes = (shifts: ShiftService) => [
  defineRoute({
    method: 'GET',
    url: '/api/floor/schedules',
    summary: "Every operator's weekly shifts (leads).",
    tags: ['shifts', 'leads'],
    access: leadRoles,
    responses: { 200: ScheduleList, 403: null },
    handler: async () => ({ status: 200, body: await shifts.listSchedules() }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/floor/schedules/:userId',
    summary:
      "Replaces someone's weekly shifts (leads). Each shift lies within its day's phone hours (Mon–Fri 08:00–21:00, Sat–Sun 09:00–18:00); shifts of one day do not overlap.",
    tags: ['shifts', 'leads'],
    access: leadRoles,
    params: OperatorParams,
    body: PutScheduleBody,
    responses: { 200: WeeklySchedule, 400: null, 403: null, 404: null },
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: await shifts.putSchedule(actor, params.userId, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/floor/shifts',
    summary:
      'Who is scheduled against who is logged in on a call-center date (default today; the "now" figures only for today), with scheduled operators per phone hour (leads). A holiday keeps weekend hours.',
    tags: ['shifts', 'leads'],
    access: leadRoles,
    query: DayQuery,
    responses: { 200: ShiftCoverage, 403: null },
    handler: async ({ query }) => ({ status: 200, body: await shifts.coverage(query.date) }),
  }),
];
