/**
 * A backup taken in the middle of a booking storm: a server process on SQLite, 32 clients booking
 * as fast as they can on 20 slots through its API, and `npm run backup` run against its file while
 * they do. The copy must hold every appointment acknowledged (201) before the backup began, and no
 * half-written booking: one confirm writes, in one transaction, the reservation's move from held to
 * booked, the slot's counters, the audit entry, the Idempotency-Key's stored answer and the
 * applicant's queued messages, so in the copy each booked reservation of the storm has all of them
 * and each of them has its booked reservation. The storm must go on while the copy is taken
 * (bookings acknowledged during it, no 5xx, no request left without an answer).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBookingLoad, type BookingLoad } from '../../bench/backup/booking-load';
import { prepareBookingScene, type BookingScene } from '../../bench/backup/booking-scene';
import { runBackupCli, type BackupCliRun } from '../support/backup-cli';
import { freePort } from './support/free-port';
import { startInstanceProcess, type InstanceProcess } from './support/instance-process';

const WORKERS = 32;
const SLOTS = 20;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a backup taken in the middle of a booking storm', () => {
  let dir: string;
  let databaseUrl: string;
  let server: InstanceProcess;
  let scene: BookingScene;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'miconsulado-backup-storm-'));
    databaseUrl = `sqlite:${join(dir, 'live.sqlite')}`;
    server = await startInstanceProcess('storm-server', {
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      SEED: 'demo',
      SEED_APPLICANTS: '3000',
      SEED_DAYS: '14',
      LOG_LEVEL: 'warn',
      // Rate limits must not answer instead of the engine: a few operators stand for a whole floor.
      MAX_LIVE_HOLDS_PER_USER: '1000',
      HOLDS_PER_MINUTE: '100000',
    });
    scene = await prepareBookingScene({
      url: server.url,
      databaseUrl,
      operators: 12,
      slots: SLOTS,
      seatsPerSlot: 40,
    });
  }, 240_000);

  afterAll(async () => {
    await server?.stop('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds every appointment acknowledged before it began, no half-written booking, and the storm goes on', async () => {
    const load: BookingLoad = startBookingLoad(server.url, scene, { workers: WORKERS });
    const copy = join(dir, 'mid-storm.sqlite');
    let began = 0;
    let ended = 0;
    let backup: BackupCliRun;
    let before: typeof load.acknowledged;
    try {
      // The storm in full swing first.
      while (load.acknowledged.length < 60) await sleep(20);
      began = performance.now();
      before = [...load.acknowledged];
      backup = await runBackupCli([copy], databaseUrl);
      ended = performance.now();
      // And a moment after it, to see the storm still going.
      await sleep(1_000);
    } finally {
      await load.stop();
    }
    expect(backup.code, backup.stdout + backup.stderr).toBe(0);
    expect(server.running(), server.output()).toBe(true);

    // The storm was not stopped: no 5xx, no request without an answer, bookings acknowledged during the copy.
    expect(load.failures).toEqual([]);
    const during = load.acknowledged.filter((a) => a.at > began && a.at < ended);
    const after = load.acknowledged.filter((a) => a.at >= ended);
    expect(during.length, `booked during the ${(ended - began).toFixed(0)} ms backup`).toBeGreaterThan(0);
    expect(after.length, 'booked after it').toBeGreaterThan(0);

    const db = new BetterSqlite3(copy, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const slotList = scene.slotIds.map(() => '?').join(',');
      const booked = db
        .prepare(
          `select id, appointment_id, confirmation_code, slot_id from reservations
            where sandbox = 'live' and status = 'booked' and slot_id in (${slotList})`,
        )
        .all(...scene.slotIds) as {
        id: string;
        appointment_id: string;
        confirmation_code: string;
        slot_id: string;
      }[];
      const byAppointment = new Map(booked.map((r) => [r.appointment_id, r]));
      console.log(
        `backup mid-storm: ${before!.length} appointments acknowledged before it, ${during.length} during its ${(ended - began).toFixed(0)} ms (the CLI's start included), ${after.length} in the second after; ${booked.length} booked in the copy`,
      );

      // Every appointment acknowledged before the backup began is in the copy, with its code.
      const missing = before!.filter(
        (a) => byAppointment.get(a.id)?.confirmation_code !== a.confirmationCode,
      );
      expect(missing.map((a) => a.id)).toEqual([]);
      // And the copy holds no booking nobody was told of (every one of them was acknowledged).
      const told = new Set(load.acknowledged.map((a) => a.id));
      expect(booked.filter((r) => !told.has(r.appointment_id)).map((r) => r.appointment_id)).toEqual([]);

      // Each booked reservation has every part of its transaction…
      const audited = new Set(
        (
          db
            .prepare(
              `select entity_id from audit_log where action = 'appointment.booked' and entity_type = 'appointment'`,
            )
            .all() as { entity_id: string }[]
        ).map((r) => r.entity_id),
      );
      const messaged = new Set(
        (
          db
            .prepare(
              `select reservation_id from outbound_messages where kind = 'booked' and reservation_id is not null`,
            )
            .all() as { reservation_id: string }[]
        ).map((r) => r.reservation_id),
      );
      const keyed = new Set(
        (
          db
            .prepare(
              `select json_extract(response_json, '$.id') as id from idempotency_keys where status_code = 201`,
            )
            .all() as { id: string | null }[]
        ).map((r) => r.id),
      );
      const halfWritten = booked.flatMap((r) => [
        ...(audited.has(r.appointment_id) ? [] : [`${r.appointment_id}: no audit entry`]),
        ...(messaged.has(r.id) ? [] : [`${r.appointment_id}: no queued message`]),
        ...(keyed.has(r.appointment_id) ? [] : [`${r.appointment_id}: no stored Idempotency-Key answer`]),
      ]);
      expect(halfWritten).toEqual([]);
      // …and no part stands without its booking: an appointment acknowledged after the snapshot left no trace.
      const notInCopy = load.acknowledged.filter((a) => !byAppointment.has(a.id)).map((a) => a.id);
      const traces = notInCopy.filter((id) => audited.has(id) || keyed.has(id));
      expect(traces).toEqual([]);

      // The slots' counters (the seat ledger) agree with the reservations on every storm slot.
      const ledger = db
        .prepare(
          `select s.id, s.held, s.booked,
                  (select count(*) from reservations r where r.slot_id = s.id and r.sandbox = 'live' and r.status = 'held') as held_rows,
                  (select count(*) from reservations r where r.slot_id = s.id and r.sandbox = 'live' and r.status = 'booked') as booked_rows
             from slots s where s.id in (${slotList})`,
        )
        .all(...scene.slotIds) as {
        id: string;
        held: number;
        booked: number;
        held_rows: number;
        booked_rows: number;
      }[];
      expect(ledger).toHaveLength(SLOTS);
      expect(ledger.filter((s) => s.held !== s.held_rows || s.booked !== s.booked_rows)).toEqual([]);
      expect(booked.length).toBeGreaterThanOrEqual(before!.length);
    } finally {
      db.close();
    }
  });
});
