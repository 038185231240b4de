/**
 * A lead moves operators between queues and sees each console acknowledge it: now, after the call
 * in progress, superseded before it applied; against a real server with real socket.io clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Reassignment, ReassignmentList } from '../../shared/api/floor/floor';
import { QueueLoadList, type QueueLoad } from '../../shared/api/floor/queues';
import { expectError, login, postEndCall, startCall, type Session } from '../support/api-client';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { FloorSocket, floorRowOf, getMyStatus } from '../support/floor-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let db: DbInspector;
let lead: Session;
let leadSocket: FloorSocket;
let queues: QueueLoad[];
const open: FloorSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({ PRESENCE_GRACE_MS: '5000', FLOOR_EVENT_BATCH_MS: '30' });
  db = inspectDb(server.databaseUrl);
  lead = await login(server.url, 'lead1');
  leadSocket = await FloorSocket.connect(server.url, lead.token);
  expect(await leadSocket.subscribeFloor()).toEqual({ ok: true });
  queues = QueueLoadList.parse((await lead.api.get('/api/floor/queues')).body).items;
});

afterAll(async () => {
  for (const socket of open) socket.close();
  leadSocket?.close();
  await db?.close();
  await server?.close();
});

async function operatorConsole(username: string) {
  const session = await login(server.url, username);
  const socket = await FloorSocket.connect(server.url, session.token);
  open.push(socket);
  await socket.waitForStatus((s) => s.state === 'available', 'available');
  const queueId = (await getMyStatus(session.api)).queue?.id ?? null;
  return { session, socket, userId: session.user.id, queueId };
}

/** A queue other than these. */
const queueOtherThan = (...ids: (string | null)[]) => {
  const queue = queues.find((q) => !ids.includes(q.id));
  if (!queue) throw new Error('no other queue');
  return queue;
};

const reassign = (userIds: string[], queueId: string, when: 'now' | 'after_call') =>
  lead.api.post('/api/floor/reassignments', { userIds, queueId, when });

describe('moving operators now', () => {
  it('each console gets the notice with the new queue, acknowledges it, and the lead sees it acknowledged', async () => {
    const [a, b] = await Promise.all([operatorConsole('operator1'), operatorConsole('operator2')]);
    const target = queueOtherThan(a.queueId, b.queueId);

    const response = await reassign([a.userId, b.userId], target.id, 'now');
    expect(response.status).toBe(200);
    const items = ReassignmentList.parse(response.body).items;
    expect(items.map((r) => [r.userId, r.toQueueId, r.status, r.when])).toEqual([
      [a.userId, target.id, 'applied', 'now'],
      [b.userId, target.id, 'applied', 'now'],
    ]);
    expect(items[0]).toMatchObject({
      fromQueueId: a.queueId,
      requestedBy: lead.user.id,
      acknowledgedAt: null,
    });

    for (const [operator, reassignment] of [
      [a, items[0]],
      [b, items[1]],
    ] as const) {
      const notice = await operator.socket.waitForReassignment(
        (p) => p.reassignment.id === reassignment?.id,
        'for the move',
      );
      expect(notice.queue).toMatchObject({ id: target.id, name: target.name });
      expect(notice.reassignment.status).toBe('applied');
      await operator.socket.waitForStatus(
        (s) => s.queue?.id === target.id && s.reassignment?.id === reassignment?.id,
        'the new queue, move shown',
      );

      const ack = await operator.socket.acknowledge(notice.reassignment.id);
      expect(ack).toEqual({
        ok: true,
        reassignment: expect.objectContaining({ id: notice.reassignment.id, status: 'acknowledged' }),
      });
      if ('ok' in ack) expect(Reassignment.parse(ack.reassignment).acknowledgedAt).not.toBeNull();
      await operator.socket.waitForStatus(
        (s) => s.reassignment === null && s.queue?.id === target.id,
        'nothing left to acknowledge',
      );
      const row = await leadSocket.waitForRow(
        operator.userId,
        (r) => r.reassignment?.status === 'acknowledged',
        'acknowledged',
      );
      expect(row).toMatchObject({
        queueId: target.id,
        reassignment: { id: notice.reassignment.id, toQueueId: target.id },
      });
    }

    expect((await db.auditOf('reassignment', items[0]?.id ?? '')).map((e) => [e.action, e.actorId])).toEqual([
      ['floor.reassigned', lead.user.id],
      ['floor.reassignment_applied', lead.user.id],
      ['floor.reassignment_acknowledged', a.userId],
    ]);
  });

  it('a second acknowledgement (the other console) answers the same and writes nothing', async () => {
    const a = await operatorConsole('operator3');
    const second = await FloorSocket.connect(server.url, a.session.token);
    open.push(second);
    const target = queueOtherThan(a.queueId);
    const [item] = ReassignmentList.parse((await reassign([a.userId], target.id, 'now')).body).items;
    await Promise.all([
      a.socket.waitForReassignment((p) => p.reassignment.id === item?.id, 'on console 1'),
      second.waitForReassignment((p) => p.reassignment.id === item?.id, 'on console 2'),
    ]);
    const first = await a.socket.acknowledge(item?.id);
    const again = await second.acknowledge(item?.id);
    expect(again).toEqual(first);
    expect(
      (await db.auditOf('reassignment', item?.id ?? '')).filter(
        (e) => e.action === 'floor.reassignment_acknowledged',
      ),
    ).toHaveLength(1);
  });
});

