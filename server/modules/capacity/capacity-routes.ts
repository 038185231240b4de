import {
  CloseDayBody,
  ConsulateDayParams,
  ConsulateParams,
  DayClosure,
  DayReopening,
  DaySeatsBody,
  DaySlots,
  MAX_PUBLISH_RANGE_DAYS,
  PublishResult,
  PublishSlotsBody,
  ReopenDayBody,
} from '../../../shared/api/capacity';
import type { CapacityService } from './capacity-service';
import { defineRoute, leadRoles } from '../../platform/http/route-definition';

export const capacityRoutes = (capacity: CapacityService) => [
  defineRoute({
    method: 'PUT',
    url: '/api/consulates/:consulateId/days/:date/seats',
    summary:
      "Sets every slot of a consulate's day to the same number of seats (leads), all or nothing: never below what a slot has held and booked.",
    tags: ['capacity', 'leads'],
    access: leadRoles,
    params: ConsulateDayParams,
    body: DaySeatsBody,
    responses: { 200: DaySlots, 403: null, 404: null, 409: null },
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: { items: await capacity.setDaySeats(actor, params.consulateId, params.date, body.capacity) },
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/consulates/:consulateId/slots/publish',
    summary: `Publishes a consulate's slots for from..to (at most ${MAX_PUBLISH_RANGE_DAYS} days, from today on, within the consulate's booking horizon unless beyondHorizon: true) from its weekly hours, skipping holidays and closed days (leads). Repeating a release publishes nothing new.`,
    tags: ['capacity', 'leads'],
    access: leadRoles,
    params: ConsulateParams,
    body: PublishSlotsBody,
    responses: { 201: PublishResult, 400: null, 403: null, 404: null },
    handler: async ({ actor, params, body }) => ({
      status: 201,
      body: await capacity.publishRange(actor, params.consulateId, body),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/consulates/:consulateId/days/:date/close',
    summary:
      "Closes a consulate's day (leads): it leaves booking at once and its seats vanish from the consoles; booked appointments stay booked and are listed for rebooking.",
    tags: ['capacity', 'leads'],
    access: leadRoles,
    params: ConsulateDayParams,
    body: CloseDayBody,
    responses: { 201: DayClosure, 400: null, 403: null, 404: null, 409: null },
    handler: async ({ actor, params, body }) => ({
      status: 201,
      body: await capacity.closeDay(actor, params.consulateId, params.date, body.reason),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/consulates/:consulateId/days/:date/closure',
    summary:
      'The closure of a consulate day with the appointments still booked on it (leads); 404 when the day is open.',
    tags: ['capacity', 'leads'],
    access: leadRoles,
    params: ConsulateDayParams,
    responses: { 200: DayClosure, 403: null, 404: null },
    handler: async ({ params }) => ({
      status: 200,
      body: await capacity.readClosure(params.consulateId, params.date),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/consulates/:consulateId/days/:date/reopen',
    summary:
      'Opens a closed consulate day again (leads), a closure or a holiday the consulate works: its seats come back on the consoles and its appointments stand again (closure null). 409 day_not_closed when the day is open; 400 for a day that has passed.',
    tags: ['capacity', 'leads'],
    access: leadRoles,
    params: ConsulateDayParams,
    body: ReopenDayBody,
    responses: { 200: DayReopening, 400: null, 403: null, 404: null, 409: null },
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: await capacity.reopenDay(actor, params.consulateId, params.date, body.reason),
    }),
  }),
];
