import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adultsOn } from '../support/adults';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { widthProblems } from './support/fit';
import {
  apiAs,
  daysAheadIn,
  focusMovesTo,
  openSignedInConsole,
  type Applicant,
} from './support/console-session';

const TELEPHONY_TOKEN = 'e2e-telephony-token';

type Caller = Applicant & { phone: string };
type MyStatus = { userId: string; state: string; queue: { id: string } | null };
type MyCall = { callId: string; applicantId: string | null; hold: { id: string; expiresAt: string } | null };

/** The telephony side, as the call simulator or a carrier posts callers and hang-ups. */
async function telephony<T>(server: ConsoleServer, path: string, body?: unknown): Promise<T> {
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

let providerCalls = 0;
const placeCall = (server: ConsoleServer, from: string, queueId: string) =>
  telephony<{ id: string }>(server, '/api/telephony/calls', {
    providerCallId: `e2e-routed-${Date.now()}-${++providerCalls}`,
    from,
    language: 'es',
    queueId,
  });

/** The console's state pill, as the operator reads it. */
const myState = (page: Page) => page.getByTestId('my-state').innerText();

describe.skipIf(!chromiumAvailable)(
  'a routed call: ring, answer by keyboard, screen pop, book, wrap-up',
  () => {
    let server: ConsoleServer;
    let browser: Browser;
    const violations: string[] = [];

    async function check(page: Page, name: string) {
      const found = await axeViolations(page);
      if (found.length) violations.push(`${name}:\n${describeViolations(found)}`);
      // Laid out within the window: nothing pushed off its right edge, nothing cut to "…".
      for (const problem of await widthProblems(page)) violations.push(`${name}: ${problem}`);
      await screenshot(page, `routed-${name}-1366`);
    }

    const used = new Set<string>();
    /**
     * An adult on record whose number is theirs alone and who has nothing booked (one per test: each
     * books): the screen pop opens their record.
     */
    async function callerWithOwnNumber(username: string): Promise<Caller> {
      const api = await apiAs(server.url, username);
      const people = adultsOn(
        (await api.get<{ items: Caller[] }>('/api/applicants?q=lopez&limit=20')).items,
        daysAheadIn('America/Phoenix', 0),
      );
      for (const person of people) {
        if (!person.phone) continue;
        const same = await api.get<{ items: Applicant[] }>(
          `/api/applicants?q=${encodeURIComponent(person.phone)}&limit=5`,
        );
        // Nothing booked yet: the matrícula this test books is not refused as a second one.
        const booked = await api.get<{ items: unknown[] }>(`/api/appointments?applicantId=${person.id}`);
        if (same.items.length === 1 && booked.items.length === 0) {
          used.add(person.id);
          return person;
        }
      }
      throw new Error('no seeded adult with a number of their own');
    }

    beforeAll(async () => {
      server = await startConsoleServer({ TELEPHONY_TOKEN, SIMULATE_CALLS: 'off' });
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('the caller rings, Alt+T answers, their record opens, a seat is held and booked, the caller hangs up, wrap-up, available', async () => {
      const caller = await callerWithOwnNumber('operator5');
      const { page, context } = await openSignedInConsole(browser, server.url, 'operator5');
      const operator = await apiAs(server.url, 'operator5');
      await expect.poll(async () => (await operator.get<MyStatus>('/api/me/status')).state).toBe('available');
      const { queue } = await operator.get<MyStatus>('/api/me/status');
      await check(page, 'idle');

      const call = await placeCall(server, caller.phone, queue!.id);
      const banner = page.getByRole('region', { name: 'Llamada entrante' });
      await banner.waitFor();
      expect(await banner.innerText()).toContain('Un solicitante con este número');
      await check(page, 'ringing');

      await page.keyboard.press('Alt+T');
      await page.getByRole('region', { name: 'Solicitante elegido' }).waitFor();
      expect(await page.getByRole('region', { name: 'Solicitante elegido' }).innerText()).toContain(
        caller.curp,
      );
      await focusMovesTo(page, '[role="listbox"]');
      await check(page, 'screen-pop');
      expect(await page.getByTestId('call-line').innerText()).toContain('Español');

      // The matrícula consular, at Phoenix, the first seat; held.
      await page.keyboard.press('4');
      await page.keyboard.press('Alt+3');
      await focusMovesTo(page, '[role="combobox"]');
      await page.keyboard.type('PHX');
      await page.keyboard.press('Enter');
      await focusMovesTo(page, '[role="gridcell"]');
      await page.keyboard.press('Enter');
      const confirm = page.getByRole('button', { name: /confirmar cita/i });
      await confirm.waitFor();
      await expect.poll(async () => (await operator.get<MyCall>('/api/me/call')).hold?.id).toBeTruthy();
      const held = await operator.get<MyCall>('/api/me/call');
      expect(held).toMatchObject({ callId: call.id, applicantId: caller.id });
      await check(page, 'held');

      await page.keyboard.press('Alt+C');
      await page.getByRole('heading', { name: /cita confirmada/i }).waitFor();
      await check(page, 'booked');

      // The caller hangs up: the wrap-up opens with the time the server leaves for it; Enter logs "booked".
      await telephony(server, `/api/telephony/calls/${call.id}/hangup`);
      const wrapUp = page.getByRole('dialog', { name: 'Cerrar la llamada' });
      await wrapUp.waitFor();
      expect(await wrapUp.getByTestId('wrap-up-deadline').innerText()).toMatch(
        /el sistema la cierra en \d\d:\d\d/,
      );
      expect(await wrapUp.getByRole('radio', { name: 'Cita agendada' }).isChecked()).toBe(true);
      await check(page, 'wrap-up');
      await page.keyboard.press('Enter');
      await page.getByText(/llamada registrada/i).waitFor();
      await expect.poll(() => myState(page)).toMatch(/^Disponible/);
      await expect.poll(async () => (await operator.get<MyStatus>('/api/me/status')).state).toBe('available');

      expect(violations, violations.join('\n\n')).toEqual([]);
      await context.close();
    });

    it('a reload after the hold comes back on the same call: same caller, same hold and its countdown', async () => {
      const caller = await callerWithOwnNumber('operator6');
      const { page, context } = await openSignedInConsole(browser, server.url, 'operator6');
      const operator = await apiAs(server.url, 'operator6');
      await expect.poll(async () => (await operator.get<MyStatus>('/api/me/status')).state).toBe('available');
      const { queue } = await operator.get<MyStatus>('/api/me/status');
      const call = await placeCall(server, caller.phone, queue!.id);
      await page.getByRole('region', { name: 'Llamada entrante' }).waitFor();
      await page.keyboard.press('Alt+T');
      await focusMovesTo(page, '[role="listbox"]');
      await page.keyboard.press('4');
      await page.keyboard.press('Alt+3');
      await focusMovesTo(page, '[role="combobox"]');
      await page.keyboard.type('PHX');
      await page.keyboard.press('Enter');
      await focusMovesTo(page, '[role="gridcell"]');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /confirmar cita/i }).waitFor();
      await expect.poll(async () => (await operator.get<MyCall>('/api/me/call')).hold?.id).toBeTruthy();
      const before = await operator.get<MyCall>('/api/me/call');

      await page.reload();
      await page.getByRole('region', { name: 'Solicitante elegido' }).waitFor();
      expect(await page.getByRole('region', { name: 'Solicitante elegido' }).innerText()).toContain(
        caller.curp,
      );
      await page.getByRole('button', { name: /confirmar cita/i }).waitFor();
      const countdown = page.locator('.hold-countdown [role="timer"]');
      await countdown.waitFor();
      // The countdown runs to the same expiry as before the reload (a few seconds have passed).
      const secondsLeft = (text: string) => {
        const [m, s] = text.split(':').map(Number);
        return m! * 60 + s!;
      };
      const shown = secondsLeft((await countdown.innerText()).trim());
      const expected = Math.round((Date.parse(before.hold!.expiresAt) - Date.now()) / 1000);
      expect(Math.abs(shown - expected)).toBeLessThanOrEqual(3);
      expect(await page.getByTestId('call-line').innerText()).toContain('Español');
      const after = await operator.get<MyCall>('/api/me/call');
      expect(after).toMatchObject({ callId: call.id, applicantId: caller.id, hold: { id: before.hold!.id } });
      await check(page, 'reloaded');

      // The call goes on from there: booked, then wrapped up.
      await page.keyboard.press('Alt+C');
      await page.getByRole('heading', { name: /cita confirmada/i }).waitFor();
      await page.keyboard.press('Alt+W');
      await page.getByRole('dialog', { name: 'Cerrar la llamada' }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByText(/llamada registrada/i).waitFor();
      expect(violations, violations.join('\n\n')).toEqual([]);
      await context.close();
    });
  },
);
