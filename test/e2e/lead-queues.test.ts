import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestKysely } from '../support/test-kysely';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot, viewports } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { apiAs, openSignedInConsole } from './support/console-session';
import { widthProblems } from './support/fit';
import { recordMeasurement } from './support/measurements';

const TELEPHONY_TOKEN = 'e2e-lead-queues-token';
const QUEUE = 'q-civil-registry';
const OPERATOR = 'operator4';
const OPERATOR_ID = 'usr_operator4';

/** The telephony side posts a caller into the queue, as the simulator or a carrier would. */
let providerCalls = 0;
async function placeCall(server: ConsoleServer, from: string): Promise<{ id: string }> {
  const response = await fetch(`${server.url}/api/telephony/calls`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TELEPHONY_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      providerCallId: `e2e-lead-queues-${Date.now()}-${++providerCalls}`,
      from,
      language: 'es',
      queueId: QUEUE,
    }),
  });
  if (response.status !== 201) throw new Error(`POST /api/telephony/calls: ${response.status}`);
  return (await response.json()) as { id: string };
}

/** The queue's card on the lead's floor and one of its figures, as the lead reads them. */
const card = (page: Page) => page.locator(`li.queue-card[data-queue-id="${QUEUE}"]`);
const figure = (page: Page, id: string) => card(page).locator(`[data-figure="${id}"] dd`).innerText();
const seconds = (clock: string) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/**
 * A lead watches a queue fill and drain: callers arrive in a queue where nobody is available, the
 * lead sees the waiting count rise and the longest wait grow; the lead moves an available operator
 * (who answers automatically) into that queue, the routing offers them the calls and the waiting
 * count drains on the lead's screen. All through the real server, sockets and routing.
 */
describe.skipIf(!chromiumAvailable)('the lead watches a queue fill and drain after a reassignment', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let lead: Page;
  let operator: Page;

  beforeAll(async () => {
    server = await startConsoleServer({ TELEPHONY_TOKEN, SIMULATE_CALLS: 'off' });
    browser = await launchChromium();
    // The operator answers offers automatically (operator_profiles.auto_answer), speaking Spanish.
    const db = openTestKysely(server.databaseUrl, { readOnly: false });
    try {
      await db
        .insertInto('operator_profiles')
        .values({ user_id: OPERATOR_ID, languages: 'es', auto_answer: 1 })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ languages: 'es', auto_answer: 1 }))
        .execute();
    } finally {
      await db.destroy();
    }
    ({ page: lead } = await openSignedInConsole(browser, server.url, 'lead1', viewports.laptop));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('callers wait in a queue with nobody available: the lead sees the count rise and the wait grow', async () => {
    await lead.keyboard.press('Alt+7');
    await card(lead).waitFor();
    expect(await figure(lead, 'waiting')).toBe('0');

    const arrived = Date.now();
    await placeCall(server, '+13125550101');
    await expect.poll(() => figure(lead, 'waiting'), { interval: 50 }).toBe('1');
    recordMeasurement(
      'lead queues: caller posted → waiting count on the lead’s card (ms)',
      Date.now() - arrived,
    );
    await placeCall(server, '+13125550102');
    await expect.poll(() => figure(lead, 'waiting')).toBe('2');

    const first = seconds(await figure(lead, 'longestWait'));
    await expect.poll(async () => seconds(await figure(lead, 'longestWait'))).toBeGreaterThan(first);
    // Both callers are listed with their last four digits.
    await expect.poll(() => card(lead).locator('.queue-waiting__list li').count()).toBe(2);
    expect(await card(lead).locator('.queue-waiting__list').innerText()).toMatch(/…0101[\s\S]*…0102/);

    const violations = await axeViolations(lead);
    expect(violations, describeViolations(violations)).toEqual([]);
    // 1366×768: the floor never scrolls sideways, nor cuts a card's text.
    expect(await widthProblems(lead)).toEqual([]);
    await card(lead).scrollIntoViewIfNeeded();
    await screenshot(lead, 'lead-queues-waiting-1366');
  });

  it('the lead moves an available operator into the queue: the calls are answered and the waiting count drains', async () => {
    ({ page: operator } = await openSignedInConsole(browser, server.url, OPERATOR, viewports.laptop));
    await expect.poll(() => operator.getByTestId('my-state').innerText()).toMatch(/Disponible/);

    // On the floor: find the operator, select the row, Alt+R, the queue, Enter.
    await lead.getByLabel('Nombre o usuario').fill(OPERATOR);
    const row = lead.locator(`table.floor-table tr[data-user-id="${OPERATOR_ID}"]`);
    await expect.poll(() => row.innerText()).toMatch(/Disponible/);
    await row.focus();
    await lead.keyboard.press('Space');
    await lead.keyboard.press('Alt+R');
    const dialog = lead.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Registro civil/ }).check();
    const moved = Date.now();
    await lead.keyboard.press('Enter');

    // The routing offers the oldest caller to the operator, who answers at once: one left waiting.
    await expect.poll(() => figure(lead, 'waiting'), { interval: 50 }).toBe('1');
    recordMeasurement('lead queues: reassignment → the queue’s waiting count falls (ms)', Date.now() - moved);
    await expect.poll(() => row.innerText()).toMatch(/En llamada/);
    expect(await card(lead).locator('.queue-waiting__list').innerText()).toMatch(/…0102/);

    // The operator finishes the call; the next caller is theirs at once, and nobody waits.
    const api = await apiAs(server.url, OPERATOR);
    const current = await api.get<{ callId: string }>('/api/me/call');
    await api.post(`/api/calls/${current.callId}/end`, { wrapUpCode: 'information' });
    await expect.poll(() => figure(lead, 'waiting')).toBe('0');
    await expect.poll(() => figure(lead, 'longestWait')).toBe('—');
    expect(await card(lead).locator('.queue-waiting__list').count()).toBe(0);
    expect(await figure(lead, 'answered')).toBe('2');

    const violations = await axeViolations(lead);
    expect(violations, describeViolations(violations)).toEqual([]);
    await card(lead).scrollIntoViewIfNeeded();
    await screenshot(lead, 'lead-queues-drained-1366');
  });

  it('a caller who hangs up unanswered brings the queue under its target: said on the card and aloud', async () => {
    // The operator is on a call: the next caller waits, then hangs up.
    const gone = await placeCall(server, '+13125550103');
    await expect.poll(() => figure(lead, 'waiting')).toBe('1');
    const response = await fetch(`${server.url}/api/telephony/calls/${gone.id}/hangup`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TELEPHONY_TOKEN}` },
    });
    expect(response.status).toBe(200);
    // Two answered in time, one abandoned: 67 % under the 80 % target.
    await card(lead).getByText('Por debajo de la meta').waitFor();
    expect(await figure(lead, 'serviceLevel')).toMatch(/^67\s?%$/);
    await expect
      .poll(() => lead.locator('[data-testid="queue-alerts"]').innerText())
      .toMatch(/Registro civil: el nivel de servicio \(67\s?%\) está por debajo de la meta \(80\s?%\)\./);
    const violations = await axeViolations(lead);
    expect(violations, describeViolations(violations)).toEqual([]);
    await card(lead).scrollIntoViewIfNeeded();
    await screenshot(lead, 'lead-queues-below-target-1366');
  });
});
