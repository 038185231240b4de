/**
 * The deployment of issue 6 as an operator meets it: two server instances on one PostgreSQL, with
 * socket.io through Redis. The console in Chromium is served by, and connected to, instance B;
 * everything else happens through instance A. What A commits must show on B's console by itself.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/platform/config';
import { scratchDatabase } from '../support/scratch-database';
import { needs } from '../support/services/needs';
import { testRedisUrl } from '../support/services/redis';
import { DEFAULT_TEST_ENV } from '../support/test-server';
import { chromiumAvailable, launchChromium, screenshot } from './support/browser';
import { adultsOn } from '../support/adults';
import {
  apiAs,
  daysAheadIn,
  firstOpenSlots,
  lookAtPhoenix,
  openSignedInConsole,
  type Applicant,
  type Slot,
} from './support/console-session';
import { recordMeasurement } from './support/measurements';

const suite = chromiumAvailable ? needs('postgres', 'redis').describe : describe.skip;

suite('a console on one instance, the work on another', () => {
  const database = scratchDatabase('postgres');
  const instances: RunningServer[] = [];
  let browser: Browser;
  let a: string;
  let b: string;

  beforeAll(async () => {
    const env = {
      ...DEFAULT_TEST_ENV,
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      REDIS_KEY: `test-e2e-two-${process.pid}-${Date.now()}`,
    };
    const quiet = () => undefined;
    instances.push(await startServer(loadConfig({ ...env, INSTANCE_ID: 'web-a' }), { log: quiet }));
    instances.push(await startServer(loadConfig({ ...env, INSTANCE_ID: 'web-b' }), { log: quiet }));
    [a, b] = instances.map((i) => i.url) as [string, string];
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const instance of instances) await instance.close().catch(() => {});
    await database.drop();
  });

  it("a seat held and then booked through instance A disappears from a console on instance B, and a lead's capacity change there too, without a refetch", async () => {
    const leadOnA = await apiAs(a, 'lead1');
    // Adults: they book the matrícula.
    const callers = adultsOn(
      (await leadOnA.get<{ items: Applicant[] }>('/api/applicants?q=martinez&limit=20')).items,
      daysAheadIn('America/Phoenix', 0),
      2,
    );
    const [slot] = (await firstOpenSlots(
      leadOnA,
      'PHX',
      daysAheadIn('America/Phoenix', 3),
      daysAheadIn('America/Phoenix', 12),
    )) as [Slot];
    await leadOnA.patch(`/api/slots/${slot.id}`, { capacity: 1 });

    const watcher = await openSignedInConsole(browser, b, 'operator5');
    await lookAtPhoenix(watcher.page, callers[0]!.curp);
    const cell = watcher.page.locator(
      `[role="gridcell"][data-date="${slot.localStart.slice(0, 10)}"][data-time="${slot.localStart.slice(11)}"]`,
    );
    await cell.scrollIntoViewIfNeeded();
    await expect.poll(() => cell.innerText()).toBe('1');
    const slotRequests: string[] = [];
    watcher.page.on('request', (r) => {
      if (r.url().includes('/api/slots')) slotRequests.push(r.url());
    });

    // Another operator, signed in through instance A, holds the last seat and books it.
    const operatorOnA = await apiAs(a, 'operator6');
    const heldAt = Date.now();
    const hold = await operatorOnA.post<{ id: string }>('/api/holds', {
      slotId: slot.id,
      applicantId: callers[1]!.id,
      procedureId: 'matricula',
    });
    await expect.poll(() => cell.innerText(), { timeout: 5_000, interval: 10 }).not.toBe('1');
    const seenAfterMs = Date.now() - heldAt;
    expect(await cell.getAttribute('aria-label')).toMatch(/sin lugares/);
    await operatorOnA.post(
      '/api/appointments',
      { holdId: hold.id },
      { 'Idempotency-Key': crypto.randomUUID() },
    );

    // The lead, on instance A, adds two seats: B's console shows them.
    await leadOnA.patch(`/api/slots/${slot.id}`, { capacity: 3 });
    await expect.poll(() => cell.innerText(), { timeout: 5_000, interval: 10 }).toBe('2');
    await screenshot(watcher.page, 'two-instances-seat-from-a-on-b-1366');

    expect(slotRequests).toEqual([]);
    recordMeasurement('twoInstances', { heldOnASeenOnBMs: seenAfterMs, slotRefetches: slotRequests.length });
    await watcher.context.close();
  });
});
