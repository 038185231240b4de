import type { Applicant } from '../../../shared/api/applicants';
import type { CallOfferedPayload, RoutedCall } from '../../../shared/api/routing';
import type { CarrierCall } from './carrier';
import type { OfferRow } from './offer-repository';
import type { RoutedCallRow } from './routed-call-repository';

export function presentRoutedCall(row: RoutedCallRow): RoutedCall {
  return {
    id: row.id,
    status: row.status,
    direction: row.direction,
    queueId: row.queue_id,
    from: row.from_number,
    language: row.language,
    arrivedAt: row.arrived_at,
    answeredAt: row.answered_at,
    endedAt: row.ended_at,
    operatorId: row.operator_id,
  };
}

export function presentOffer(offer: OfferRow, call: RoutedCallRow, matches: Applicant[]): CallOfferedPayload {
  return {
    offerId: offer.id,
    callId: call.id,
    from: call.from_number,
    language: call.language,
    queueId: offer.queue_id,
    direction: call.direction,
    offeredAt: offer.offered_at,
    expiresAt: offer.expires_at,
    matches,
  };
}

export const carrierCallOf = (call: RoutedCallRow): CarrierCall => ({
  id: call.id,
  provider: call.provider,
  providerCallId: call.provider_call_id,
  from: call.from_number,
  direction: call.direction,
});
