/**
 * What an operator does before a call: open the console in Chromium and sign in with the keyboard.
 * Also a plain API client for setting up the world a test starts from.
 */
import type { Browser, Page } from 'playwright-core';
import { addDays, todayIn } from '../../support/api-client';
import { newConsolePage, viewports } from './browser';

export const DEMO_PASSWORD = 'demo1234';

export async function signIn(page: Page, username: string): Promise<void> {
  await page.getByLabel(/^usuario$|^username$/i).focus();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /llamada saliente|outbound call/i }).waitFor();
}

export async function openSignedInConsole(
  browser: Browser,
  url: string,
  username: string,
  viewport: { width: number; height: number } = viewports.laptop,
) {
  const { context, page } = await newConsolePage(browser, viewport);
  await page.goto(url + '/');
  await signIn(page, username);
  return { context, page };
}

/** The API as another client sees it (setting up appointments, capacity, another operator's booking). */
export async function apiAs(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login ${username}: HTTP ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const call = async <T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
      call<T>('POST', path, body, headers),
    patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body),
  };
}

export type Slot = { id: string; localStart: string; available: number; capacity: number; start: string };
export type Applicant = {
  id: string;
  curp: string;
  givenNames: string;
  firstSurname: string;
  secondSurname: string | null;
  birthDate: string;
};

/** The date `days` after today in a consulate's zone (today on this run's clock, whatever day that is). */
export const daysAheadIn = (timeZone: string, days: number) => addDays(todayIn(timeZone), days);

/** The first bookable slot of a consulate, from the API (what the grid shows first). */
export async function firstOpenSlots(
  api: Awaited<ReturnType<typeof apiAs>>,
  consulateId: string,
  from: string,
  to: string,
): Promise<Slot[]> {
  const page = await api.get<{ items: Slot[] }>(
    `/api/slots?consulateId=${consulateId}&from=${from}&to=${to}`,
  );
  return page.items.filter((s) => s.available > 0 && new Date(s.start).getTime() > Date.now() + 3_600_000);
}

/** Waits until keyboard focus is inside (or on) an element matching the selector, as the next step expects. */
export async function focusMovesTo(page: Page, selector: string, timeoutMs = 5_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const active = document.activeElement;
      return !!active && (active.matches(sel) || !!active.closest(sel));
    },
    selector,
    { timeout: timeoutMs },
  );
}

/** Opens the console on a caller, a service and Phoenix's slot grid, with the keyboard. */
export async function lookAtPhoenix(page: Page, curp: string): Promise<void> {
  await page.keyboard.press('Alt+N');
  await focusMovesTo(page, '[role="combobox"]');
  await page.keyboard.type(curp);
  await page.getByRole('option', { name: new RegExp(curp) }).waitFor();
  await page.keyboard.press('Enter');
  await focusMovesTo(page, '[role="listbox"]');
  await page.keyboard.press('4'); // matrícula consular
  await page.keyboard.press('Alt+3');
  await focusMovesTo(page, '[role="combobox"]');
  await page.keyboard.type('PHX');
  await page.keyboard.press('Enter');
  await page.locator('[role="gridcell"][tabindex="0"]').waitFor();
}

/**
 * With the keyboard, as on a call: Alt+2, the service typed in its list and chosen, every requirement
 * ticked as the caller confirms it; then Alt+3 and the consulate typed and chosen.
 */
export async function chooseServiceAndConsulate(
  page: Page,
  service: string,
  consulate: string,
): Promise<void> {
  await page.keyboard.press('Alt+2');
  await focusMovesTo(page, '[role="listbox"]');
  await page.keyboard.type(service);
  await page.keyboard.press('Enter');
  const requirements = page.getByRole('checkbox');
  await requirements.first().waitFor();
  for (const box of await requirements.all()) await box.check();
  await page.keyboard.press('Alt+3');
  await focusMovesTo(page, '[role="combobox"]');
  await page.keyboard.type(consulate);
  await page.keyboard.press('Enter');
}
