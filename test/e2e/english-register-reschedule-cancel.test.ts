import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCurp } from '../../shared/domain/curp/curp-builder';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { apiAs, focusMovesTo, openSignedInConsole } from './support/console-session';

type Appointment = {
  id: string;
  status: string;
  slotId: string;
  confirmationCode: string;
  start: string;
  localStart: string;
};

/** The zone's long name at that instant, as Intl names it (standard or daylight time). */
const zoneNameAt = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'long' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')!.value;

describe.skipIf(!chromiumAvailable)('in English: register a new caller, book, reschedule and cancel', () => {
  let server: ConsoleServer;
  let browser: Browser;
  const violations: string[] = [];
  const check = async (page: Page, screen: string) => {
    const found = await axeViolations(page);
    if (found.length) violations.push(`${screen}:\n${describeViolations(found)}`);
    await screenshot(page, `en-${screen}-1366`);
  };

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('works end to end in English, with no WCAG A/AA violation on the screens it passes', async () => {
    const { page, context } = await openSignedInConsole(browser, server.url, 'operator9');
    await page.keyboard.press('Alt+L');
    const start = page.getByRole('button', { name: /outbound call/i });
    await start.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The choice survives a reload: the console comes back in English, on the same session.
    await page.reload();
    await page.getByRole('button', { name: /outbound call/i }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // A caller nobody registered yet: the CURP is checked (check digit, birth date) as it is typed.
    const person = {
      givenNames: 'Itzel',
      firstSurname: 'Quiñones',
      secondSurname: 'Barragán',
      birthDate: '1991-06-14',
    };
    const curp = buildCurp({ ...person, sex: 'M', state: 'JC', homonym: '7' });
    await page.keyboard.press('Alt+N');
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.press('Alt+G');
    await focusMovesTo(page, 'form');
    await page.keyboard.type(curp);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.givenNames);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.firstSurname);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.secondSurname);
    await check(page, 'register');
    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="listbox"]');
    await page.getByText(curp).first().waitFor();

    await page.keyboard.press('Enter'); // first-time passport
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.type('san diego');
    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="gridcell"]');
    await page.keyboard.press('Enter');
    await focusMovesTo(page, 'button');
    await page.keyboard.press('Enter');
    const readBack = page.locator('.booking-readback');
    await page.getByRole('heading', { name: /appointment confirmed/i }).waitFor();
    const text = await readBack.innerText();
    expect(text).toMatch(
      /\b(Alfa|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|Juliett|Kilo|Mike|November|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-ray|Yankee|Zulu|two|three|four|five|six|seven|eight|nine)\b/,
    );
    await check(page, 'read-back');

    const api = await apiAs(server.url, 'operator9');
    const applicantId = (await api.get<{ items: { id: string }[] }>(`/api/applicants?q=${curp}`)).items[0]!
      .id;
    const list = () =>
      api.get<{ items: Appointment[] }>(`/api/appointments?applicantId=${applicantId}`).then((r) => r.items);
    const [first] = await list();
    expect(first?.status).toBe('booked');
    // San Diego's time on the day booked: Pacific Standard Time in winter, Pacific Daylight Time from March.
    expect(text).toContain(zoneNameAt(first!.start, 'America/Los_Angeles'));

    // Reschedule: from the caller's appointments to the grid, one day later, hold, confirm.
    await page.keyboard.press('Alt+A');
    await page
      .getByRole('button', { name: new RegExp(`reschedule appointment ${first!.confirmationCode}`, 'i') })
      .focus();
    await check(page, 'appointments');
    await page.keyboard.press('Enter');
    await page.getByText(new RegExp(`rescheduling appointment ${first!.confirmationCode}`, 'i')).waitFor();
    await focusMovesTo(page, '[role="gridcell"]');
    await page.keyboard.press('ArrowDown');
    await check(page, 'reschedule-grid');
    await page.keyboard.press('Enter');
    await focusMovesTo(page, 'button');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /appointment confirmed/i }).waitFor();
    await expect
      .poll(async () => (await list()).map((a) => a.status).sort())
      .toEqual(['booked', 'cancelled']);
    const moved = (await list()).find((a) => a.status === 'booked')!;
    expect(moved.localStart.slice(0, 10) > first!.localStart.slice(0, 10)).toBe(true);

    // Cancel it: asked first; Enter confirms.
    await page.keyboard.press('Alt+A');
    await page
      .getByRole('button', { name: new RegExp(`cancel appointment ${moved.confirmationCode}`, 'i') })
      .focus();
    await page.keyboard.press('Enter');
    await page.getByText(new RegExp(`cancel appointment ${moved.confirmationCode}\\?`, 'i')).waitFor();
    await check(page, 'cancel-confirm');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await list()).every((a) => a.status === 'cancelled')).toBe(true);
    await page
      .getByText(new RegExp(`${moved.confirmationCode} cancelled`, 'i'))
      .first()
      .waitFor();

    // A server's refusal reads in the console's language, from its catalog: the same CURP again.
    await page.keyboard.press('Alt+G');
    await focusMovesTo(page, 'form');
    await page.keyboard.type(curp);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.givenNames);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.firstSurname);
    await page.keyboard.press('Enter');
    await page.getByText('A person with that CURP is already registered.').waitFor();
    await check(page, 'duplicate-curp');
    // Switched to Spanish, the refusal on screen reads in Spanish.
    await page.keyboard.press('Alt+L');
    await page.getByText('Ya existe una persona registrada con esa CURP.').waitFor();
    expect(await page.getByText('A person with that CURP is already registered.').count()).toBe(0);

    expect(violations, violations.join('\n\n')).toEqual([]);
    await context.close();
  });
});
