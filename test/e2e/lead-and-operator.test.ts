import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium, screenshot, viewports } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import { adultsOn } from '../support/adults';
import {
  apiAs,
  daysAheadIn,
  firstOpenSlots,
  openSignedInConsole,
  type Applicant,
  type Slot,
} from './support/console-session';
import { recordMeasurement } from './support/measurements';

const OPERATOR = 'operator4';
const OPERATOR_ID = 'usr_operator4';

async function expectNoAxeViolations(page: Page, screen: string) {
  const violations = await axeViolations(page);
  expect(violations, `${screen}:\n${describeViolations(violations)}`).toEqual([]);
}

/** The floor row of one operator, found by filtering the floor as a lead would. */
const floorRow = (page: Page, userId: string) =>
  page.locator(`table.floor-table tr[data-user-id="${userId}"]`);

/**
 * A shift lead and an operator side by side, each in their own Chromium window on one real server:
 * the lead watches the operator's state change live, moves them to another queue after their call
 * and sees the operator's console acknowledge it; then closes a consulate's day that has a booking
 * and a live hold, and works from the list of appointments to rebook.
 */
describe.skipIf(!chromiumAvailable)('a shift lead and an operator, side by side', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let lead: Page;
  let operator: Page;
  let booked: { confirmationCode: string };
  let bookedCaller: Applicant;
  let liveHold: { id: string };
  let day: string;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    // A day at Phoenix with one booked appointment and one live hold (another operator's call).
    const other = await apiAs(server.url, 'operator6');
    const callers = adultsOn(
      (await other.get<{ items: Applicant[] }>('/api/applicants?q=hernandez&limit=20')).items,
      daysAheadIn('America/Phoenix', 0),
      2,
    );
    const slots = (await firstOpenSlots(
      other,
      'PHX',
      daysAheadIn('America/Phoenix', 5),
      daysAheadIn('America/Phoenix', 12),
    )) as Slot[];
    day = slots[0]!.localStart.slice(0, 10);
    const sameDay = slots.filter((s) => s.localStart.startsWith(day));
    [bookedCaller] = callers as [Applicant];
    const hold = await other.post<{ id: string }>('/api/holds', {
      slotId: sameDay[0]!.id,
      applicantId: callers[0]!.id,
      procedureId: 'matricula',
    });
    booked = await other.post(
      '/api/appointments',
      { holdId: hold.id },
      { 'idempotency-key': crypto.randomUUID() },
    );
    liveHold = await other.post('/api/holds', {
      slotId: sameDay[1]!.id,
      applicantId: callers[1]!.id,
      procedureId: 'matricula',
    });

    ({ page: operator } = await openSignedInConsole(browser, server.url, OPERATOR, viewports.laptop));
    ({ page: lead } = await openSignedInConsole(browser, server.url, 'lead1', viewports.desktop));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the lead sees the operator’s state change live, on the floor (Alt+7)', async () => {
    await expect.poll(() => operator.locator('.operator-status').innerText()).toMatch(/Disponible/);
    const opened = Date.now();
    await lead.keyboard.press('Alt+7');
    await lead.getByLabel('Nombre o usuario').fill(OPERATOR);
    const row = floorRow(lead, OPERATOR_ID);
    await expect.poll(() => row.innerText()).toMatch(/Disponible/);
    recordMeasurement('floor: Alt+7 to the operator’s row shown (ms)', Date.now() - opened);

    const started = Date.now();
    await operator.keyboard.press('Alt+N');
    await expect.poll(() => row.innerText(), { interval: 20 }).toMatch(/En llamada/);
    recordMeasurement('floor: operator starts a call → lead sees "En llamada" (ms)', Date.now() - started);
    await expectNoAxeViolations(lead, 'lead floor');
    await screenshot(lead, 'lead-floor');
  });

  it('a reassignment after the call waits for the call, then the operator’s console shows it and the lead sees it acknowledged', async () => {
    const row = floorRow(lead, OPERATOR_ID);
    await row.focus();
    await lead.keyboard.press('Space');
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await lead.keyboard.press('Alt+R');
    const dialog = lead.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Texas/ }).check();
    await expect
      .poll(() => dialog.getByRole('radio', { name: /al terminar la llamada/i }).isChecked())
      .toBe(true);
    await expectNoAxeViolations(lead, 'reassign dialog');
    await screenshot(lead, 'lead-reassign-dialog');
    await lead.keyboard.press('Enter');
    await expect.poll(() => row.innerText()).toMatch(/Pendiente: a Texas al terminar la llamada/);
    // Still on the call: the operator's console has not been moved yet.
    await expect
      .poll(() => operator.locator('.operator-status').innerText())
      .toMatch(/Cambio de cola al terminar la llamada/);

    // The operator wraps the call up: the move applies, the console shows it, the lead sees it seen.
    await operator.keyboard.press('Alt+W');
    await expect.poll(() => row.innerText(), { interval: 20 }).toMatch(/Cierre de llamada/);
    const ended = Date.now();
    await operator.keyboard.press('Enter');
    const notice = operator.getByText('Su líder de turno lo cambió a la cola Texas.');
    await notice.waitFor();
    await expect.poll(() => row.innerText(), { interval: 20 }).toMatch(/Visto en su consola: Texas ✓/);
    recordMeasurement(
      'reassignment: call ended → lead sees it acknowledged by the console (ms)',
      Date.now() - ended,
    );
    await expect.poll(() => row.innerText()).toMatch(/Disponible/);
    await expect.poll(() => operator.locator('.operator-status').innerText()).toMatch(/Cola: Texas/);
    await expectNoAxeViolations(operator, 'operator with the queue-change notice');
    await screenshot(operator, 'operator-queue-notice');
    await screenshot(lead, 'lead-floor-acknowledged');

    // The audit log has the whole round trip.
    const api = await apiAs(server.url, 'lead1');
    const floor = await api.get<{
      operators: { userId: string; queueId: string | null; reassignment: { status: string } | null }[];
    }>('/api/floor');
    const me = floor.operators.find((o) => o.userId === OPERATOR_ID)!;
    expect(me.reassignment?.status).toBe('acknowledged');
  });

  it('the lead puts the operator on break and the operator’s console shows who did it', async () => {
    const row = floorRow(lead, OPERATOR_ID);
    await row.focus();
    await lead.getByRole('button', { name: 'Descanso', exact: true }).click();
    await expect.poll(() => operator.locator('.operator-status').innerText()).toMatch(/En descanso/);
    await operator.getByText(/Su líder de turno lo puso en descanso/).waitFor();
    await operator.keyboard.press('Alt+B');
    await expect.poll(() => row.innerText()).toMatch(/Disponible/);
  });

  it('closing a day with a booking and a live hold: the day leaves booking, the hold fails at confirm, the booking is listed to rebook (Alt+8)', async () => {
    await lead.keyboard.press('Alt+8');
    const consulate = lead.getByRole('combobox', { name: /Consulado/ });
    await consulate.fill('PHX');
    await lead.keyboard.press('Enter');
    await lead.getByLabel('Fecha (del consulado)').fill(day);
    await lead.getByText(/Total del día/).waitFor();
    await expectNoAxeViolations(lead, 'capacity view');
    await screenshot(lead, 'lead-capacity');

    await lead.getByLabel('Motivo del cierre').fill('Tormenta de polvo: oficina cerrada');
    await lead.getByRole('button', { name: 'Cerrar el día…' }).click();
    // A closure cannot be undone from the console: an alert dialog, focus starting on "Cancelar".
    const confirm = lead.getByRole('alertdialog');
    await confirm.getByText('El día deja de aceptar citas de inmediato.').waitFor();
    await expectNoAxeViolations(lead, 'close-day confirmation');
    await confirm.getByRole('button', { name: 'Cerrar el día', exact: true }).click();

    const list = lead
      .getByRole('table', { name: /citas|appointments/i })
      .or(lead.locator('table').filter({ hasText: booked.confirmationCode }));
    await list.first().getByText(booked.confirmationCode).waitFor();
    await lead.getByText(new RegExp(bookedCaller.firstSurname)).first().waitFor();
    await expectNoAxeViolations(lead, 'closure with appointments to rebook');
    await screenshot(lead, 'lead-closure-list');

    const other = await apiAs(server.url, 'operator6');
    await expect(
      other.post('/api/appointments', { holdId: liveHold.id }, { 'idempotency-key': crypto.randomUUID() }),
    ).rejects.toThrow(/409.*day_closed/);
    const slots = await other.get<{ items: Slot[] }>(`/api/slots?consulateId=PHX&from=${day}&to=${day}`);
    expect(slots.items).toEqual([]);
    const stillBooked = await other.get<{ items: { confirmationCode: string; status: string }[] }>(
      `/api/appointments?applicantId=${bookedCaller.id}`,
    );
    expect(stillBooked.items.find((a) => a.confirmationCode === booked.confirmationCode)?.status).toBe(
      'booked',
    );
  });

  it('shifts: who is scheduled now against who is logged in (Alt+9)', async () => {
    await lead.keyboard.press('Alt+9');
    await lead
      .getByRole('heading', { name: /Turnos|turno/i })
      .first()
      .waitFor();
    await expectNoAxeViolations(lead, 'shifts view');
    await screenshot(lead, 'lead-shifts');
  });
});
