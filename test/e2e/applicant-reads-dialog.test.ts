import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot, viewports } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { apiAs, openSignedInConsole, type Applicant } from './support/console-session';

/**
 * A lead opens a caller's record and, with Alt+Shift+C, sees who looked at that person (Consultas):
 * the operator whose search listed them, on the lead's own clock, in a dialog that fits 1366×768,
 * starts with the focus visibly on the list, passes axe, and gives the focus back on Escape.
 */
describe.skipIf(!chromiumAvailable)('Consultas: who looked at a record, keyboard only', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let person: Applicant;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    const operator = await apiAs(server.url, 'operator6');
    person = (await operator.get<{ items: Applicant[] }>('/api/applicants?q=hernandez&limit=5')).items[0]!;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the operator’s search of the person, fits the laptop screen and passes axe', async () => {
    const { page } = await openSignedInConsole(browser, server.url, 'lead1', viewports.laptop);
    await page.keyboard.press('Alt+1');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('combobox');
    await page.keyboard.type(person.curp);
    await page.getByRole('option', { name: new RegExp(person.curp) }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Consultas \(quién vio el registro de / }).waitFor();

    const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML);
    await page.keyboard.press('Alt+Shift+C');
    const dialog = page.getByRole('dialog', { name: /^Quién consultó a / });
    await dialog.waitFor();
    const table = dialog.getByRole('table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/líder de turno.*Esta lista de consultas/s);
    expect(rows.some((r) => /\(operador\).*Sin llamada.*Resultado de búsqueda/s.test(r))).toBe(true);

    // Focus starts on the list, visibly (an outline), and the dialog fits the screen.
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { className: el.className, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focus.className).toContain('applicant-reads__table-wrap');
    expect(focus.outline).not.toBe('none');
    const box = (await page.locator('.modal-dialog.applicant-reads').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'lead-applicant-reads-1366');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The focus goes back where it was when the shortcut opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focusedBefore);
  });
});
