import type { OperatorState, PendingState, StateReason } from '../../api/floor/floor';

/** What the server holds about one operator: their state, why, since when, and the call if any. */
export interface OperatorStatus {
  state: OperatorState;
  /** Instant (ISO UTC) the state began; unchanged when only the pending state changes. */
  since: string;
  reason: StateReason;
  /** The call in progress: set exactly when the state is `on_call` or `wrap_up`. */
  callId: string | null;
  /** Asked for during a call, applied when it ends. */
  pendingState: PendingState | null;
}

export type OperatorEvent =
  /** The user's first console connected; `openCallId` is a live call they started and did not end. */
  | { type: 'connected'; at: string; openCallId: string | null }
  /** The user's last console has been gone for the whole grace period. */
  | { type: 'disconnected'; at: string }
  | { type: 'call_started'; at: string; callId: string }
  /** The call ended with its wrap-up code: the wrap-up is done. */
  | { type: 'call_ended'; at: string; callId: string }
  /** The caller hung up a call the operator was on: the wrap-up (after-call work) begins. */
  | { type: 'caller_hung_up'; at: string; callId: string }
  /** A call offered to the operator was not answered in time: they stop taking calls until they say they are ready. */
  | { type: 'offer_missed'; at: string }
  /** The operator's own console: wrap-up opened, ready again, a break. */
  | { type: 'console_set'; at: string; state: 'available' | 'wrap_up' | 'break' }
  /** A shift lead; `connected` says whether the operator has a console open now. */
  | { type: 'lead_set'; at: string; state: 'available' | 'break' | 'offline'; connected: boolean };

export type Transition =
  | { ok: true; status: OperatorStatus; changed: boolean }
  | { ok: false; code: 'state_not_allowed'; message: string };

/** Someone the server never saw connect. */
export const neverConnected = (at: string): OperatorStatus => ({
  state: 'offline',
  since: at,
  reason: 'presence',
  callId: null,
  pendingState: null,
});

/** On a call or writing its wrap-up: state changes wait for the call to end. */
export const isOnCall = (status: Pick<OperatorStatus, 'state'>) =>
  status.state === 'on_call' || status.state === 'wrap_up';

const refuse = (message: string): Transition => ({ ok: false, code: 'state_not_allowed', message });

function to(current: OperatorStatus, next: Omit<OperatorStatus, 'since'>, at: string): Transition {
  const sameState = next.state === current.state && next.callId === current.callId;
  const status: OperatorStatus = { ...next, since: sameState ? current.since : at };
  const changed = !sameState || next.reason !== current.reason || next.pendingState !== current.pendingState;
  return { ok: true, status: changed ? status : current, changed };
}

const unchanged = (current: OperatorStatus): Transition => ({ ok: true, status: current, changed: false });

/** The state a call's end leads to: the one asked for during the call, else ready for the next. */
function afterCall(current: OperatorStatus, at: string): Transition {
  const pending = current.pendingState;
  // Only a lead puts someone offline; a break asked during the call starts because the call ended.
  const reason: StateReason = pending === 'offline' ? 'lead' : 'call';
  return to(current, { state: pending ?? 'available', reason, callId: null, pendingState: null }, at);
}

/**
 * The operator state machine. Pure: the caller stores the result, audits it and tells the
 * consoles. A refusal changes nothing and says why in words an operator understands.
 */
export function applyOperatorEvent(current: OperatorStatus, event: OperatorEvent): Transition {
  const { at } = event;
  switch (event.type) {
    case 'connected':
      // Put offline by a lead: stays offline until the operator says they are ready.
      if (current.state !== 'offline' || current.reason === 'lead') return unchanged(current);
      if (event.openCallId)
        return to(
          current,
          { state: 'on_call', reason: 'call', callId: event.openCallId, pendingState: null },
          at,
        );
      return to(current, { state: 'available', reason: 'presence', callId: null, pendingState: null }, at);

    case 'disconnected':
      if (current.state === 'offline') return unchanged(current);
      // An open call stays open in the call log; the floor shows nobody on the line.
      return to(current, { state: 'offline', reason: 'presence', callId: null, pendingState: null }, at);

    case 'call_started':
      return to(
        current,
        {
          state: 'on_call',
          reason: 'call',
          callId: event.callId,
          pendingState: isOnCall(current) ? current.pendingState : null,
        },
        at,
      );

    case 'call_ended':
      if (!isOnCall(current) || current.callId !== event.callId) return unchanged(current);
      return afterCall(current, at);

    case 'caller_hung_up':
      if (current.state !== 'on_call' || current.callId !== event.callId) return unchanged(current);
      return to(current, { ...current, state: 'wrap_up' }, at);

    case 'offer_missed':
      // Only someone waiting for calls misses one; a break or a call begun meanwhile stays as it is.
      if (current.state !== 'available') return unchanged(current);
      return to(current, { state: 'break', reason: 'missed', callId: null, pendingState: null }, at);

    case 'console_set':
      return consoleSet(current, event.state, at);

    case 'lead_set':
      return leadSet(current, event.state, event.connected, at);
  }
}

function consoleSet(
  current: OperatorStatus,
  state: 'available' | 'wrap_up' | 'break',
  at: string,
): Transition {
  switch (state) {
    case 'wrap_up':
      if (current.state === 'wrap_up') return unchanged(current);
      if (current.state !== 'on_call')
        return refuse('There is no call to wrap up: wrap-up starts from a call in progress.');
      return to(current, { ...current, state: 'wrap_up' }, at);
    case 'available':
      if (isOnCall(current))
        return refuse('Finish the call first: end it with a wrap-up code, then you are available again.');
      return to(current, { state: 'available', reason: 'console', callId: null, pendingState: null }, at);
    case 'break':
      if (isOnCall(current)) return to(current, { ...current, pendingState: 'break' }, at);
      return to(current, { state: 'break', reason: 'console', callId: null, pendingState: null }, at);
  }
}

function leadSet(
  current: OperatorStatus,
  state: 'available' | 'break' | 'offline',
  connected: boolean,
  at: string,
): Transition {
  if (isOnCall(current)) {
    // During a call a lead's decision waits for the call to end; "available" takes back what was asked.
    return to(current, { ...current, pendingState: state === 'available' ? null : state }, at);
  }
  if (state === 'available' && !connected)
    return refuse('This operator has no console open: they become available when they sign in.');
  return to(current, { state, reason: 'lead', callId: null, pendingState: null }, at);
}
