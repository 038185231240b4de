import { describe, expect, it } from 'vitest';
import {
  applyOperatorEvent,
  isOnCall,
  neverConnected,
  type OperatorEvent,
  type OperatorStatus,
  type Transition,
} from './operator-state';

const T0 = '2026-03-09T15:00:00.000Z';
const T1 = '2026-03-09T15:05:00.000Z';

const status = (partial: Partial<OperatorStatus>): OperatorStatus => ({
  state: 'available',
  since: T0,
  reason: 'presence',
  callId: null,
  pendingState: null,
  ...partial,
});
const offline = (reason: OperatorStatus['reason'] = 'presence') => status({ state: 'offline', reason });
const available = status({ state: 'available', reason: 'console' });
const onCall = (pendingState: OperatorStatus['pendingState'] = null) =>
  status({ state: 'on_call', reason: 'call', callId: 'cal_1', pendingState });
const wrapUp = (pendingState: OperatorStatus['pendingState'] = null) =>
  status({ state: 'wrap_up', reason: 'call', callId: 'cal_1', pendingState });
const onBreak = status({ state: 'break', reason: 'console' });

function next(current: OperatorStatus, event: OperatorEvent): OperatorStatus {
  const result = applyOperatorEvent(current, event);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.status;
}

function refusal(result: Transition) {
  expect(result.ok).toBe(false);
  return result.ok ? null : result;
}

const connected = (openCallId: string | null = null): OperatorEvent => ({
  type: 'connected',
  at: T1,
  openCallId,
});
const disconnected: OperatorEvent = { type: 'disconnected', at: T1 };
const callStarted = (callId = 'cal_1'): OperatorEvent => ({ type: 'call_started', at: T1, callId });
const callEnded = (callId = 'cal_1'): OperatorEvent => ({ type: 'call_ended', at: T1, callId });
const consoleSet = (state: 'available' | 'wrap_up' | 'break'): OperatorEvent => ({
  type: 'console_set',
  at: T1,
  state,
});
const leadSet = (state: 'available' | 'break' | 'offline', isConnected = true): OperatorEvent => ({
  type: 'lead_set',
  at: T1,
  state,
  connected: isConnected,
});

describe('a console connecting', () => {
  it('makes an offline operator available, from now', () => {
    expect(next(neverConnected(T0), connected())).toEqual({
      state: 'available',
      since: T1,
      reason: 'presence',
      callId: null,
      pendingState: null,
    });
  });

  it('puts them back on the call they left open', () => {
    expect(next(offline(), connected('cal_7'))).toEqual({
      state: 'on_call',
      since: T1,
      reason: 'call',
      callId: 'cal_7',
      pendingState: null,
    });
  });

  it('leaves someone a lead put offline offline, until they set themselves available', () => {
    const result = applyOperatorEvent(offline('lead'), connected());
    expect(result).toEqual({ ok: true, status: offline('lead'), changed: false });
    expect(next(offline('lead'), consoleSet('available'))).toMatchObject({
      state: 'available',
      reason: 'console',
      since: T1,
    });
  });

  it('changes nothing for someone already online (a second console, or a reconnect)', () => {
    for (const current of [available, onCall(), wrapUp('break'), onBreak]) {
      expect(applyOperatorEvent(current, connected('cal_other'))).toEqual({
        ok: true,
        status: current,
        changed: false,
      });
    }
  });
});

describe('the last console going away (after the grace period)', () => {
  it('puts any online operator offline for presence, forgetting the call and what was pending', () => {
    for (const current of [available, onCall('break'), wrapUp('offline'), onBreak]) {
      expect(next(current, disconnected)).toEqual({
        state: 'offline',
        since: T1,
        reason: 'presence',
        callId: null,
        pendingState: null,
      });
    }
  });

  it('keeps an offline operator as they were, reason included', () => {
    expect(applyOperatorEvent(offline('lead'), disconnected)).toMatchObject({
      ok: true,
      changed: false,
      status: offline('lead'),
    });
  });
});

