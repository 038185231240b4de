import { z } from 'zod';
import type { ErrorCode } from '../api/errors';
import { ConsulateId, Id, Instant } from '../api/common';
import { checkSlotRange, slotRangeFields } from '../api/slots';
import { FloorOperator, MyStatus, Reassignment } from '../api/floor/floor';
import { Queue, QueueLoad } from '../api/floor/queues';
import { CallEndedPayload, CallOfferedPayload, OfferWithdrawnPayload } from '../api/routing';

export { CallEndedPayload, CallOfferedPayload, OfferWithdrawnPayload };

/** Event names, `resource:verb`, one place for both ends. */
export const events = {
  slotsSubscribe: 'slots:subscribe',
  slotsUnsubscribe: 'slots:unsubscribe',
  slotsChanged: 'slots:changed',
  /** Leads only: join the floor's room, then receive `floor:changed`. */
  floorSubscribe: 'floor:subscribe',
  floorUnsubscribe: 'floor:unsubscribe',
  floorChanged: 'floor:changed',
  /** To every console of one user: their state, queue and pending reassignment. */
  statusChanged: 'status:changed',
  /** To every console of one user: a lead moved them to another queue. */
  reassignmentReceived: 'reassignment:received',
  /** A console showed the notice: the lead sees it acknowledged. */
  reassignmentAcknowledge: 'reassignment:acknowledge',
  /** To every console of one operator: a routed call rings for them (CONTRACT.md v2). */
  callOffered: 'call:offered',
  /** To every console of one operator: the offer left (timed out, caller hung up, answered elsewhere). */
  callOfferWithdrawn: 'call:offer_withdrawn',
  /** To every console of one operator: their call's line ended without them (caller, or the server's limit). */
  callEnded: 'call:ended',
  /** Leads in the floor's room: the queues' live figures (waiting, longest wait, service level…). */
  queuesChanged: 'queues:changed',
} as const;

/**
 * `afterSeq`: the last number this client applied for the consulate (a reconnect): the events
 * after it, while the server keeps them, are sent to this socket before the acknowledgement.
 */
export const SlotsSubscribePayload = z
  .strictObject({ ...slotRangeFields, afterSeq: z.number().int().nonnegative().optional() })
  .superRefine(checkSlotRange);
export type SlotsSubscribePayload = z.infer<typeof SlotsSubscribePayload>;

export const SlotsUnsubscribePayload = z.strictObject({ consulateId: ConsulateId });
export type SlotsUnsubscribePayload = z.infer<typeof SlotsUnsubscribePayload>;

export const SlotChange = z.object({ slotId: Id, available: z.number().int().nonnegative() });
export type SlotChange = z.infer<typeof SlotChange>;

export const SlotsChangedPayload = z.object({
  consulateId: ConsulateId,
  changes: z.array(SlotChange),
  /** Per-consulate sequence number: a client that sees a gap refetches. */
  seq: z.number().int().positive(),
  /**
   * The first number this event covers when it merges several (`fromSeq`..`seq`); absent: `seq`
   * alone. A client whose last applied number is below `fromSeq - 1` has missed some: it refetches.
   */
  fromSeq: z.number().int().positive().optional(),
});
export type SlotsChangedPayload = z.infer<typeof SlotsChangedPayload>;

/** Absolute rows of the operators whose state, queue or figures changed (batched). */
export const FloorChangedPayload = z.object({ operators: z.array(FloorOperator), at: Instant });
export type FloorChangedPayload = z.infer<typeof FloorChangedPayload>;

export const StatusChangedPayload = MyStatus;
export type StatusChangedPayload = z.infer<typeof StatusChangedPayload>;

export const ReassignmentReceivedPayload = z.object({ reassignment: Reassignment, queue: Queue });
export type ReassignmentReceivedPayload = z.infer<typeof ReassignmentReceivedPayload>;

/** `floor:subscribe` and `floor:unsubscribe` carry nothing (an empty object, or no payload). */
export const FloorSubscribePayload = z.strictObject({}).optional();
export type FloorSubscribePayload = z.infer<typeof FloorSubscribePayload>;

export const ReassignmentAcknowledgePayload = z.strictObject({ reassignmentId: Id });
export type ReassignmentAcknowledgePayload = z.infer<typeof ReassignmentAcknowledgePayload>;

/** The queues whose live figures changed (absolute, batched): leads' floors replace them in the cache. */
export const QueuesChangedPayload = z.object({ queues: z.array(QueueLoad), at: Instant });
export type QueuesChangedPayload = z.infer<typeof QueuesChangedPayload>;

export type Ack<T extends object = Record<never, never>> =
  ({ ok: true } & T) | { error: { code: ErrorCode; message: string } };

export interface ServerToClientEvents {
  'slots:changed': (payload: SlotsChangedPayload) => void;
  'floor:changed': (payload: FloorChangedPayload) => void;
  'status:changed': (payload: StatusChangedPayload) => void;
  'reassignment:received': (payload: ReassignmentReceivedPayload) => void;
  'call:offered': (payload: CallOfferedPayload) => void;
  'call:offer_withdrawn': (payload: OfferWithdrawnPayload) => void;
  'call:ended': (payload: CallEndedPayload) => void;
  'queues:changed': (payload: QueuesChangedPayload) => void;
}

export interface ClientToServerEvents {
  'slots:subscribe': (payload: unknown, ack?: (result: Ack<{ seq: number }>) => void) => void;
  'slots:unsubscribe': (payload: unknown, ack?: (result: Ack) => void) => void;
  'floor:subscribe': (payload: unknown, ack?: (result: Ack) => void) => void;
  'floor:unsubscribe': (payload: unknown, ack?: (result: Ack) => void) => void;
  'reassignment:acknowledge': (
    payload: unknown,
    ack?: (result: Ack<{ reassignment: Reassignment }>) => void,
  ) => void;
}
