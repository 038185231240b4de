import { z } from 'zod';
import {
  Appointment,
  AppointmentList,
  AppointmentListQuery,
  CancelAppointmentBody,
  ConfirmAppointmentBody,
  IdempotencyKey,
  RescheduleAppointmentBody,
} from '../../../shared/api/booking/appointments';
import { Id } from '../../../shared/api/common';
import { allRoles, defineRoute } from '../../platform/http/route-definition';
import type { BookingEngine } from './booking-engine';

const IdempotencyHeaders = z.object({ 'idempotency-key': IdempotencyKey });
const AppointmentParams = z.object({ id: Id });
const replayed = (r: { replayed: boolean }) => ({ 'idempotent-replayed': String(r.replayed) });

export const appointmentRoutes = (booking: BookingEngine) => [
  defineRoute({
    method: 'POST',
    url: '/api/appointments',
    summary:
      'Confirms a live hold as an appointment. Same Idempotency-Key and body: same answer, nothing booked twice.',
    tags: ['appointments'],
    access: allRoles,
    headers: IdempotencyHeaders,
    body: ConfirmAppointmentBody,
    responses: { 201: Appointment, 404: null, 409: null },
    handler: async ({ actor, body, headers }) => {
      const result = await booking.confirmAppointment(actor, body.holdId, headers['idempotency-key']);
      return { status: result.statusCode, body: result.body, headers: replayed(result) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/appointments',
    summary: "An applicant's appointments, soonest first.",
    tags: ['appointments'],
    access: allRoles,
    query: AppointmentListQuery,
    responses: { 200: AppointmentList, 404: null },
    handler: async ({ actor, query }) => ({
      status: 200,
      body: { items: await booking.listAppointments(actor, query.applicantId) },
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/appointments/:id',
    summary:
      "One appointment, with `closure` when its consulate-local day is closed (the caller must rebook); 404 outside the caller's inventory (live or practice).",
    tags: ['appointments'],
    access: allRoles,
    params: AppointmentParams,
    responses: { 200: Appointment, 404: null },
    handler: async ({ actor, params }) => ({
      status: 200,
      body: await booking.readAppointment(actor, params.id),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/appointments/:id/cancel',
    summary:
      'Cancels an appointment; the seat is free again at once. 409 dependent_appointment when a coming visit depends on it (a registration on its review), unless cancelDependents cancels both.',
    tags: ['appointments'],
    access: allRoles,
    params: AppointmentParams,
    body: CancelAppointmentBody,
    responses: { 200: Appointment, 404: null, 409: null },
    handler: async ({ actor, params, body }) => ({
      status: 200,
      body: await booking.cancelAppointment(actor, params.id, body?.reason ?? null, {
        cancelDependents: body?.cancelDependents === true,
      }),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/appointments/:id/reschedule',
    summary:
      'Moves an appointment to another slot atomically: the new seat is taken and the old one freed, or nothing changes.',
    tags: ['appointments'],
    access: allRoles,
    params: AppointmentParams,
    headers: IdempotencyHeaders,
    body: RescheduleAppointmentBody,
    responses: { 201: Appointment, 404: null, 409: null },
    handler: async ({ actor, params, body, headers }) => {
      const result = await booking.rescheduleAppointment(
        actor,
        params.id,
        body.slotId,
        headers['idempotency-key'],
      );
      return { status: result.statusCode, body: result.body, headers: replayed(result) };
    },
  }),
];