describe('calls', () => {
  it('a call starting puts the operator on it, whatever they were doing', () => {
    for (const current of [available, onBreak, offline()]) {
      expect(next(current, callStarted('cal_9'))).toEqual({
        state: 'on_call',
        since: T1,
        reason: 'call',
        callId: 'cal_9',
        pendingState: null,
      });
    }
  });

  it('a second call while on one follows the newer call and keeps what was pending', () => {
    expect(next(onCall('break'), callStarted('cal_2'))).toMatchObject({
      state: 'on_call',
      callId: 'cal_2',
      pendingState: 'break',
      since: T1,
    });
  });

  it('the console opening its wrap-up moves the call to wrap-up, keeping the call and since-time changes', () => {
    expect(next(onCall(), consoleSet('wrap_up'))).toEqual({
      state: 'wrap_up',
      since: T1,
      reason: 'call',
      callId: 'cal_1',
      pendingState: null,
    });
    expect(applyOperatorEvent(wrapUp(), consoleSet('wrap_up'))).toMatchObject({ ok: true, changed: false });
  });

  it('refuses a wrap-up without a call', () => {
    for (const current of [available, onBreak, offline()]) {
      expect(refusal(applyOperatorEvent(current, consoleSet('wrap_up')))).toMatchObject({
        code: 'state_not_allowed',
        message: expect.stringContaining('no call'),
      });
    }
  });

  it('the call ending makes the operator available again, from its end', () => {
    expect(next(onCall(), callEnded())).toEqual({
      state: 'available',
      since: T1,
      reason: 'call',
      callId: null,
      pendingState: null,
    });
    expect(next(wrapUp(), callEnded())).toEqual({
      state: 'available',
      since: T1,
      reason: 'call',
      callId: null,
      pendingState: null,
    });
  });

  it('the call ending starts the break or the offline asked for during it', () => {
    expect(next(wrapUp('break'), callEnded())).toEqual({
      state: 'break',
      since: T1,
      reason: 'call',
      callId: null,
      pendingState: null,
    });
    expect(next(onCall('offline'), callEnded())).toEqual({
      state: 'offline',
      since: T1,
      reason: 'lead',
      callId: null,
      pendingState: null,
    });
  });

  it('the end of another call than the current one changes nothing', () => {
    expect(applyOperatorEvent(onCall(), callEnded('cal_old'))).toMatchObject({
      ok: true,
      changed: false,
      status: onCall(),
    });
    expect(applyOperatorEvent(available, callEnded())).toMatchObject({
      ok: true,
      changed: false,
      status: available,
    });
  });
});

describe("the operator's own console", () => {
  it('sets available from a break or from offline', () => {
    expect(next(onBreak, consoleSet('available'))).toEqual({
      state: 'available',
      since: T1,
      reason: 'console',
      callId: null,
      pendingState: null,
    });
    expect(next(offline(), consoleSet('available'))).toMatchObject({ state: 'available', reason: 'console' });
  });

  it('refuses available during a call or its wrap-up, saying to finish the call', () => {
    for (const current of [onCall(), wrapUp()]) {
      expect(refusal(applyOperatorEvent(current, consoleSet('available')))).toMatchObject({
        code: 'state_not_allowed',
        message: expect.stringContaining('Finish the call'),
      });
    }
  });

  it('starts a break at once when not on a call', () => {
    expect(next(available, consoleSet('break'))).toEqual({
      state: 'break',
      since: T1,
      reason: 'console',
      callId: null,
      pendingState: null,
    });
  });

  it('asks for the break after the call when on one: state and since unchanged', () => {
    expect(next(onCall(), consoleSet('break'))).toEqual({ ...onCall(), pendingState: 'break' });
    expect(next(wrapUp(), consoleSet('break'))).toEqual({ ...wrapUp(), pendingState: 'break' });
  });

  it('setting the state one already has changes nothing', () => {
    expect(applyOperatorEvent(onBreak, consoleSet('break'))).toEqual({
      ok: true,
      status: onBreak,
      changed: false,
    });
    expect(applyOperatorEvent(available, consoleSet('available'))).toEqual({
      ok: true,
      status: available,
      changed: false,
    });
  });
});

