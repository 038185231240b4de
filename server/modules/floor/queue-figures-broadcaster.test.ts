import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueLoad } from '../../../shared/api/floor/queues';
import type { QueuesChangedPayload } from '../../../shared/realtime/events';
import { createQueueFiguresBroadcaster, type QueueFiguresBroadcaster } from './queue-figures-broadcaster';

const BATCH_MS = 1000;
const AT = new Date('2026-03-09T15:00:00.000Z');

const load = (id: string, waiting: number): QueueLoad => ({
  id,
  name: { es: id, en: id },
  kind: 'region',
  servesFirst: { consulateIds: [], procedureIds: [] },
  members: 0,
  available: 0,
  onCall: 0,
  wrapUp: 0,
  onBreak: 0,
  offline: 0,
  callsToday: 0,
  callsLastHour: 0,
  waiting,
  longestWaitSeconds: waiting ? 10 : 0,
  answeredToday: 0,
  abandonedToday: 0,
  serviceLevel: null,
  serviceLevelToday: null,
  serviceLevelTarget: 0.8,
  serviceLevelSeconds: 20,
  averageSpeedOfAnswerSeconds: null,
  averageHandleSeconds: null,
  abandonmentRate: null,
  waitingCalls: [],
});

let emitted: QueuesChangedPayload[];
let reads: number;
let watched: boolean;
let waiting: Record<string, number>;
let broadcaster: QueueFiguresBroadcaster;

beforeEach(() => {
  vi.useFakeTimers();
  emitted = [];
  reads = 0;
  watched = true;
  waiting = { 'q-a': 0, 'q-b': 0, 'q-c': 0 };
  broadcaster = createQueueFiguresBroadcaster({
    batchMs: BATCH_MS,
    hasSubscribers: () => watched,
    readQueues: async () => {
      reads += 1;
      return { at: AT, queues: Object.entries(waiting).map(([id, n]) => load(id, n)) };
    },
    emit: (payload) => emitted.push(payload),
    onError: (error) => {
      throw error;
    },
  });
});

afterEach(() => {
  broadcaster.stop();
  vi.useRealTimers();
});

const ids = (payload: QueuesChangedPayload | undefined) => payload?.queues.map((q) => q.id);

describe('the queue figures broadcaster', () => {
  it('gathers a burst of changes into one message with the queues that changed', async () => {
    broadcaster.changed(['q-a']);
    broadcaster.changed(['q-b']);
    broadcaster.changed(['q-a']);
    expect(emitted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(emitted).toHaveLength(1);
    expect(ids(emitted[0])).toEqual(['q-a', 'q-b']);
    expect(emitted[0]!.at).toBe(AT.toISOString());
    expect(reads).toBe(1);
  });

  it('sends every queue when none is named', async () => {
    broadcaster.changed();
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(ids(emitted[0])).toEqual(['q-a', 'q-b', 'q-c']);
  });

  it('keeps sending a queue while calls wait in it, and stops once it drains', async () => {
    waiting['q-b'] = 2;
    broadcaster.changed(['q-a']);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(ids(emitted[0])).toEqual(['q-a']);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(ids(emitted[1])).toEqual(['q-b']);
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    expect(ids(emitted[2])).toEqual(['q-b']);
    waiting['q-b'] = 0;
    await vi.advanceTimersByTimeAsync(BATCH_MS);
    // The round that read it drained sends it once more (waiting 0), then nothing.
    expect(emitted[3]!.queues[0]!.waiting).toBe(0);
    await vi.advanceTimersByTimeAsync(BATCH_MS * 3);
    expect(emitted).toHaveLength(4);
  });

  it('reads nothing while no lead watches', async () => {
    watched = false;
    waiting['q-a'] = 1;
    broadcaster.changed(['q-a']);
    await vi.advanceTimersByTimeAsync(BATCH_MS * 3);
    expect(reads).toBe(0);
    expect(emitted).toHaveLength(0);
  });

  it('sends what is pending at once on flush', async () => {
    broadcaster.changed(['q-c']);
    await broadcaster.flush();
    expect(ids(emitted[0])).toEqual(['q-c']);
  });
});
