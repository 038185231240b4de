/**
 * The console guides the operator before a consulate would turn the caller away: a 17-year-old who
 * turns 18 in ten days is marked off the adult passports (with the minor's passport one key away),
 * and on the slot grid a day after the birthday says the minor's passport no longer fits. Keyboard
 * only, axe on each screen, screenshots in test-results/screenshots.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCurp } from '../../shared/domain/curp/curp-builder';
import { addDays, todayIn } from '../support/api-client';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { apiAs, focusMovesTo, openSignedInConsole } from './support/console-session';

describe.skipIf(!chromiumAvailable)('eligibility guidance in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  const violations: string[] = [];
  const check = async (page: Page, screen: string) => {
    const found = await axeViolations(page);
    if (found.length) violations.push(`${screen}:\n${describeViolations(found)}`);
    await screenshot(page, `eligibility-${screen}-1366`);
  };

  beforeAll(async () => {
    server = await startConsoleServer({ SEED_DAYS: '30' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the adult passports for a 17-year-old, switches to the minor passport, and the grid says when that no longer fits', async () => {
    const today = todayIn('America/Phoenix');
    // Ten days ahead (eleven when that is 29 February, which not every year has).
    const birthday = addDays(today, addDays(today, 10).endsWith('-02-29') ? 11 : 10);
    const person = {
      givenNames: 'Ximena',
      firstSurname: 'Arámbula',
      secondSurname: 'Cuevas',
      birthDate: `${Number(birthday.slice(0, 4)) - 18}${birthday.slice(4)}`,
    };
    const curp = buildCurp({ ...person, sex: 'M', state: 'SR', homonym: 'B' });
    const api = await apiAs(server.url, 'operator12');
    await api.post('/api/applicants', { ...person, curp });

    const { page, context } = await openSignedInConsole(browser, server.url, 'operator12');
    await page.keyboard.press('Alt+N');
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.type(curp);
    await page.getByRole('option', { name: new RegExp(curp) }).waitFor();
    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="listbox"]');
    const adultPassport = page.getByRole('option', { name: /^1?Pasaporte por primera vez/ });
    expect(await adultPassport.innerText()).toMatch(
      /No corresponde: tendrá 17 años el .*; use «Pasaporte para menores de edad»/,
    );
    await check(page, 'list');

    await page.keyboard.press('1');
    const warning = page.getByRole('alert').filter({ hasText: 'La persona tendrá 17 años' });
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/agende «Pasaporte para menores de edad»[\s\S]*OP-7/);
    await focusMovesTo(page, '.procedure-minor-warning button');
    await check(page, 'warning');

    await page.keyboard.press('Enter'); // switch to the minor's passport
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.type('PHX');
    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="gridcell"]');
    // Two weeks down the grid: past the 18th birthday.
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    const refusal = page.locator('.slot-panel__hint--refusal');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(
      /^La persona tendrá 18 años el .*: agende «Pasaporte por primera vez \(mayores de edad\)»/,
    );
    expect(await page.getByRole('button', { name: /^Apartar/ }).isDisabled()).toBe(true);
    await check(page, 'grid');

    await context.close();
    expect(violations, violations.join('\n\n')).toEqual([]);
  });
});
