/**
 * Sessions end everywhere (CONTRACT.md v2): a sign-out, an expired session and a lead's sign-out of
 * an operator close every socket of that session, and a socket that reconnects — with connection
 * state recovery or not — has its token checked again: `connect_error` `unauthenticated`, and no more
 * `slots:changed` or `floor:changed`. A valid session's brief drop still replays what it missed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { RunningServer } from '../../server/app';
import type { Slot } from '../../shared/api/slots';
import {
  addDays,
  expectError,
  findFreeSlot,
  login,
  setCapacity,
  todayIn,
  type Session,
} from '../support/api-client';
import { startClockedServer, type ClockedServer } from '../support/clocked-server';
import { inspectDb, type DbInspector } from '../support/db-inspector';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { floorRowOf } from '../support/floor-client';
import { needs } from '../support/services/needs';
import { startClusterInstance } from '../support/cluster-instance';
import { sleep, waitFor, type ClientSocket } from '../support/socket-client';
import { testDialect } from '../support/test-dialect';
import { startTestServer, type TestServer } from '../support/test-server';

const BATCH_MS = 30;

/**
 * A console's socket that keeps what connection state recovery needs (its session id and the
 * offset of the last broadcast it got) across a dropped transport, and records what it receives.
 * It reconnects only when told (`reconnect`), so a test decides what happens while it is away.
 */
class Console {
  readonly slotChanges: string[] = [];
  readonly floorChanges: number[] = [];
  readonly disconnects: string[] = [];

  private constructor(readonly socket: ClientSocket) {
    socket.on('slots:changed', (p) => this.slotChanges.push(...p.changes.map((c) => c.slotId)));
    socket.on('floor:changed', () => this.floorChanges.push(this.floorChanges.length));
    socket.on('disconnect', (reason) => this.disconnects.push(reason));
  }

  static async open(url: string, token: string): Promise<Console> {
    const socket: ClientSocket = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 10_000,
      autoConnect: false,
      auth: { token },
    });
    const console_ = new Console(socket);
    await console_.reconnect();
    opened.push(console_);
    return console_;
  }

  /** Connects again (offering recovery when it had a session); rejects with the `connect_error`. */
  reconnect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const ok = () => {
        this.socket.off('connect_error', failed);
        resolve();
      };
      const failed = (error: Error) => {
        this.socket.off('connect', ok);
        reject(error);
      };
      this.socket.once('connect', ok);
      this.socket.once('connect_error', failed);
      this.socket.connect();
    });
  }

  /**
   * The transport drops (a network blip): the server keeps the socket's state for recovery once it
   * has seen the drop — `serverSaw` waits for that (else a sign-out could still find the socket).
   */
  async dropTransport(serverSaw: () => Promise<unknown>) {
    this.socket.io.engine.close();
    await waitFor(() => this.socket.disconnected, 5_000, 'the socket to see its transport drop');
    await serverSaw();
  }

  waitForServerDisconnect() {
    return waitFor(
      () => this.disconnects.includes('io server disconnect'),
      5_000,
      'the server to disconnect the socket',
    );
  }

  async subscribeSlots(consulateId: string) {
    const today = todayIn('America/Chicago');
    const ack = (await this.socket
      .timeout(5_000)
      .emitWithAck('slots:subscribe', { consulateId, from: addDays(today, -1), to: addDays(today, 60) })) as {
      ok?: boolean;
    };
    expect(ack).toMatchObject({ ok: true });
  }

  async subscribeFloor() {
    expect(await this.socket.timeout(5_000).emitWithAck('floor:subscribe', {})).toMatchObject({ ok: true });
  }

  close() {
    this.socket.close();
  }
}

const opened: Console[] = [];

/** The server counts `consoles` sockets of this operator (the lead's floor). */
const consolesAre = (lead: Session, userId: string, consoles: number) => () =>
  waitFor(
    async () => (await floorRowOf(lead.api, userId)).consoles === consoles,
    5_000,
    `${consoles} consoles of ${userId} on the floor`,
  );

