/**
 * The two search notices as an operator sees them in Chromium at 1366×768: the caller search says
 * "Hay más coincidencias: escriba más datos" under its list, and the consulate search says
 * "Ningún consulado coincide con «…»" when Enter finds nothing; both on screen, no WCAG A/AA
 * violation. (Every screen's width at 1366×768 is checked by screens-at-1366.)
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { focusMovesTo, openSignedInConsole } from './support/console-session';

describe.skipIf(!chromiumAvailable)('search notices at 1366×768', () => {
  let server: ConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('"more matches" under the caller list and a visible "no consulate matches" after Enter', async () => {
    const { page, context } = await openSignedInConsole(browser, server.url, 'operator36');

    await page.keyboard.press('Alt+N');
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.type('Hernández');
    // Said with the count above the list, in view at once, and again at the list's end.
    const status = page.locator('.caller-search__count[role="status"]');
    await expect
      .poll(() => status.textContent())
      .toBe('8 coincidencias. Hay más coincidencias: escriba más datos');
    const statusBox = (await status.boundingBox())!;
    expect(statusBox.y + statusBox.height).toBeLessThanOrEqual(768);
    expect(await page.getByRole('option').count()).toBe(8);
    const end = page.locator('.caller-search__more');
    expect(await end.textContent()).toBe('Hay más coincidencias: escriba más datos');
    const listBox = (await page.getByRole('listbox', { name: 'Coincidencias' }).boundingBox())!;
    expect((await end.boundingBox())!.y).toBeGreaterThanOrEqual(listBox.y + listBox.height - 1);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await screenshot(page, 'search-more-1366');

    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="listbox"]');
    await page.keyboard.press('Enter');
    const consulate = page.getByRole('combobox', { name: /consulado/i });
    await consulate.focus();
    await page.keyboard.type('Zacatecas');
    await page.keyboard.press('Enter');
    const none = page.getByRole('alert').filter({ hasText: 'Ningún consulado coincide con «Zacatecas»' });
    await none.waitFor();
    expect(await none.isVisible()).toBe(true);
    const noneBox = (await none.boundingBox())!;
    expect(noneBox.y + noneBox.height).toBeLessThanOrEqual(768);
    expect(await consulate.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(describeViolations(await axeViolations(page))).toBe('');
    await screenshot(page, 'search-no-consulate-1366');

    await page.keyboard.press('Control+A');
    await page.keyboard.type('Nueva York');
    await page.keyboard.press('Enter');
    await expect.poll(() => consulate.inputValue()).toBe('NYC · New York, NY');
    await context.close();
  }, 180_000);
});
