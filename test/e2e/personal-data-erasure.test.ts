import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCurp } from '../../shared/domain/curp/curp-builder';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot, viewports } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { apiAs, openSignedInConsole } from './support/console-session';

/**
 * An administrator, on a person's written request, opens their record, downloads everything held
 * about them (a JSON file) and erases them: a dialog that fits 1366×768, passes axe, asks for the
 * reason and the typed word BORRAR, and says it is done. Afterwards no operator finds them.
 */
describe.skipIf(!chromiumAvailable)(
  'Datos personales: export and erasure by an administrator, keyboard only',
  () => {
    let server: ConsoleServer;
    let browser: Browser;
    const person = {
      givenNames: 'Eréndira',
      firstSurname: 'Quintanar',
      secondSurname: 'Ávalos',
      birthDate: '1979-11-23',
    };
    const curp = buildCurp({ ...person, sex: 'M', state: 'MN', homonym: '7' });
    let applicantId: string;

    beforeAll(async () => {
      server = await startConsoleServer();
      browser = await launchChromium();
      const operator = await apiAs(server.url, 'operator7');
      applicantId = (
        await operator.post<{ id: string }>('/api/applicants', {
          ...person,
          curp,
          phone: '+15205550142',
          email: 'erendira.quintanar@example.org',
        })
      ).id;
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('downloads the person’s data, then erases it with a reason and BORRAR; nobody finds them after', async () => {
      const { page } = await openSignedInConsole(browser, server.url, 'admin1', viewports.laptop);
      await page.keyboard.press('Alt+1');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
        .toBe('combobox');
      await page.keyboard.type(curp);
      await page.getByRole('option', { name: new RegExp(curp) }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Datos personales', exact: true }).waitFor();

      // Export: the browser saves miconsulado-<id>-<date>.json holding the person's record.
      const exportButton = page.getByRole('button', {
        name: /^Exportar datos: todo lo que se guarda de Eréndira/,
      });
      await exportButton.focus();
      const saved = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const download = await saved;
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^miconsulado-${applicantId}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
      );
      const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown;
      expect(JSON.stringify(exported)).toContain(curp);
      await page
        .getByRole('status')
        .filter({ hasText: /Datos exportados/ })
        .waitFor();

      // Erase: the dialog asks for the reason, then the word; Enter erases.
      await page.getByRole('button', { name: /^Borrar datos personales de Eréndira/ }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('alertdialog', { name: /^Borrar los datos de Eréndira/ });
      await dialog.waitFor();
      await page.keyboard.type('Solicitud de cancelación ARCO, folio 2026-0412');
      await page.keyboard.press('Tab');
      await page.keyboard.type('BORRAR');
      const box = (await page.locator('.personal-data-erase').boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1366);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await screenshot(page, 'admin-erase-person-1366');
      // The record behind reads as an operator's does (its waitlist and appointments), without an error.
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('Los datos personales se borraron.', { exact: false }).waitFor();

      // No operator finds them by their CURP or their phone any more.
      const operator = await apiAs(server.url, 'operator8');
      expect((await operator.get<{ items: unknown[] }>(`/api/applicants?q=${curp}`)).items).toEqual([]);
      expect((await operator.get<{ items: unknown[] }>('/api/applicants?q=520-555-0142')).items).toEqual([]);
    });
  },
);
