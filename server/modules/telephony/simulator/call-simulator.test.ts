import { describe, expect, it } from 'vitest';
import type { ArrivalSource, DueCaller } from './arrival-sources';
import { seededRandom } from '../../../../shared/domain/traffic/seeded-random';
import { createCallSimulator, type SimulatorLine } from './call-simulator';
import { toAvailableQueue } from './simulator-runtime';

/** Callers handed in by the test, on a clock the test moves. */
function scripted(factor = 1) {
  const queue: DueCaller[] = [];
  const source: ArrivalSource = { factor, due: () => queue.splice(0) };
  return { source, ring: (caller: DueCaller) => queue.push(caller) };
}

const caller = (id: string, patienceSeconds: number, handleSeconds: number): DueCaller => ({
  providerCallId: id,
  from: '+12135550100',
  knownCaller: false,
  language: 'es',
  ivrChoice: '1',
  patienceSeconds,
  handleSeconds,
});

/** The routing's side of the line as the simulator sees it: what was placed and hung up, in order. */
function recordingLine() {
  const log: string[] = [];
  const line: SimulatorLine = {
    async place(c) {
      log.push(`place ${c.providerCallId}`);
      return { id: `call-${c.providerCallId}` };
    },
    async hangUp(call) {
      log.push(`hangup ${call.id}`);
    },
  };
  return { line, log };
}

function setup(factor = 1) {
  let now = Date.parse('2027-01-01T04:00:00.000Z');
  const { source, ring } = scripted(factor);
  const { line, log } = recordingLine();
  const errors: unknown[] = [];
  const simulator = createCallSimulator({
    clock: () => new Date(now),
    source,
    line,
    tickMs: 1000,
    onError: (error) => errors.push(error),
  });
  const carrierCall = (id: string) => ({
    id: `call-${id}`,
    provider: 'simulator',
    providerCallId: id,
    from: '+12135550100',
    direction: 'inbound' as const,
  });
  return {
    simulator,
    ring,
    log,
    errors,
    carrierCall,
    advance: (ms: number) => {
      now += ms;
      return simulator.tick();
    },
  };
}

const operator = { userId: 'u1', username: 'operator1' };

describe('the call simulator', () => {
  it('hangs up a caller nobody answers when their patience runs out, not before', async () => {
    const s = setup();
    s.ring(caller('a', 30, 300));
    await s.simulator.tick();
    expect(s.log).toEqual(['place a']);
    await s.advance(29_999);
    expect(s.log).toEqual(['place a']);
    await s.advance(1);
    expect(s.log).toEqual(['place a', 'hangup call-a']);
    expect(s.simulator.counts()).toMatchObject({ placed: 1, abandoned: 1 });
    expect(s.simulator.onLine()).toBe(0);
  });

  it('talks for its handle time once an operator answers, then hangs up', async () => {
    const s = setup();
    s.ring(caller('b', 30, 300));
    await s.simulator.tick();
    await s.advance(20_000);
    await s.simulator.carrier.connect(s.carrierCall('b'), operator);
    // Patience no longer counts once answered.
    await s.advance(60_000);
    expect(s.log).toEqual(['place b']);
    await s.advance(239_999);
    expect(s.log).toEqual(['place b']);
    await s.advance(1);
    expect(s.log).toEqual(['place b', 'hangup call-b']);
    expect(s.simulator.counts()).toMatchObject({ answered: 1, talkedOut: 1, abandoned: 0 });
  });

  it('does not hang up a call the operator ended first', async () => {
    const s = setup();
    s.ring(caller('c', 30, 300));
    await s.simulator.tick();
    await s.simulator.carrier.connect(s.carrierCall('c'), operator);
    await s.advance(10_000);
    await s.simulator.carrier.hangUp(s.carrierCall('c'));
    await s.advance(600_000);
    expect(s.log).toEqual(['place c']);
    expect(s.simulator.counts()).toMatchObject({ answered: 1, endedByOperator: 1, talkedOut: 0 });
  });

  it('divides patience and talk by the acceleration factor', async () => {
    const s = setup(60);
    s.ring(caller('d', 120, 600));
    await s.simulator.tick();
    await s.simulator.carrier.connect(s.carrierCall('d'), operator);
    await s.advance(9_999);
    expect(s.log).toEqual(['place d']);
    await s.advance(1);
    expect(s.log).toEqual(['place d', 'hangup call-d']);
  });

  it('ignores calls of other runs and a second connect', async () => {
    const s = setup();
    await s.simulator.carrier.connect(s.carrierCall('unknown'), operator);
    s.ring(caller('e', 30, 60));
    await s.simulator.tick();
    await s.simulator.carrier.connect(s.carrierCall('e'), operator);
    await s.advance(30_000);
    await s.simulator.carrier.connect(s.carrierCall('e'), operator);
    await s.advance(30_000);
    expect(s.log).toEqual(['place e', 'hangup call-e']);
    expect(s.simulator.counts()).toMatchObject({ answered: 1 });
  });

  it('hangs up its callers still on the line when it stops', async () => {
    const s = setup();
    s.ring(caller('f', 30, 60));
    s.ring(caller('g', 30, 60));
    await s.simulator.tick();
    await s.simulator.carrier.connect(s.carrierCall('g'), operator);
    await s.simulator.stop();
    expect(s.log.slice(2).sort()).toEqual(['hangup call-f', 'hangup call-g']);
    expect(s.simulator.onLine()).toBe(0);
  });

  it('says what failed and goes on when the intake refuses a call', async () => {
    const { source, ring } = scripted();
    const errors: unknown[] = [];
    const simulator = createCallSimulator({
      clock: () => new Date(),
      source,
      line: {
        place: async (c) => {
          if (c.providerCallId === 'bad') throw new Error('400 unknown queue');
          return { id: c.providerCallId };
        },
        hangUp: async () => {},
      },
      tickMs: 1000,
      onError: (error) => errors.push(error),
    });
    ring(caller('bad', 30, 60));
    ring(caller('good', 30, 60));
    await simulator.tick();
    expect(errors).toHaveLength(1);
    expect(simulator.counts()).toMatchObject({ placed: 1, failed: 1 });
    expect(simulator.onLine()).toBe(1);
  });
});

describe('a demo caller steered to a queue someone is available in', () => {
  it('rings one of those queues, seeded, and keeps their own IVR choice when there is none', () => {
    const random = seededRandom(3);
    const ivr = caller('h', 30, 60);
    expect(toAvailableQueue(ivr, [], random)).toEqual(ivr);
    const steered = toAvailableQueue(ivr, ['q-b', 'q-a'], random);
    expect(steered).toMatchObject({ providerCallId: 'h', from: ivr.from });
    expect(['q-a', 'q-b']).toContain(steered.queueId);
    expect(steered.ivrChoice).toBeUndefined();
    const again = toAvailableQueue(ivr, ['q-a', 'q-b'], seededRandom(3));
    expect(again.queueId).toBe(steered.queueId);
  });

  it('dials with the queue the steering gave', async () => {
    const { source, ring } = scripted();
    const placed: DueCaller[] = [];
    const simulator = createCallSimulator({
      clock: () => new Date(),
      source,
      line: {
        place: async (c) => {
          placed.push(c);
          return { id: c.providerCallId };
        },
        hangUp: async () => {},
      },
      tickMs: 1000,
      onError: () => {},
      steer: async (c) => toAvailableQueue(c, ['q-open'], seededRandom(1)),
    });
    ring(caller('i', 30, 60));
    await simulator.tick();
    expect(placed).toMatchObject([{ providerCallId: 'i', queueId: 'q-open' }]);
  });
});
