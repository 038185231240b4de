/**
 * Several instances behind one proxy: real servers in this process on one PostgreSQL schema, their
 * socket.io joined through the real Redis (REDIS_URL). What one instance does must reach the
 * consoles on another: the lead's floor, a reassignment, a sign-out; and presence must count the
 * consoles on every instance — including after an instance went away holding some.
 * PostgreSQL only: two instances on one SQLite file is not a supported deployment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import { QueueLoadList } from '../../shared/api/floor/queues';
import { login, type Session } from '../support/api-client';
import { FloorSocket, floorRowOf, getMyStatus } from '../support/floor-client';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { needs } from '../support/services/needs';
import { startClusterInstance } from '../support/cluster-instance';
import { testDialect } from '../support/test-dialect';
import { sleep, waitFor } from '../support/socket-client';

const GRACE_MS = 1500;
const onPostgres = testDialect() === 'postgres';
// This deployment's channels: other test files' instances on the same Redis are another deployment.
const REDIS_KEY = `test-cluster-${process.pid}-${Date.now()}`;

let database: ScratchDatabase;
const running: RunningServer[] = [];
const sockets: FloorSocket[] = [];
let a: RunningServer;
let b: RunningServer;
let lead: Session;
let leadOnA: FloorSocket;

function instance(name: string, env: Record<string, string> = {}) {
  return startClusterInstance(database.url, REDIS_KEY, name, {
    PRESENCE_GRACE_MS: String(GRACE_MS),
    FLOOR_EVENT_BATCH_MS: '30',
    ...env,
  }).then((server) => {
    running.push(server);
    return server;
  });
}

async function console_(server: RunningServer, session: Session) {
  const socket = await FloorSocket.connect(server.url, session.token);
  sockets.push(socket);
  return socket;
}

// The file runs in integration-pg only (vitest.config.ts): two instances on one SQLite file is no deployment.
if (!onPostgres)
  throw new Error('instances-cluster.test.ts needs TEST_DATABASE=postgres (the integration-pg project)');

needs('redis').describe('two instances on one PostgreSQL, socket.io through Redis', () => {
  beforeAll(async () => {
    database = scratchDatabase('postgres');
    // One after the other: the first migrates and seeds, the second finds it done.
    a = await instance('instance-a');
    b = await instance('instance-b');
    lead = await login(a.url, 'lead1');
    leadOnA = await console_(a, lead);
    expect(await leadOnA.subscribeFloor()).toEqual({ ok: true });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    for (const server of running.splice(0)) await server.close().catch(() => {});
    await database?.drop();
  });

  it('a lead on A sees floor:changed for an operator whose console connects to B', async () => {
    const operator = await login(b.url, 'operator1');
    const onB = await console_(b, operator);
    await onB.waitForStatus((s) => s.state === 'available', 'available');
    const row = await leadOnA.waitForRow(
      operator.user.id,
      (r) => r.state === 'available' && r.consoles === 1,
      'available on one console',
    );
    expect(row.reason).toBe('presence');
    // The floor read through A counts the console on B too.
    expect(await floorRowOf(lead.api, operator.user.id)).toMatchObject({ state: 'available', consoles: 1 });
  });

  it('a reassignment made through A reaches the operator console on B, whose acknowledgement the lead on A sees', async () => {
    const operator = await login(b.url, 'operator2');
    const onB = await console_(b, operator);
    await onB.waitForStatus((s) => s.state === 'available', 'available');
    const queues = QueueLoadList.parse((await lead.api.get('/api/floor/queues')).body).items;
    const current = (await getMyStatus(operator.api)).queue?.id ?? null;
    const target = queues.find((q) => q.id !== current);
    if (!target) throw new Error('no other queue');

    const response = await lead.api.post('/api/floor/reassignments', {
      userIds: [operator.user.id],
      queueId: target.id,
      when: 'now',
    });
    expect(response.status).toBe(200);
    const notice = await onB.waitForReassignment((r) => r.queue.id === target.id, `to ${target.id}`);
    expect(notice.reassignment).toMatchObject({ userId: operator.user.id, status: 'applied' });
    expect(await onB.acknowledge(notice.reassignment.id)).toMatchObject({ ok: true });
    await leadOnA.waitForRow(
      operator.user.id,
      (r) => r.reassignment?.status === 'acknowledged',
      'acknowledged',
    );
  });

  it('signing out through A closes that session console on B, and only that one', async () => {
    const operator = await login(a.url, 'operator3');
    const other = await login(b.url, 'operator3');
    const onB = await console_(b, operator);
    const otherOnB = await console_(b, other);
    const closed = new Promise<string>((resolve) => onB.socket.once('disconnect', resolve));
    expect((await operator.api.post('/api/auth/logout')).status).toBeLessThan(300);
    expect(await closed).toBe('io server disconnect');
    await sleep(200);
    expect(otherOnB.socket.connected).toBe(true);
  });

  it('an operator whose console on A goes stays online while their console on B remains', async () => {
    const operator = await login(a.url, 'operator4');
    const onA = await console_(a, operator);
    const onB = await console_(b, operator);
    await onB.waitForStatus((s) => s.consoles === 2, 'two consoles');
    onA.close();
    await leadOnA.waitForRow(operator.user.id, (r) => r.consoles === 1, 'one console left');
    await sleep(GRACE_MS * 2);
    expect(await floorRowOf(lead.api, operator.user.id)).toMatchObject({ state: 'available', consoles: 1 });
    expect(onB.lastStatus()).toMatchObject({ state: 'available' });
  });

  it('the operators of an instance that went away go offline after the grace period, unless their console reconnected elsewhere', async () => {
    const c = await instance('instance-c');
    const stays = await login(c.url, 'operator5');
    const leaves = await login(c.url, 'operator6');
    const staysOnC = await console_(c, stays);
    await console_(c, leaves);
    await leadOnA.waitForRow(leaves.user.id, (r) => r.state === 'available', 'available');
    await leadOnA.waitForRow(stays.user.id, (r) => r.state === 'available', 'available');
    // C stops without anyone telling the floor its consoles went (as after a SIGKILL: the database
    // still holds both operators online); one of them reconnects to B.
    await c.close();
    running.splice(running.indexOf(c), 1);
    expect(staysOnC.socket.connected).toBe(false);
    await console_(b, stays);
    expect(await floorRowOf(lead.api, leaves.user.id)).toMatchObject({ state: 'available', consoles: 0 });
    const gone = await leadOnA.waitForRow(
      leaves.user.id,
      (r) => r.state === 'offline',
      'offline',
      GRACE_MS * 4,
    );
    expect(gone.reason).toBe('presence');
    await sleep(GRACE_MS);
    expect(await floorRowOf(lead.api, stays.user.id)).toMatchObject({ state: 'available', consoles: 1 });
    await waitFor(
      async () => (await floorRowOf(lead.api, leaves.user.id)).state === 'offline',
      1000,
      'offline on the floor',
    );
  });
});

describe('instances starting at once on an empty PostgreSQL schema', () => {
  it('both start: one applies the migrations under PostgreSQL advisory lock, the other waits and finds them applied', async () => {
    const empty = scratchDatabase('postgres');
    const started: RunningServer[] = [];
    try {
      const start = (name: string) =>
        startServer(
          loadConfig({ PORT: '0', DATABASE_URL: empty.url, LOG_LEVEL: 'warn', INSTANCE_ID: name }),
          { log: () => {} },
        ).then((server) => {
          started.push(server);
          return server;
        });
      const results = await Promise.allSettled([start('first'), start('second'), start('third')]);
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual([
        'started',
        'started',
        'started',
      ]);
      for (const server of started) expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
    } finally {
      for (const server of started) await server.close().catch(() => {});
      await empty.drop();
    }
  });
});