describe('moving an operator after their call', () => {
  it('waits while they are on the call, then applies when it ends and is acknowledged', async () => {
    const a = await operatorConsole('operator4');
    const target = queueOtherThan(a.queueId);
    const call = await startCall(a.session.api);

    const [pending] = ReassignmentList.parse(
      (await reassign([a.userId], target.id, 'after_call')).body,
    ).items;
    expect(pending).toMatchObject({ status: 'pending', appliedAt: null, when: 'after_call' });
    const notice = await a.socket.waitForReassignment((p) => p.reassignment.id === pending?.id, 'pending');
    expect(notice.reassignment.status).toBe('pending');
    expect(await getMyStatus(a.session.api)).toMatchObject({
      queue: { id: a.queueId },
      reassignment: { id: pending?.id, status: 'pending' },
    });
    expect(await floorRowOf(lead.api, a.userId)).toMatchObject({
      queueId: a.queueId,
      reassignment: { status: 'pending' },
    });
    // Not applied yet: nothing to acknowledge.
    expect(await a.socket.acknowledge(pending?.id)).toMatchObject({ error: { code: 'state_not_allowed' } });

    await postEndCall(a.session.api, call.id, { wrapUpCode: 'information' });
    const applied = await a.socket.waitForReassignment(
      (p) => p.reassignment.id === pending?.id && p.reassignment.status === 'applied',
      'applied',
    );
    expect(applied.queue.id).toBe(target.id);
    await leadSocket.waitForRow(
      a.userId,
      (r) => r.queueId === target.id && r.reassignment?.status === 'applied',
      'applied',
    );
    expect(await a.socket.acknowledge(pending?.id)).toMatchObject({
      ok: true,
      reassignment: { status: 'acknowledged' },
    });
    await leadSocket.waitForRow(a.userId, (r) => r.reassignment?.status === 'acknowledged', 'acknowledged');
    expect((await db.auditOf('reassignment', pending?.id ?? '')).map((e) => e.action)).toEqual([
      'floor.reassigned',
      'floor.reassignment_applied',
      'floor.reassignment_acknowledged',
    ]);
  });

  it('applies at once to an operator off the phone', async () => {
    const a = await operatorConsole('operator5');
    const target = queueOtherThan(a.queueId);
    const [item] = ReassignmentList.parse((await reassign([a.userId], target.id, 'after_call')).body).items;
    expect(item).toMatchObject({ status: 'applied', when: 'after_call' });
    expect((await getMyStatus(a.session.api)).queue?.id).toBe(target.id);
  });

  it('a newer move supersedes one still waiting; the call ending applies only the newer one', async () => {
    const a = await operatorConsole('operator6');
    const [first, second] = queues.filter((q) => q.id !== a.queueId);
    const call = await startCall(a.session.api);
    const [older] = ReassignmentList.parse(
      (await reassign([a.userId], first?.id ?? '', 'after_call')).body,
    ).items;
    const [newer] = ReassignmentList.parse(
      (await reassign([a.userId], second?.id ?? '', 'after_call')).body,
    ).items;
    expect(await getMyStatus(a.session.api)).toMatchObject({
      reassignment: { id: newer?.id, status: 'pending' },
    });
    expect(await a.socket.acknowledge(older?.id)).toMatchObject({ error: { code: 'state_not_allowed' } });

    await postEndCall(a.session.api, call.id, { wrapUpCode: 'information' });
    await a.socket.waitForStatus((s) => s.queue?.id === second?.id, 'the newer queue');
    expect((await db.auditOf('reassignment', older?.id ?? '')).map((e) => e.action)).toEqual([
      'floor.reassigned',
    ]);
    expect((await db.auditOf('reassignment', newer?.id ?? ''))[0]?.details).toMatchObject({
      superseded: [older?.id],
    });
  });
});

