import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestKysely } from '../support/test-kysely';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { adultsOn } from '../support/adults';
import {
  apiAs,
  daysAheadIn,
  focusMovesTo,
  openSignedInConsole,
  type Applicant,
} from './support/console-session';

const HOLD_TTL_SECONDS = 10;

/** Caller, service (matrícula) and consulate picked with the keyboard; focus lands on the grid. */
async function prepareBooking(page: Page, curp: string, consulate: string): Promise<void> {
  await page.keyboard.press('Alt+N');
  await focusMovesTo(page, '[role="combobox"]');
  await page.keyboard.type(curp);
  await page.getByRole('option', { name: new RegExp(curp) }).waitFor();
  await page.keyboard.press('Enter');
  await focusMovesTo(page, '[role="listbox"]');
  await page.keyboard.press('4');
  await page.keyboard.press('Alt+3');
  await focusMovesTo(page, '[role="combobox"]');
  await page.keyboard.type(consulate);
  await page.keyboard.press('Enter');
  await focusMovesTo(page, '[role="gridcell"]');
}

describe.skipIf(!chromiumAvailable)('a hold that runs out, and a connection that drops', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let callers: Applicant[];

  beforeAll(async () => {
    server = await startConsoleServer({ HOLD_TTL_SECONDS: String(HOLD_TTL_SECONDS) });
    browser = await launchChromium();
    const lead = await apiAs(server.url, 'lead1');
    // Adults: they book the matrícula.
    callers = adultsOn(
      (await lead.get<{ items: Applicant[] }>('/api/applicants?q=lopez&limit=20')).items,
      daysAheadIn('America/Los_Angeles', 0),
      2,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('warns before the hold expires, then says it expired and sends the operator back to the times', async () => {
    const { page, context } = await openSignedInConsole(browser, server.url, 'operator7');
    await prepareBooking(page, callers[0]!.curp, 'LAX');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /lugar apartado/i }).waitFor();
    const warning = page.getByText(/está por vencer/i).first();
    await warning.waitFor({ timeout: HOLD_TTL_SECONDS * 1000 });
    const warnedAt = Date.now();
    await screenshot(page, 'hold-warning-1366');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const expired = page.getByText(/apartado venció/i).first();
    await expired.waitFor({ timeout: HOLD_TTL_SECONDS * 1000 });
    expect(Date.now() - warnedAt).toBeGreaterThan(1_000);
    await screenshot(page, 'hold-expired-1366');
    await focusMovesTo(page, '[role="grid"]');
    await context.close();
  });

  it('shows the offline banner when the server goes away, pauses holding, and clears it when it is back with the seats refetched', async () => {
    const { page, context } = await openSignedInConsole(browser, server.url, 'operator8');
    await prepareBooking(page, callers[1]!.curp, 'DEN');
    const cell = page.locator('[role="gridcell"][tabindex="0"]');
    const [date, time] = [await cell.getAttribute('data-date'), await cell.getAttribute('data-time')];
    // That slot's own cell: the grid's active cell may move while the server is away.
    const slotCell = page.locator(`[role="gridcell"][data-date="${date}"][data-time="${time}"]`);
    const seatsBefore = await slotCell.innerText();
    await server.stop();
    // While this console is not listening, the seats of the cell it shows change (as another
    // server instance would change them): it must not keep showing the old count.
    const db = openTestKysely(server.databaseUrl, { readOnly: false });
    try {
      await db
        .updateTable('slots')
        .set({ capacity: sql<number>`held + booked + 1` })
        .where('consulate_id', '=', 'DEN')
        .where('local_start', '=', `${date}T${time}`)
        .execute();
    } finally {
      await db.destroy();
    }
    const slotRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/slots')) slotRequests.push(r.url());
    });
    const banner = page.getByRole('alert').filter({ hasText: /sin conexión en tiempo real/i });
    await banner.waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByRole('button', { name: /^apartar/i }).isDisabled()).toBe(true);
    await screenshot(page, 'offline-banner-1366');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await server.restart();
    await page
      .getByText(/reconectado/i)
      .first()
      .waitFor({ timeout: 15_000 });
    await banner.waitFor({ state: 'detached', timeout: 5_000 });
    await expect.poll(() => page.getByRole('button', { name: /^apartar/i }).isDisabled()).toBe(false);
    // The connection could not be recovered (a new server): the console refetched what it shows.
    expect(seatsBefore).not.toBe('1');
    await expect.poll(() => slotCell.innerText()).toBe('1');
    expect(slotRequests.length).toBeGreaterThan(0);
    await screenshot(page, 'reconnected-1366');
    await context.close();
  });
});
