/**
 * The console tells the truth about an appointment, as an operator meets it on a call: a foreign
 * national without a CURP is registered and offered only what they may book (the visa), the fee at
 * a Canadian consulate is "to confirm" (no Canadian-dollar amount is published) rather than a
 * guessed figure, and when a lead closes the day while the read-back is on screen the read-back
 * and the caller's appointments say "consulate closed that day — rebook" instead of reading out a
 * date that will not happen. Keyboard only, axe on each screen, screenshots in
 * test-results/screenshots (1366×768).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../shared/api/booking/appointments';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { apiAs, focusMovesTo, openSignedInConsole } from './support/console-session';

describe.skipIf(!chromiumAvailable)('truthful appointments in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  const violations: string[] = [];
  const check = async (page: Page, screen: string) => {
    const found = await axeViolations(page);
    if (found.length) violations.push(`${screen}:\n${describeViolations(found)}`);
    await screenshot(page, `truthful-${screen}-1366`);
  };

  beforeAll(async () => {
    server = await startConsoleServer({ SEED_DAYS: '21' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers a foreign national without a CURP, books the visa in Toronto with its fee to confirm, and the read-back turns when a lead closes the day', async () => {
    const { page, context } = await openSignedInConsole(browser, server.url, 'operator14');
    const person = {
      givenNames: 'Margaret',
      firstSurname: "O'Connell",
      secondSurname: 'Byrne',
      birthDate: '1984-09-21',
    };

    // Register without a CURP: the "Sin CURP" box sits just before the CURP field.
    await page.keyboard.press('Alt+N');
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.press('Alt+G');
    await focusMovesTo(page, 'form');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: '¿Por qué no tiene CURP?' }).waitFor();
    await page.getByRole('radio', { name: /Extranjero\/a — solo visa/ }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Nombre(s)').focus();
    await page.keyboard.type(person.givenNames);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.firstSurname);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.secondSurname);
    // The birth date by keyboard: one Tab stop, typed day first as digits only, Tab once more is the
    // phone; Enter in the date registers (nothing pops up, no field is lost).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel('Fecha de nacimiento').getAttribute('id'),
    );
    const [bornYear, bornMonth, bornDay] = person.birthDate.split('-');
    await page.keyboard.type(`${bornDay}${bornMonth}${bornYear}`);
    await page.getByText('Se leyó: 21 de septiembre de 1984.').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel('Teléfono (opcional)').getAttribute('id'),
    );
    await page.keyboard.press('Shift+Tab');
    await check(page, 'register-without-curp');
    await page.keyboard.press('Enter');

    // The services: the passports are marked as not for this caller; the visa is chosen by typing.
    await focusMovesTo(page, '[role="listbox"]');
    await page.getByText('Sin CURP (extranjero/a — solo visa)').first().waitFor();
    const passport = page.getByRole('option', { name: /Pasaporte por primera vez/ });
    expect(await passport.innerText()).toMatch(/No corresponde/);
    await check(page, 'services-without-curp');
    await page.keyboard.press('v');
    await page.keyboard.press('Enter');

    // Toronto charges in Canadian dollars; no amount is published: the operator says so.
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.type('toronto');
    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="gridcell"]');
    await page.getByText('Monto por confirmar: confirme el monto con el consulado').first().waitFor();
    await check(page, 'toronto-fee-to-confirm');
    await page.keyboard.press('Enter');
    await focusMovesTo(page, 'button');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Cita confirmada: léala al solicitante' }).waitFor();

    const operator = await apiAs(server.url, 'operator14');
    const [found] = (
      await operator.get<{ items: { id: string; curp: string | null; noCurpReason: string | null }[] }>(
        `/api/applicants?q=${encodeURIComponent('Margaret Byrne')}`,
      )
    ).items;
    expect(found).toMatchObject({ curp: null, noCurpReason: 'foreign_national' });
    const [appointment] = (
      await operator.get<{ items: Appointment[] }>(`/api/appointments?applicantId=${found!.id}`)
    ).items;
    expect(appointment).toMatchObject({
      procedureId: 'visa',
      consulateId: 'YYZ',
      status: 'booked',
      closure: null,
    });

    // A lead closes that day while the read-back is on screen: it turns into the warning, live.
    const lead = await apiAs(server.url, 'lead1');
    const day = appointment!.localStart.slice(0, 10);
    await lead.post(`/api/consulates/YYZ/days/${day}/close`, { reason: 'Corte de energía en el edificio' });
    await page
      .getByRole('heading', { name: 'Consulado cerrado ese día — reagendar' })
      .waitFor({ timeout: 10_000 });
    expect(await page.locator('.booking-readback').getByRole('alert').innerText()).toContain(
      'Corte de energía en el edificio',
    );
    await check(page, 'read-back-closed-day');

    // The caller's appointments say the same, with Reprogramar first; the API names the closure.
    await page.keyboard.press('Alt+A');
    const item = page.locator('.caller-appt').filter({ hasText: appointment!.confirmationCode });
    await item.getByText('Consulado cerrado ese día — reagendar').waitFor();
    expect(await item.innerText()).not.toMatch(/\bActiva\b/);
    await check(page, 'appointments-closed-day');
    const closed = await operator.get<Appointment>(`/api/appointments/${appointment!.id}`);
    expect(closed.closure).toMatchObject({ kind: 'closure', reason: 'Corte de energía en el edificio' });

    // Reopened, it is an appointment like any other again.
    await lead.post(`/api/consulates/YYZ/days/${day}/reopen`, { reason: 'Se restableció la energía' });
    expect((await operator.get<Appointment>(`/api/appointments/${appointment!.id}`)).closure).toBeNull();

    await context.close();
    expect(violations, violations.join('\n\n')).toEqual([]);
  });
});