describe('a shift lead', () => {
  it('puts an operator on break or offline at once when they are not on a call', () => {
    expect(next(available, leadSet('break'))).toEqual({
      state: 'break',
      since: T1,
      reason: 'lead',
      callId: null,
      pendingState: null,
    });
    expect(next(onBreak, leadSet('offline'))).toEqual({
      state: 'offline',
      since: T1,
      reason: 'lead',
      callId: null,
      pendingState: null,
    });
  });

  it('takes over a break the operator started: same since, reason lead', () => {
    expect(next(onBreak, leadSet('break'))).toEqual({ ...onBreak, reason: 'lead' });
  });

  it('during a call, leaves the call alone and asks for the state after it', () => {
    expect(next(onCall(), leadSet('offline'))).toEqual({ ...onCall(), pendingState: 'offline' });
    expect(next(wrapUp('break'), leadSet('offline'))).toEqual({ ...wrapUp(), pendingState: 'offline' });
  });

  it('during a call, "available" takes back what was pending', () => {
    expect(next(onCall('break'), leadSet('available'))).toEqual(onCall());
  });

  it('makes a connected operator available again', () => {
    expect(next(offline('lead'), leadSet('available'))).toEqual({
      state: 'available',
      since: T1,
      reason: 'lead',
      callId: null,
      pendingState: null,
    });
  });

  it('cannot make available an operator without a console open', () => {
    expect(refusal(applyOperatorEvent(offline(), leadSet('available', false)))).toMatchObject({
      code: 'state_not_allowed',
      message: expect.stringContaining('no console'),
    });
    expect(next(offline(), leadSet('offline', false))).toMatchObject({ state: 'offline', reason: 'lead' });
  });
});

describe('invariants', () => {
  const events: OperatorEvent[] = [
    connected(),
    connected('cal_5'),
    disconnected,
    callStarted('cal_1'),
    callStarted('cal_2'),
    callEnded('cal_1'),
    callEnded('cal_2'),
    consoleSet('available'),
    consoleSet('wrap_up'),
    consoleSet('break'),
    leadSet('available'),
    leadSet('available', false),
    leadSet('break'),
    leadSet('offline'),
  ];

  it('after any sequence of events: a call exactly when on a call or in wrap-up, a pending state only then', () => {
    const violations: string[] = [];
    // Every sequence of three events from every starting state.
    for (const start of [
      neverConnected(T0),
      available,
      onCall('break'),
      wrapUp(),
      onBreak,
      offline('lead'),
    ]) {
      for (const a of events)
        for (const b of events)
          for (const c of events) {
            let current = start;
            for (const event of [a, b, c]) {
              const result = applyOperatorEvent(current, event);
              if (!result.ok) continue;
              current = result.status;
              const consistent =
                (current.callId !== null) === isOnCall(current) &&
                (isOnCall(current) || current.pendingState === null);
              if (!consistent) violations.push(JSON.stringify(current));
            }
          }
    }
    expect(violations).toEqual([]);
  });
});

describe('routed calls', () => {
  it('the caller hanging up moves the operator from the call to its wrap-up, keeping the call and what was pending', () => {
    expect(next(onCall('break'), { type: 'caller_hung_up', at: T1, callId: 'cal_1' })).toEqual({
      state: 'wrap_up',
      since: T1,
      reason: 'call',
      callId: 'cal_1',
      pendingState: 'break',
    });
  });

  it('a hang-up of another call, or during the wrap-up, changes nothing', () => {
    expect(applyOperatorEvent(onCall(), { type: 'caller_hung_up', at: T1, callId: 'cal_2' })).toEqual({
      ok: true,
      status: onCall(),
      changed: false,
    });
    expect(applyOperatorEvent(wrapUp(), { type: 'caller_hung_up', at: T1, callId: 'cal_1' }).ok).toBe(true);
    expect(next(wrapUp(), { type: 'caller_hung_up', at: T1, callId: 'cal_1' })).toEqual(wrapUp());
  });

  it('a missed offer puts an available operator on break, reason missed, until they set themselves available', () => {
    const missed = next(available, { type: 'offer_missed', at: T1 });
    expect(missed).toEqual({ state: 'break', since: T1, reason: 'missed', callId: null, pendingState: null });
    expect(next(missed, { type: 'console_set', at: T1, state: 'available' })).toMatchObject({
      state: 'available',
      reason: 'console',
    });
  });

  it('a missed offer leaves someone already on break, on a call or offline as they are', () => {
    for (const current of [onBreak, onCall(), offline()]) {
      expect(applyOperatorEvent(current, { type: 'offer_missed', at: T1 })).toEqual({
        ok: true,
        status: current,
        changed: false,
      });
    }
  });
});