/** A reconnection that must be refused because the session ended. */
async function expectRefused(console_: Console) {
  const error = await console_.reconnect().then(
    () => null,
    (e: Error) => e,
  );
  expect(error?.message).toBe('unauthenticated');
  expect(console_.socket.connected).toBe(false);
}

afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

describe('one instance', () => {
  let server: TestServer;
  let db: DbInspector;
  let lead: Session;
  let slot: Slot;
  let capacity: number;

  /** A seat change at PHX that every subscribed console hears (as `slots:changed` of `slot`). */
  async function changeSeats() {
    capacity = capacity === slot.capacity ? slot.capacity + 1 : slot.capacity;
    await setCapacity(lead.api, slot.id, capacity);
  }

  /** A change every subscribed console hears, and `witness` (a valid session) proves was sent. */
  async function changeHeardBy(witness: Console) {
    const before = witness.slotChanges.length;
    await changeSeats();
    await waitFor(() => witness.slotChanges.length > before, 5_000, 'the witness to hear the change');
  }

  beforeAll(async () => {
    server = await startTestServer({ SLOT_EVENT_BATCH_MS: String(BATCH_MS), FLOOR_EVENT_BATCH_MS: '30' });
    db = inspectDb(server.databaseUrl);
    lead = await login(server.url, 'lead1');
    slot = await findFreeSlot(lead.api, { consulateId: 'PHX' });
    capacity = slot.capacity;
  });

  afterAll(async () => {
    await db?.close();
    await server?.close();
  });

  it('a valid session that drops briefly recovers its socket and gets the slots:changed it missed', async () => {
    const operator = await login(server.url, 'operator21');
    const witness = await Console.open(server.url, (await login(server.url, 'operator22')).token);
    const console_ = await Console.open(server.url, operator.token);
    await Promise.all([console_.subscribeSlots('PHX'), witness.subscribeSlots('PHX')]);
    await changeHeardBy(witness);
    await waitFor(() => console_.slotChanges.length === 1, 5_000, 'the first change');

    await console_.dropTransport(consolesAre(lead, operator.user.id, 0));
    await changeHeardBy(witness);
    await console_.reconnect();
    expect(console_.socket.recovered).toBe(true);
    await waitFor(() => console_.slotChanges.length === 2, 5_000, 'the missed change, replayed');
  });

  it('logout closes every socket of that session; a recovering one is refused and hears nothing more', async () => {
    const operator = await login(server.url, 'operator23');
    const witness = await Console.open(server.url, (await login(server.url, 'operator24')).token);
    const [first, second, dropped] = [
      await Console.open(server.url, operator.token),
      await Console.open(server.url, operator.token),
      await Console.open(server.url, operator.token),
    ];
    await Promise.all([first, second, dropped, witness].map((c) => c.subscribeSlots('PHX')));
    // The dropped console has had a broadcast: it has an offset to recover from.
    await changeHeardBy(witness);
    await waitFor(() => dropped.slotChanges.length === 1, 5_000, 'the first change');
    await dropped.dropTransport(consolesAre(lead, operator.user.id, 2));

    expect((await operator.api.post('/api/auth/logout')).status).toBe(204);
    await Promise.all([first.waitForServerDisconnect(), second.waitForServerDisconnect()]);

    await changeHeardBy(witness);
    await expectRefused(dropped);
    expect(dropped.socket.recovered).toBe(false);
    await changeHeardBy(witness);
    expect(dropped.slotChanges).toHaveLength(1);
    expect([first, second].map((c) => c.slotChanges.length)).toEqual([1, 1]);
  });

  it("a lead's dropped socket is refused after logout and hears no more floor:changed", async () => {
    const lead2 = await login(server.url, 'lead2');
    const leadConsole = await Console.open(server.url, lead2.token);
    await leadConsole.subscribeFloor();
    const watching = await Console.open(server.url, lead.token);
    await watching.subscribeFloor();
    // An operator's console connecting changes the floor: both leads hear it.
    await Console.open(server.url, (await login(server.url, 'operator25')).token);
    await waitFor(() => leadConsole.floorChanges.length > 0, 5_000, 'a floor:changed');
    // A lead is not on the floor: a moment for the server to read the closed connection.
    await leadConsole.dropTransport(() => sleep(500));
    expect((await lead2.api.post('/api/auth/logout')).status).toBe(204);

    const heard = leadConsole.floorChanges.length;
    const watched = watching.floorChanges.length;
    await Console.open(server.url, (await login(server.url, 'operator26')).token);
    await waitFor(() => watching.floorChanges.length > watched, 5_000, 'the other lead to hear the floor');
    await expectRefused(leadConsole);
    await Console.open(server.url, (await login(server.url, 'operator27')).token);
    await waitFor(() => watching.floorChanges.length > watched + 1, 5_000, 'the floor again');
    expect(leadConsole.floorChanges).toHaveLength(heard);
  });

  it("a lead's sign-out of an operator ends every session of theirs: sockets closed, HTTP 401, audited", async () => {
    const [atDesk, atHome] = [await login(server.url, 'operator28'), await login(server.url, 'operator28')];
    const desk = await Console.open(server.url, atDesk.token);
    const home = await Console.open(server.url, atHome.token);
    const dropped = await Console.open(server.url, atHome.token);
    const witness = await Console.open(server.url, (await login(server.url, 'operator29')).token);
    await Promise.all([dropped, witness].map((c) => c.subscribeSlots('PHX')));
    await changeHeardBy(witness);
    await waitFor(() => dropped.slotChanges.length === 1, 5_000, 'the first change');
    await dropped.dropTransport(consolesAre(lead, atDesk.user.id, 2));

    const response = await lead.api.post(`/api/floor/operators/${atDesk.user.id}/sign-out`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ userId: atDesk.user.id, sessionsEnded: 2 });
    await Promise.all([desk.waitForServerDisconnect(), home.waitForServerDisconnect()]);
    expectError(await atDesk.api.get('/api/auth/me'), 401, 'unauthenticated');
    expectError(await atHome.api.get('/api/me/status'), 401, 'unauthenticated');
    await changeHeardBy(witness);
    await expectRefused(dropped);
    await expectRefused(desk);
    expect(dropped.slotChanges).toHaveLength(1);

    const audit = await db.auditOf('user', atDesk.user.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'auth.user_signed_out',
      actorId: lead.user.id,
      actorRole: 'lead',
      details: { sessionsEnded: 2 },
    });
    // Signed in again, the operator works as before.
    const again = await login(server.url, 'operator28');
    expect((await again.api.get('/api/auth/me')).status).toBe(200);
  });

  it('a sign-out is for leads and admins, of operators and trainees (admins: leads too), live only', async () => {
    const operator = await login(server.url, 'operator30');
    const trainee = await login(server.url, 'trainee1');
    const admin = await login(server.url, 'admin1');
    const lead2 = await login(server.url, 'lead2');
    const signOut = (by: Session, userId: string, headers?: Record<string, string>) =>
      by.api.post(`/api/floor/operators/${userId}/sign-out`, undefined, headers);

    expectError(await signOut(operator, trainee.user.id), 403, 'forbidden');
    expectError(await signOut(trainee, operator.user.id), 403, 'forbidden');
    expectError(await signOut(lead, lead2.user.id), 403, 'forbidden');
    expectError(await signOut(lead, admin.user.id), 403, 'forbidden');
    expectError(await signOut(lead, 'usr_nobody'), 404, 'not_found');
    expectError(await signOut(lead, trainee.user.id, { 'x-practice-mode': 'on' }), 403, 'forbidden');
    // Nothing was ended by the refusals.
    for (const s of [operator, trainee, lead2, admin])
      expect((await s.api.get('/api/auth/me')).status).toBe(200);

    expect((await signOut(lead, trainee.user.id)).body).toEqual({
      userId: trainee.user.id,
      sessionsEnded: 1,
    });
    expectError(await trainee.api.get('/api/auth/me'), 401, 'unauthenticated');
    expect((await signOut(admin, lead2.user.id)).body).toEqual({ userId: lead2.user.id, sessionsEnded: 1 });
    expectError(await lead2.api.get('/api/auth/me'), 401, 'unauthenticated');
    // Already signed out everywhere: nothing to end.
    expect((await signOut(lead, trainee.user.id)).body).toEqual({
      userId: trainee.user.id,
      sessionsEnded: 0,
    });
  });
});

