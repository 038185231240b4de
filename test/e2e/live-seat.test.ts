import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, newConsolePage, screenshot, viewports } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { adultsOn } from '../support/adults';
import {
  apiAs,
  DEMO_PASSWORD,
  daysAheadIn,
  firstOpenSlots,
  lookAtPhoenix,
  openSignedInConsole,
  type Applicant,
  type Slot,
} from './support/console-session';
import { recordMeasurement } from './support/measurements';

describe.skipIf(!chromiumAvailable)('live availability between two consoles', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let callers: Applicant[];
  let slot: Slot;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    const lead = await apiAs(server.url, 'lead1');
    // Adults: they book the matrícula.
    callers = adultsOn(
      (await lead.get<{ items: Applicant[] }>('/api/applicants?q=martinez&limit=20')).items,
      daysAheadIn('America/Phoenix', 0),
      3,
    );
    // The last seat of a slot: capacity 1, so holding it elsewhere empties it.
    [slot] = (await firstOpenSlots(
      lead,
      'PHX',
      daysAheadIn('America/Phoenix', 3),
      daysAheadIn('America/Phoenix', 12),
    )) as [Slot];
    await lead.patch(`/api/slots/${slot.id}`, { capacity: 1 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a seat taken at another console disappears from this one while the operator looks, without a refetch', async () => {
    const watcher = await openSignedInConsole(browser, server.url, 'operator5');
    await lookAtPhoenix(watcher.page, callers[0]!.curp);
    const date = slot.localStart.slice(0, 10);
    const time = slot.localStart.slice(11);
    const cell = watcher.page.locator(`[role="gridcell"][data-date="${date}"][data-time="${time}"]`);
    await cell.scrollIntoViewIfNeeded();
    await expect.poll(() => cell.innerText()).toBe('1');

    // From now on: count requests for slots, and what changes in the grid's DOM.
    const slotRequests: string[] = [];
    watcher.page.on('request', (r) => {
      if (r.url().includes('/api/slots')) slotRequests.push(r.url());
    });
    await watcher.page.evaluate(() => {
      const grid = document.querySelector('[role="grid"]')!;
      const w = window as unknown as { __gridMutations: Set<string> };
      w.__gridMutations = new Set();
      new MutationObserver((records) => {
        for (const r of records) {
          const changed = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(
            '[role="gridcell"]',
          );
          if (changed)
            w.__gridMutations.add(
              `${changed.getAttribute('data-date')} ${changed.getAttribute('data-time')}`,
            );
        }
      }).observe(grid, {
        subtree: true,
        characterData: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-label', 'class'],
      });
    });

    // Another operator, on another console, holds that last seat.
    const other = await apiAs(server.url, 'operator6');
    const heldAt = Date.now();
    await other.post('/api/holds', {
      slotId: slot.id,
      applicantId: callers[1]!.id,
      procedureId: 'matricula',
    });
    await expect.poll(() => cell.innerText(), { timeout: 5_000, interval: 10 }).not.toBe('1');
    const seenAfterMs = Date.now() - heldAt;
    expect(await cell.getAttribute('aria-label')).toMatch(/sin lugares/);
    await screenshot(watcher.page, 'live-seat-vanished-1366');

    const mutatedCells = await watcher.page.evaluate(() => [
      ...(window as unknown as { __gridMutations: Set<string> }).__gridMutations,
    ]);
    expect(slotRequests).toEqual([]);
    expect(mutatedCells).toEqual([`${date} ${time}`]);
    recordMeasurement('liveSeat', {
      seenByOtherConsoleMs: seenAfterMs,
      slotRefetches: slotRequests.length,
      gridCellsChanged: mutatedCells.length,
    });
    await watcher.context.close();
  });

  it('closing the console mid-call keeps the seat held for the call: the console that comes back has it', async () => {
    const { page, context } = await openSignedInConsole(browser, server.url, 'operator10');
    await lookAtPhoenix(page, callers[2]!.curp);
    const active = page.locator('[role="gridcell"][tabindex="0"]');
    const localStart = `${await active.getAttribute('data-date')}T${await active.getAttribute('data-time')}`;
    const lead = await apiAs(server.url, 'lead1');
    const seatsOf = async () => {
      const day = localStart.slice(0, 10);
      const page = await lead.get<{ items: Slot[] }>(`/api/slots?consulateId=PHX&from=${day}&to=${day}`);
      return page.items.find((s) => s.localStart === localStart)!.available;
    };
    const before = await seatsOf();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /lugar apartado/i }).waitFor();
    expect(await seatsOf()).toBe(before - 1);

    // The window goes mid-call (a crash, a reload): the call and its hold live on the server, so the
    // seat stays the caller's and the console that comes back is on the same call with the same hold.
    await page.close({ runBeforeUnload: true });
    await context.close();
    // Signed in again, the console is on the call at once (no outbound-call button to wait for).
    const back = await newConsolePage(browser, viewports.laptop);
    await back.page.goto(server.url + '/');
    await back.page.getByLabel(/^usuario$/i).focus();
    await back.page.keyboard.type('operator10');
    await back.page.keyboard.press('Tab');
    await back.page.keyboard.type(DEMO_PASSWORD);
    await back.page.keyboard.press('Enter');
    await back.page.getByRole('heading', { name: /lugar apartado/i }).waitFor();
    expect(await seatsOf()).toBe(before - 1);
    await back.context.close();
  });
});
