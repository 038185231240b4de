import { z } from 'zod';
import type { ErrorCode } from '../api/errors';
import { ConsulateId, Id } from '../api/common';
import { SlotRange } from '../api/slots';

/** Event names, `resource:verb`, one place for both ends. */
export const events = {
  slotsSubscribe: 'slots:subscribe',
  slotsUnsubscribe: 'slots:unsubscribe',
  slotsChanged: 'slots:changed',
} as const;

export const SlotsSubscribePayload = SlotRange;
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
});
export type SlotsChangedPayload = z.infer<typeof SlotsChangedPayload>;

export type Ack<T extends object = Record<never, never>> =
  | ({ ok: true } & T)
  | { error: { code: ErrorCode; message: string } };

export interface ServerToClientEvents {
  'slots:changed': (payload: SlotsChangedPayload) => void;
}

export interface ClientToServerEvents {
  'slots:subscribe': (payload: unknown, ack?: (result: Ack<{ seq: number }>) => void) => void;
  'slots:unsubscribe': (payload: unknown, ack?: (result: Ack) => void) => void;
}