describe('a session that expires', () => {
  let server: ClockedServer;

  beforeAll(async () => {
    server = await startClockedServer({ SESSION_TTL_HOURS: '1' });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('ends its sockets once the server clock passes its expiry; a recovering socket is refused', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'operator31', password: 'demo1234' }),
    });
    const { token, expiresAt, user } = (await response.json()) as {
      token: string;
      expiresAt: string;
      user: { id: string };
    };
    const open = await Console.open(server.url, token);
    const dropped = await Console.open(server.url, token);
    const lead = await login(server.url, 'lead1');
    await dropped.dropTransport(consolesAre(lead, user.id, 1));
    // A minute before the end, the socket stays.
    server.moveTo(Date.parse(expiresAt) - 60_000);
    await expectConnectedAfterASweep(open);

    server.moveTo(Date.parse(expiresAt) + 1);
    await open.waitForServerDisconnect();
    await expectRefused(dropped);
    await expectRefused(open);
  });
});

/** Two sweeps' time (the server looks every half second): a socket it was going to end is ended by then. */
async function expectConnectedAfterASweep(console_: Console) {
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  expect(console_.socket.connected).toBe(true);
}

const onPostgres = testDialect() === 'postgres';

// Two instances need one PostgreSQL schema and Redis (the integration-pg project).
(onPostgres ? needs('redis').describe : describe.skip)(
  onPostgres
    ? 'two instances through Redis'
    : 'two instances through Redis (SKIPPED on SQLite: two instances share one PostgreSQL database; these run in integration-pg)',
  () => {
    const REDIS_KEY = `test-sessions-${process.pid}-${Date.now()}`;
    let database: ScratchDatabase;
    const running: RunningServer[] = [];
    let a: RunningServer;
    let b: RunningServer;

    const instance = async (name: string) => {
      const server = await startClusterInstance(database.url, REDIS_KEY, name);
      running.push(server);
      return server;
    };

    beforeAll(async () => {
      database = scratchDatabase('postgres');
      a = await instance('instance-a');
      b = await instance('instance-b');
    });

    afterAll(async () => {
      for (const server of running.splice(0)) await server.close().catch(() => {});
      await database?.drop();
    });

    it("a lead's sign-out on A closes the operator's sockets on B and refuses their reconnection there", async () => {
      const lead = await login(a.url, 'lead1');
      const operator = await login(b.url, 'operator32');
      const other = await login(b.url, 'operator33');
      const onB = await Console.open(b.url, operator.token);
      const onA = await Console.open(a.url, operator.token);
      const otherOnB = await Console.open(b.url, other.token);

      expect((await lead.api.post(`/api/floor/operators/${operator.user.id}/sign-out`)).status).toBe(200);
      await Promise.all([onB.waitForServerDisconnect(), onA.waitForServerDisconnect()]);
      expectError(await operator.api.get('/api/auth/me'), 401, 'unauthenticated');
      await expectRefused(onB);
      // Another operator's console on B is untouched, and reconnects after a drop.
      expect(otherOnB.socket.connected).toBe(true);
      await otherOnB.dropTransport(consolesAre(lead, other.user.id, 0));
      await otherOnB.reconnect();
      expect(otherOnB.socket.connected).toBe(true);
    });

    it('logout through A refuses the reconnection on B of a socket that was away', async () => {
      const operator = await login(a.url, 'operator34');
      const onB = await Console.open(b.url, operator.token);
      await onB.dropTransport(consolesAre(await login(a.url, 'lead2'), operator.user.id, 0));
      expect((await operator.api.post('/api/auth/logout')).status).toBe(204);
      await expectRefused(onB);
    });
  },
);
