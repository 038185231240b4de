import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCurp } from '../../shared/domain/curp/curp-builder';
import { adultsOn } from '../support/adults';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, newConsolePage, viewports } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import {
  apiAs,
  chooseServiceAndConsulate,
  daysAheadIn,
  focusMovesTo,
  openSignedInConsole,
  type Applicant,
} from './support/console-session';
import { controlProblems, widthProblems, type KeyControl } from './support/fit';
import { recordMeasurement } from './support/measurements';
import { screenPhoto } from './support/screen-photos';

const TELEPHONY_TOKEN = 'e2e-telephony-token';
const languages = ['es-MX', 'en'] as const;
type Language = (typeof languages)[number];

/**
 * Every screen of every role at 1366×768, in Spanish and in English: nothing scrolls sideways or
 * is pushed off the right edge, no text is cut to "…", the controls of the moment are whole, on
 * screen and apart, axe finds no WCAG A/AA violation, and a lead's view starts with the focus on
 * it. Each screen is photographed per language (test-results/screens/) to be looked at.
 */
describe.skipIf(!chromiumAvailable)('every screen fits 1366×768 in Spanish and in English', () => {
  let server: ConsoleServer;
  let browser: Browser;
  const problems: string[] = [];
  const measured: string[] = [];

  /** The console's language as the operator switches it (Alt+L, or the sign-in screen's button). */
  async function useLanguage(page: Page, language: Language) {
    if ((await page.evaluate(() => document.documentElement.lang)) === language) return;
    const signInSwitch = page.locator('.sign-in__top button');
    if (await signInSwitch.isVisible()) await signInSwitch.click();
    else await page.keyboard.press('Alt+L');
    const said = await page
      .waitForFunction((lang) => document.documentElement.lang === lang, language, { timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (!said)
      problems.push(
        `switched to ${language}, the page still says lang="${await page.evaluate(() => document.documentElement.lang)}"`,
      );
  }

  /**
   * Looks at one screen in both languages (leaving the page in Spanish): its width, its key
   * controls, axe, where the focus is, and a photograph of each.
   */
  async function inspect(
    page: Page,
    role: string,
    screen: string,
    options: {
      controls?: (page: Page) => KeyControl[];
      focusOnView?: boolean;
      more?: (page: Page) => Promise<string[]>;
    } = {},
  ) {
    for (const language of languages) {
      await useLanguage(page, language);
      const name = `${role}-${screen}-${language === 'en' ? 'en' : 'es'}`;
      const found = [
        ...(await widthProblems(page)),
        ...(await controlProblems(page, options.controls?.(page) ?? [])),
        ...(await emptyBandAboveMain(page)),
        ...((await options.more?.(page)) ?? []),
      ];
      if (options.focusOnView) {
        const focus = await page.evaluate(() => {
          const active = document.activeElement;
          return !active || active === document.body ? null : (active.textContent ?? active.tagName).trim();
        });
        if (focus === null) found.push('the focus starts nowhere (on the page body)');
      }
      const violations = await axeViolations(page);
      if (violations.length) found.push(describeViolations(violations));
      await screenPhoto(page, name);
      measured.push(name);
      if (found.length) problems.push(`${name}:\n  ${found.join('\n  ')}`);
    }
    await useLanguage(page, 'es-MX');
  }

  const button = (page: Page, name: RegExp): Locator => page.getByRole('button', { name });
  const callControls = (page: Page): KeyControl[] => [
    { name: 'End call', locator: button(page, /^(terminar llamada|end call)/i) },
    { name: 'the state pill', locator: page.getByTestId('my-state') },
    { name: 'the "En línea" pill', locator: page.locator('.app-header .connection-pill') },
    { name: "the caller's name", locator: page.locator('.call-bar__caller') },
  ];
  const holdControls = (page: Page): KeyControl[] => [
    ...callControls(page),
    { name: 'the hold countdown', locator: page.locator('.hold-countdown [role="timer"]') },
    { name: 'Confirm', locator: button(page, /^(confirmar cita|confirm appointment)/i) },
  ];
  const readBackControls = (page: Page): KeyControl[] => [
    ...callControls(page),
    { name: 'the read-back', locator: page.locator('.booking-readback h3, .booking-readback h2').first() },
  ];

  beforeAll(async () => {
    server = await startConsoleServer({ TELEPHONY_TOKEN, SIMULATE_CALLS: 'off' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    recordMeasurement('screens measured at 1366×768 (screen × language)', measured.length);
    await browser?.close();
    await server?.close();
  });

  it('sign-in', async () => {
    const { page, context } = await newConsolePage(browser, viewports.laptop);
    await page.goto(server.url + '/');
    await page.getByLabel(/^usuario$/i).waitFor();
    await inspect(page, 'all', 'sign-in');
    await context.close();
  });

  it('an operator: idle, a caller rings, found, procedure, consulate, hold, read-back, appointments, wrap-up, registration', async () => {
    const operator = await apiAs(server.url, 'operator5');
    const caller = await callerWithOwnNumber(operator);
    const { page, context } = await openSignedInConsole(browser, server.url, 'operator5');
    await expect
      .poll(async () => (await operator.get<{ state: string }>('/api/me/status')).state)
      .toBe('available');
    const { queue } = await operator.get<{ queue: { id: string } }>('/api/me/status');
    await inspect(page, 'operator', 'idle', {
      controls: (p) => [{ name: 'the state pill', locator: p.getByTestId('my-state') }],
    });

    const call = await telephony<{ id: string }>('/api/telephony/calls', {
      providerCallId: `e2e-fit-${Date.now()}`,
      from: caller.phone,
      language: 'es',
      queueId: queue.id,
    });
    await page.getByTestId('incoming-call').waitFor();
    await inspect(page, 'operator', 'ringing');

    await page.keyboard.press('Alt+T');
    await page.getByRole('region', { name: 'Solicitante elegido' }).waitFor();
    await focusMovesTo(page, '[role="listbox"]');
    await inspect(page, 'operator', 'caller-found', { controls: callControls });

    await page.keyboard.press('4'); // matrícula consular
    await page.getByRole('checkbox').first().waitFor();
    await inspect(page, 'operator', 'procedure', { controls: callControls });

    await page.keyboard.press('Alt+3');
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.type('PHX');
    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="gridcell"]');
    await inspect(page, 'operator', 'slots', { controls: callControls });

    await page.keyboard.press('Enter');
    await button(page, /^confirmar cita/i).waitFor();
    await page.locator('.hold-countdown [role="timer"]').waitFor();
    await inspect(page, 'operator', 'hold', { controls: holdControls });

    await page.keyboard.press('Alt+C');
    await page.getByRole('heading', { name: /cita confirmada/i }).waitFor();
    await inspect(page, 'operator', 'read-back', { controls: readBackControls });

    // The caller's appointments: reschedule and cancel from the list.
    await page.keyboard.press('Alt+A');
    const reschedule = button(page, /^reprogramar la cita/i).first();
    await reschedule.waitFor();
    await reschedule.focus();
    await inspect(page, 'operator', 'appointments', { controls: callControls });
    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="gridcell"]');
    await inspect(page, 'operator', 'reschedule', { controls: callControls });
    await page.keyboard.press('Alt+A');
    const cancel = button(page, /^cancelar la cita/i).first();
    await cancel.waitFor();
    await cancel.focus();
    await page.keyboard.press('Enter');
    await page
      .getByText(/¿cancelar la cita/i)
      .first()
      .waitFor();
    await inspect(page, 'operator', 'cancel-confirm', { controls: callControls });
    await page.keyboard.press('Escape');

    // The caller hangs up: the wrap-up, with the time the server leaves for it.
    await telephony(`/api/telephony/calls/${call.id}/hangup`);
    await page.getByRole('dialog', { name: 'Cerrar la llamada' }).waitFor();
    await inspect(page, 'operator', 'wrap-up', {
      controls: (p) => [{ name: 'the wrap-up', locator: p.getByRole('dialog') }],
    });
    await page.keyboard.press('Enter');
    await page.getByText(/llamada registrada/i).waitFor();

    // A caller not on record: the registration form, on an outbound call.
    await page.keyboard.press('Alt+N');
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.press('Alt+G');
    await focusMovesTo(page, 'form');
    await inspect(page, 'operator', 'register', { controls: callControls });
    // A long name, as many callers have: it stays whole in the header.
    const person = {
      givenNames: 'María Guadalupe del Socorro',
      firstSurname: 'Hernández Villaseñor',
      secondSurname: 'de la Fuente Zubiaurre',
      birthDate: '1979-11-23',
    };
    await page.keyboard.type(buildCurp({ ...person, sex: 'M', state: 'MC', homonym: '4' }));
    for (const part of [person.givenNames, person.firstSurname, person.secondSurname]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(part);
    }
    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="listbox"]');
    await page.locator('.call-bar__caller', { hasText: 'Villaseñor' }).waitFor();
    await inspect(page, 'operator', 'long-name', { controls: callControls });
    await context.close();
  }, 180_000);

  it('a trainee: the scenarios, a run with the scripted caller, a hold and the read-back', async () => {
    const { page, context } = await openSignedInConsole(browser, server.url, 'trainee1');
    await page.getByText('PRÁCTICA — nada de esto es real').first().waitFor();
    await inspect(page, 'trainee', 'scenarios');
    await page
      .getByRole('button', { name: /^Empezar «/ })
      .nth(1)
      .click();
    await page.getByTestId('incoming-call').waitFor();
    await page.keyboard.press('Alt+T');
    await page.getByTestId('incoming-call').waitFor({ state: 'detached' });
    await page.keyboard.press('Alt+Q');
    await page.keyboard.press('Alt+Q');
    await inspect(page, 'trainee', 'run', { controls: callControls });

    await chooseServiceAndConsulate(page, 'renov', 'CHI');
    await focusMovesTo(page, '[role="gridcell"]');
    await page.keyboard.press('Enter');
    await button(page, /^confirmar cita/i).waitFor();
    await inspect(page, 'trainee', 'hold', { controls: holdControls });
    await page.keyboard.press('Alt+C');
    await page.getByRole('heading', { name: /cita confirmada/i }).waitFor();
    await inspect(page, 'trainee', 'read-back', { controls: readBackControls });
    await context.close();
  }, 180_000);

  it('a lead: calls, floor with queues and figures, reassignment, capacity and a day closed, shifts, practice results', async () => {
    const { page, context } = await openSignedInConsole(browser, server.url, 'lead1');
    await inspect(page, 'lead', 'calls');

    await page.keyboard.press('Alt+7');
    await page.locator('table.floor-table').waitFor();
    await inspect(page, 'lead', 'floor', { focusOnView: true, more: floorRowsKeepTheirHeight });
    const side = page.locator('.lead-workspace__side');
    await page.locator('.day-figures, [class*="day-figures"]').first().scrollIntoViewIfNeeded();
    await inspect(page, 'lead', 'figures');
    await side.evaluate((el) => el.scrollTo(0, 0));

    const row = page.locator('table.floor-table tbody tr').first();
    await row.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Alt+R');
    await page.getByRole('dialog').waitFor();
    await inspect(page, 'lead', 'reassign', {
      controls: (p) => [{ name: 'the reassignment', locator: p.getByRole('dialog') }],
    });
    await page.keyboard.press('Escape');

    await page.keyboard.press('Alt+8');
    await page.getByRole('combobox', { name: /Consulado/ }).waitFor();
    await inspect(page, 'lead', 'capacity', { focusOnView: true });
    await page.getByRole('combobox', { name: /Consulado/ }).fill('PHX');
    await page.keyboard.press('Enter');
    await page.getByLabel('Fecha (del consulado)').fill(daysAheadIn('America/Phoenix', 30));
    await page.getByText(/Total del día/).waitFor();
    await inspect(page, 'lead', 'capacity-day');
    await page.getByLabel('Motivo del cierre').fill('Tormenta de polvo: oficina cerrada');
    await button(page, /^Cerrar el día…/).click();
    await page.getByRole('alertdialog').waitFor();
    await inspect(page, 'lead', 'close-day-confirm');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cerrar el día', exact: true }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page
      .getByRole('button', { name: /reabrir/i })
      .first()
      .waitFor();
    await inspect(page, 'lead', 'day-closed');

    await page.keyboard.press('Alt+9');
    await page.locator('.shifts-view').waitFor();
    await inspect(page, 'lead', 'shifts', { focusOnView: true });

    await page.keyboard.press('Alt+0');
    await page.locator('.practice-results, [class*="practice-results"]').first().waitFor();
    await inspect(page, 'lead', 'practice-results', { focusOnView: true });

    await page.keyboard.press('Alt+6');
    await inspect(page, 'lead', 'calls-again', { focusOnView: true });

    // A lead practising: the call panels and the scenarios, nothing live.
    await page.keyboard.press('Alt+Shift+P');
    await page.getByText('PRÁCTICA — nada de esto es real').first().waitFor();
    await inspect(page, 'lead', 'practice-mode');
    await context.close();
  }, 180_000);

  it('an administrator', async () => {
    const { page, context } = await openSignedInConsole(browser, server.url, 'admin1');
    await inspect(page, 'admin', 'console');
    await context.close();
  });

  it('no screen is cut, cramped or overlapping, in either language', () => {
    expect(problems, problems.join('\n\n')).toEqual([]);
  });

  /** The main area starts right under the header and status rows: no empty band between them. */
  async function emptyBandAboveMain(page: Page): Promise<string[]> {
    const gap = await page.evaluate(() => {
      const main = document.getElementById('console-main');
      const above = main?.previousElementSibling;
      if (!main || !above) return 0;
      // Where what is shown above ends: the last of the status rows that has a height.
      const bottoms = Array.from(above.children)
        .map((row) => row.getBoundingClientRect())
        .filter((box) => box.height > 0)
        .map((box) => box.bottom);
      const end = Math.max(above.getBoundingClientRect().top, ...bottoms);
      return Math.round(main.getBoundingClientRect().top - end);
    });
    return gap > 1 ? [`an empty band of ${gap}px lies between the status rows and the main area`] : [];
  }

  /** The floor's rows are a virtual list of 36px rows: a row wrapped to three lines would overlap the next. */
  async function floorRowsKeepTheirHeight(page: Page): Promise<string[]> {
    const tall = await page
      .locator('table.floor-table tbody tr.floor-row')
      .evaluateAll((rows) =>
        rows
          .filter((row) => row.getBoundingClientRect().height > 36.5)
          .map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ')),
      );
    return tall.map((row) => `a floor row is taller than 36px: "${row}"`);
  }

  /** The telephony side, as a carrier posts callers and hang-ups. */
  async function telephony<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(server.url + path, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TELEPHONY_TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${text}`);
    return JSON.parse(text) as T;
  }

  /** An adult on record whose number is theirs alone, with nothing booked: the screen pop opens them. */
  async function callerWithOwnNumber(api: Awaited<ReturnType<typeof apiAs>>) {
    type Caller = Applicant & { phone: string };
    const people = adultsOn(
      (await api.get<{ items: Caller[] }>('/api/applicants?q=lopez&limit=20')).items,
      daysAheadIn('America/Phoenix', 0),
    );
    for (const person of people) {
      if (!person.phone) continue;
      const same = await api.get<{ items: unknown[] }>(
        `/api/applicants?q=${encodeURIComponent(person.phone)}&limit=5`,
      );
      const booked = await api.get<{ items: unknown[] }>(`/api/appointments?applicantId=${person.id}`);
      if (same.items.length === 1 && booked.items.length === 0) return person;
    }
    throw new Error('no seeded adult with a number of their own');
  }
});
