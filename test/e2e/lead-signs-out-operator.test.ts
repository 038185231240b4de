import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot, viewports } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { openSignedInConsole } from './support/console-session';

const OPERATOR = 'operator8';
const OPERATOR_ID = 'usr_operator8';

async function expectNoAxeViolations(page: Page, screen: string) {
  const violations = await axeViolations(page);
  expect(violations, `${screen}:\n${describeViolations(violations)}`).toEqual([]);
}

/**
 * A lead signs an operator out from the floor with the keyboard only (select the row, "Cerrar
 * sesión", confirm): the operator's console, in its own Chromium window, goes back to sign-in and
 * says why.
 */
describe.skipIf(!chromiumAvailable)("a lead's sign-out of an operator, side by side", () => {
  let server: ConsoleServer;
  let browser: Browser;
  let lead: Page;
  let operator: Page;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    ({ page: operator } = await openSignedInConsole(browser, server.url, OPERATOR, viewports.laptop));
    ({ page: lead } = await openSignedInConsole(browser, server.url, 'lead1', viewports.laptop));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('selects the row, asks first, and the operator’s console falls back to sign-in saying why', async () => {
    await expect.poll(() => operator.locator('.operator-status').innerText()).toMatch(/Disponible/);
    await lead.keyboard.press('Alt+7');
    await lead.getByLabel('Nombre o usuario').fill(OPERATOR);
    const row = lead.locator(`table.floor-table tr[data-user-id="${OPERATOR_ID}"]`);
    await expect.poll(() => row.innerText()).toMatch(/Disponible/);
    await row.focus();
    await lead.keyboard.press('Space');
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');

    const signOut = lead.getByRole('button', { name: 'Cerrar sesión de los operadores seleccionados' });
    await signOut.focus();
    await lead.keyboard.press('Enter');
    const dialog = lead.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Cerrar la sesión de/);
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toBe('Cancelar');
    await expectNoAxeViolations(lead, 'sign-out confirmation');
    await screenshot(lead, 'lead-sign-out-dialog');
    await lead.keyboard.press('Tab');
    await lead.keyboard.press('Enter');
    await lead.getByText(/cerrada: deben iniciar sesión de nuevo/).waitFor();

    await operator.getByRole('heading', { name: 'Iniciar sesión' }).waitFor({ timeout: 10_000 });
    await operator.getByText(/Su sesión terminó/).waitFor();
    await expectNoAxeViolations(operator, 'sign-in after a lead’s sign-out');
    await screenshot(operator, 'operator-signed-out-by-lead');
  });
});
