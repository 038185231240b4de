import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCurp } from '../../shared/domain/curp/curp-builder';
import { adultsOn } from '../support/adults';
import { axeViolations, describeViolations } from './support/axe';
import { chromiumAvailable, launchChromium } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';
import {
  apiAs,
  daysAheadIn,
  firstOpenSlots,
  focusMovesTo,
  openSignedInConsole,
  type Applicant,
  type Slot,
} from './support/console-session';
import { widthProblems } from './support/fit';
import { recordMeasurement } from './support/measurements';
import { screenPhoto } from './support/screen-photos';

const TUCSON = 'America/Phoenix';

type Entry = { id: string; status: string; holdId: string | null; offeredSlot: { slotId: string } | null };
type Appointment = { id: string; status: string; confirmationCode: string; slotId: string };

/**
 * A caller with no suitable seat is put on the waitlist at operator A's console; operator B, at another
 * console, cancels the appointment holding the only seat of that day; the server holds the freed seat
 * for the caller, and A's open record shows it and confirms it into the usual read-back. Keyboard only
 * (dates filled in their fields), axe on every screen, photographs at 1366×768 in both languages.
 */
describe.skipIf(!chromiumAvailable)('a waitlisted caller is offered a seat freed at another console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let waiting: Applicant;
  let booked: Applicant;
  let day: string;
  let seat: Slot;
  let bookedAppointment: Appointment;
  const violations: string[] = [];
  const cramped: string[] = [];

  /** axe, the fit at 1366×768, and a photograph of what is on screen. */
  const check = async (page: Page, name: string) => {
    const found = await axeViolations(page);
    if (found.length) violations.push(`${name}:\n${describeViolations(found)}`);
    const problems = await widthProblems(page);
    if (problems.length) cramped.push(`${name}: ${problems.join('; ')}`);
    await screenPhoto(page, name);
  };

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    const lead = await apiAs(server.url, 'lead1');
    const operatorB = await apiAs(server.url, 'operator6');
    [waiting, booked] = adultsOn(
      (await lead.get<{ items: Applicant[] }>('/api/applicants?q=hernandez&limit=20')).items,
      daysAheadIn(TUCSON, 0),
      2,
    ) as [Applicant, Applicant];

    // A Tucson day with no free seat: its first open time booked by another caller, every time of
    // the day down to what is held and booked.
    [seat] = (await firstOpenSlots(lead, 'TUS', daysAheadIn(TUCSON, 5), daysAheadIn(TUCSON, 14))) as [Slot];
    day = seat.localStart.slice(0, 10);
    const hold = await operatorB.post<{ id: string }>('/api/holds', {
      slotId: seat.id,
      applicantId: booked.id,
      procedureId: 'matricula',
    });
    bookedAppointment = await operatorB.post<Appointment>(
      '/api/appointments',
      { holdId: hold.id },
      { 'idempotency-key': `e2e-waitlist-${booked.id}` },
    );
    const times = (await lead.get<{ items: Slot[] }>(`/api/slots?consulateId=TUS&from=${day}&to=${day}`))
      .items;
    for (const slot of times)
      if (slot.available > 0)
        await lead.patch(`/api/slots/${slot.id}`, { capacity: slot.capacity - slot.available });
    const after = (await lead.get<{ items: Slot[] }>(`/api/slots?consulateId=TUS&from=${day}&to=${day}`))
      .items;
    expect(after.every((s) => s.available === 0)).toBe(true);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('puts the caller on the waitlist, and confirms the seat another console freed', async () => {
    const operatorA = await openSignedInConsole(browser, server.url, 'operator5');
    const { page } = operatorA;
    const asA = await apiAs(server.url, 'operator5');

    // The caller, the matrícula, Tucson: the day they need has no seat.
    await page.keyboard.press('Alt+N');
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.type(waiting.curp);
    await page.getByRole('option', { name: new RegExp(waiting.curp) }).waitFor();
    await page.keyboard.press('Enter');
    await focusMovesTo(page, '[role="listbox"]');
    await page.keyboard.press('4'); // matrícula consular
    await page.keyboard.press('Alt+3');
    await focusMovesTo(page, '[role="combobox"]');
    await page.keyboard.type('TUS');
    await page.keyboard.press('Enter');
    await page.locator('[role="gridcell"][tabindex="0"]').waitFor();

    // Alt+Y: the form, Tucson chosen, the dates focused.
    await page.keyboard.press('Alt+Y');
    const form = page.getByRole('dialog', { name: 'Poner en lista de espera' });
    await form.waitFor();
    await focusMovesTo(page, 'input[type="date"]');
    await form.getByRole('button', { name: 'Quitar Tucson' }).waitFor();
    await form.getByLabel('Desde (fecha del consulado)').fill(day);
    await form.getByLabel('Hasta').fill(day);
    await check(page, 'operator-waitlist-form-es');
    await page.keyboard.press('Enter');
    await page.getByText(/quedó en la lista de espera/).waitFor();
    const waitingLine = page.getByText(/^En lista de espera: Tucson, /);
    await waitingLine.waitFor();
    const [entry] = (await asA.get<{ items: Entry[] }>(`/api/waitlist?applicantId=${waiting.id}`)).items;
    expect(entry?.status).toBe('waiting');
    await check(page, 'operator-waitlist-waiting-es');

    // The same form in English (a second entry would be refused: Escape leaves it).
    await page.keyboard.press('Alt+L');
    await page.keyboard.press('Alt+Y');
    const formEn = page.getByRole('dialog', { name: 'Put on the waitlist' });
    await formEn.waitFor();
    await check(page, 'operator-waitlist-form-en');
    await page.keyboard.press('Enter');
    await formEn
      .getByText('This person is already on the waitlist for this service. Check their place on the list.')
      .waitFor();
    await page.keyboard.press('Escape');
    await formEn.waitFor({ state: 'hidden' });
    await page.keyboard.press('Alt+L');

    // Operator B, at another console, cancels the appointment that holds the day's only seat.
    const operatorB = await openSignedInConsole(browser, server.url, 'operator6');
    await operatorB.page.keyboard.press('Alt+N');
    await focusMovesTo(operatorB.page, '[role="combobox"]');
    await operatorB.page.keyboard.type(booked.curp);
    await operatorB.page.getByRole('option', { name: new RegExp(booked.curp) }).waitFor();
    await operatorB.page.keyboard.press('Enter');
    await operatorB.page.keyboard.press('Alt+A');
    await operatorB.page
      .getByRole('button', { name: `Cancelar la cita ${bookedAppointment.confirmationCode}` })
      .focus();
    await operatorB.page.keyboard.press('Enter');
    await operatorB.page.getByText(/Enter cancela la cita/).waitFor();
    const cancelledAt = Date.now();
    await operatorB.page.keyboard.press('Enter');
    await operatorB.page
      .getByText(new RegExp(`Cita ${bookedAppointment.confirmationCode} cancelada`))
      .waitFor();

    // Operator A's open record shows the seat held for the caller, first and prominent.
    const offer = page.getByText(/^Lugar apartado para usted: Tucson, /);
    await offer.waitFor({ timeout: 15_000 });
    const seenAfterMs = Date.now() - cancelledAt;
    expect(await offer.innerText()).toMatch(/\(hora estándar de la montaña\)$/);
    await page.getByText(/^Vence el /).waitFor();
    const offered = await asA.get<Entry>(`/api/waitlist/${entry!.id}`);
    expect(offered).toMatchObject({ status: 'offered', offeredSlot: { slotId: seat.id } });
    await check(page, 'operator-waitlist-offer-es');
    await page.keyboard.press('Alt+L');
    await page.getByText(/^Seat held for the caller: Tucson, /).waitFor();
    await check(page, 'operator-waitlist-offer-en');
    await page.keyboard.press('Alt+L');

    // Confirmar cita: the usual read-back, its code the appointment's.
    await page.getByRole('button', { name: 'Confirmar cita' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Cita confirmada: léala al solicitante' }).waitFor();
    const appointments = (
      await asA.get<{ items: Appointment[] }>(`/api/appointments?applicantId=${waiting.id}`)
    ).items;
    const mine = appointments.find((a) => a.status === 'booked');
    expect(mine?.slotId).toBe(seat.id);
    const code = await page.locator('.booking-readback .visually-hidden').first().innerText();
    expect(code.replace(/\s/g, '')).toBe(mine!.confirmationCode);
    expect(await asA.get<Entry>(`/api/waitlist/${entry!.id}`)).toMatchObject({ status: 'booked' });
    await expect.poll(() => page.getByText(/^Lugar apartado para usted/).count()).toBe(0);
    await check(page, 'operator-waitlist-booked-es');
    recordMeasurement('waitlistOffer', { offerSeenByWaitingConsoleMs: seenAfterMs });

    await operatorB.context.close();
    await operatorA.context.close();
    expect(violations, violations.join('\n\n')).toEqual([]);
    expect(cramped, cramped.join('\n')).toEqual([]);
  });

  it('shows a lead the waitlists and the messages, read-only, in both languages', async () => {
    // Two more callers wait for the same (full) day; one caller with an e-mail address books and
    // cancels, so there are messages to read (kept: this server has no mail server).
    const operator = await apiAs(server.url, 'operator7');
    const lead = await apiAs(server.url, 'lead1');
    const others = adultsOn(
      (await lead.get<{ items: Applicant[] }>('/api/applicants?q=lopez&limit=20')).items,
      daysAheadIn(TUCSON, 0),
      2,
    );
    // One waits for Tucson alone (full that day); one takes Nogales too, which has a seat: held at once.
    for (const [other, consulateIds] of [
      [others[0]!, ['TUS']],
      [others[1]!, ['TUS', 'NOG']],
    ] as const)
      await operator.post('/api/waitlist', {
        applicantId: other.id,
        procedureId: 'matricula',
        consulateIds,
        from: day,
        to: day,
      });
    const person = {
      givenNames: 'Rosaura',
      firstSurname: 'Villaseñor',
      secondSurname: 'Ochoa',
      birthDate: '1984-03-09',
    };
    const withEmail = await operator.post<{ id: string }>('/api/applicants', {
      ...person,
      curp: buildCurp({ ...person, sex: 'M', state: 'SR', homonym: '4' }),
      email: 'rosaura.villasenor@example.org',
    });
    const [open] = await firstOpenSlots(operator, 'TUS', daysAheadIn(TUCSON, 15), daysAheadIn(TUCSON, 30));
    const hold = await operator.post<{ id: string }>('/api/holds', {
      slotId: open!.id,
      applicantId: withEmail.id,
      procedureId: 'matricula',
    });
    const appointment = await operator.post<Appointment>(
      '/api/appointments',
      { holdId: hold.id },
      { 'idempotency-key': `e2e-waitlist-mail-${withEmail.id}` },
    );
    await operator.post(`/api/appointments/${appointment.id}/cancel`, {});

    const { page, context } = await openSignedInConsole(browser, server.url, 'lead1');
    await page.keyboard.press('Alt+Shift+6');
    const heading = page.getByRole('heading', { name: 'Lista de espera', exact: true });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const show = page.getByRole('button', { name: /^Ver la lista de Tucson, Matrícula consular/ });
    await show.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: /^Lista de espera de .*Tucson, Matrícula consular/ }).waitFor();
    await check(page, 'lead-waitlist-es');
    await page.keyboard.press('Alt+L');
    await page.getByRole('table', { name: /^Waitlist of .*Tucson, / }).waitFor();
    await check(page, 'lead-waitlist-en');

    await page.keyboard.press('Alt+Shift+7');
    await page.getByRole('heading', { name: 'Messages to applicants' }).waitFor();
    const read = page.getByRole('button', {
      name: /^Read the message to rosaura\.villasenor@example\.org, Cancelled/,
    });
    await read.waitFor({ timeout: 15_000 });
    await check(page, 'lead-messages-en');
    await read.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Message to rosaura.villasenor@example.org' });
    await dialog.waitFor();
    expect(await dialog.locator('pre').nth(1).innerText()).toContain('METHOD:CANCEL');
    await check(page, 'lead-message-open-en');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+L');
    await page.getByRole('heading', { name: 'Mensajes a solicitantes' }).waitFor();
    await check(page, 'lead-messages-es');
    await context.close();

    expect(violations, violations.join('\n\n')).toEqual([]);
    expect(cramped, cramped.join('\n')).toEqual([]);
  });
});