describe('refusals', () => {
  it('an unknown queue or operator is 404; someone who is not an operator is 400; nothing is written', async () => {
    const a = await operatorConsole('operator7');
    const before = await db.count('audit_log');
    expectError(await reassign([a.userId], 'q-nowhere', 'now'), 404, 'not_found');
    expectError(await reassign([a.userId, 'usr_nobody'], queues[0]?.id ?? '', 'now'), 404, 'not_found');
    const notOperator = expectError(
      await reassign([a.userId, lead.user.id], queues[0]?.id ?? '', 'now'),
      400,
      'invalid_request',
    );
    expect(notOperator.error.message).toMatch(/not an operator/);
    expectError(await reassign([], queues[0]?.id ?? '', 'now'), 400, 'invalid_request');
    expectError(await reassign([a.userId], queues[0]?.id ?? '', 'tomorrow' as 'now'), 400, 'invalid_request');
    expect(await db.count('audit_log')).toBe(before);
    expect((await getMyStatus(a.session.api)).queue?.id).toBe(a.queueId);
  });

  it("only the reassigned operator's console may acknowledge; a bad payload is refused", async () => {
    const [a, b] = await Promise.all([operatorConsole('operator8'), operatorConsole('operator9')]);
    const [item] = ReassignmentList.parse(
      (await reassign([a.userId], queueOtherThan(a.queueId).id, 'now')).body,
    ).items;
    expect(await b.socket.acknowledge(item?.id)).toMatchObject({ error: { code: 'not_found' } });
    expect(await leadSocket.acknowledge(item?.id)).toMatchObject({ error: { code: 'not_found' } });
    expect(await a.socket.acknowledge('')).toMatchObject({ error: { code: 'invalid_request' } });
    expect(await a.socket.acknowledge(item?.id)).toMatchObject({ ok: true });
  });
});

describe('queue loads', () => {
  it('count each queue’s operators by state and the calls its members took', async () => {
    const a = await operatorConsole('operator10');
    const target = queueOtherThan(a.queueId);
    await reassign([a.userId], target.id, 'now');
    const call = await startCall(a.session.api);
    const load = QueueLoadList.parse((await lead.api.get('/api/floor/queues')).body).items.find(
      (q) => q.id === target.id,
    );
    expect(load).toBeDefined();
    expect(load?.onCall).toBeGreaterThanOrEqual(1);
    expect(load?.callsToday).toBeGreaterThanOrEqual(1);
    expect(load?.callsLastHour).toBeGreaterThanOrEqual(1);
    const sum = (q: QueueLoad) => q.available + q.onCall + q.wrapUp + q.onBreak + q.offline;
    expect(load && sum(load)).toBe(load?.members);
    await postEndCall(a.session.api, call.id, { wrapUpCode: 'information' });
  });
});
