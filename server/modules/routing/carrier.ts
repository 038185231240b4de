/**
 * The telephony side as the routing sees it: a carrier (Twilio, the built-in call simulator, a SIP
 * PBX…) owns the audio. The routing decides who takes a call; the carrier of that call is told to
 * bridge the caller to the operator when the operator accepts, and to hang up when the operator ends
 * a call whose caller is still on the line. Calls reach the routing through `POST /api/telephony/calls`
 * (or an adapter's webhook that calls the same intake).
 */
export interface CarrierCall {
  /** Our call id (routed_calls.id, the same as the operator's calls.id). */
  id: string;
  /** The carrier's name, as stored in routed_calls.provider (`twilio`, `simulator`, `api`…). */
  provider: string;
  /** The carrier's own id of the call (Twilio's CallSid). */
  providerCallId: string;
  from: string;
  direction: 'inbound' | 'outbound';
}

export interface CarrierOperator {
  userId: string;
  username: string;
}

export interface Carrier {
  /** The provider name whose calls this carrier handles. */
  readonly provider: string;
  /** The operator accepted: connect the caller to the operator's phone or softphone. */
  connect(call: CarrierCall, operator: CarrierOperator): Promise<void>;
  /** The operator ended the call while the caller was still on the line. */
  hangUp(call: CarrierCall): Promise<void>;
}
