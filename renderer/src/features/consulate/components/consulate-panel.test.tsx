import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Applicant } from '../../../../../shared/api/applicants';
import { SlotList } from '../../../../../shared/api/slots';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import type { Api } from '../../../api/api-client-context';
import { confirmAppointment } from '../../../api/appointments';
import { createHold } from '../../../api/holds';
import { queryKeys } from '../../../api/query-keys';
import { slotWindow, type SlotPage } from '../../../api/slots';
import { renderWithConsole } from '../../../testing/render-console';
import { formatDayChip } from '../format-day';
import { ConsulatePanelHarness, plain } from '../testing/consulate-panel-harness';

const USERNAME = 'operator17';

async function focusSearch(
  user: Awaited<ReturnType<typeof renderWithConsole>>['user'],
): Promise<HTMLInputElement> {
  const input = await screen.findByRole<HTMLInputElement>('combobox', { name: 'Buscar consulado' });
  await user.keyboard('{Alt>}3{/Alt}');
  await waitFor(() => expect(document.activeElement).toBe(input));
  return input;
}

/** A caller of our own who booked at `consulateId` once: a returning caller. */
async function returningCaller(
  api: Api,
  consulateId: string,
  timeZone: string,
  birthDate: string,
): Promise<Applicant> {
  const person = {
    givenNames: 'Diecisiete',
    firstSurname: 'Consulares',
    secondSurname: 'Pruebas',
    birthDate,
  };
  const curp = buildCurp({ ...person, sex: 'M', state: 'JC' });
  const applicant = await api('/api/applicants', {
    method: 'POST',
    body: { ...person, curp },
    schema: Applicant,
  });
  const { from, to } = slotWindow(timeZone);
  const { items } = await api('/api/slots', { query: { consulateId, from, to }, schema: SlotList });
  const soon = new Date(Date.now() + 2 * 3_600_000).toISOString();
  const slot = items.find((s) => s.available > 0 && s.start > soon);
  if (!slot) throw new Error(`no free slot at ${consulateId}`);
  const hold = await createHold(api, {
    slotId: slot.id,
    applicantId: applicant.id,
    procedureId: 'civil-registry-copy',
  });
  await confirmAppointment(api, hold.id, `test-${hold.id}`);
  return applicant;
}

describe('ConsulatePanel', () => {
  it('"phoe" then Enter picks Phoenix, moves on to the slots and shows its local time in MST', async () => {
    const { user, store } = await renderWithConsole(<ConsulatePanelHarness />, { username: USERNAME });
    const input = await focusSearch(user);

    await user.keyboard('phoe');
    const list = screen.getByRole('listbox', { name: 'Buscar consulado' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(within(list).getAllByRole('option')[0]?.textContent).toMatch(/PHX.*Phoenix, AZ/);
    await user.keyboard('{Enter}');

    expect(store.getState().consulateId).toBe('PHX');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('slots step')));
    expect(input.value).toBe('PHX · Phoenix, AZ');
    const clock = plain(screen.getByText(/America\/Phoenix/).closest('p')?.textContent);
    // Arizona keeps MST all year, whatever today's date.
    expect(clock).toMatch(
      /^Hora local \d{1,2}:\d{2} [ap]\. ?m\. hora estándar de la montaña \(MST\) · America\/Phoenix$/,
    );
  });

  it('"PHX" and "san jose" (accent and case ignored) are found and picked with Enter', async () => {
    const { user, store } = await renderWithConsole(<ConsulatePanelHarness />, {
      username: USERNAME,
      locale: 'en',
    });
    const input = await screen.findByRole<HTMLInputElement>('combobox', { name: 'Find a consulate' });
    await user.keyboard('{Alt>}3{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(input));
    await user.keyboard('PHX{Enter}');
    expect(store.getState().consulateId).toBe('PHX');

    // Back to the step: the chosen consulate's text is selected, so typing replaces it.
    await user.keyboard('{Alt>}3{/Alt}');
    await waitFor(() =>
      expect([document.activeElement, input.selectionStart, input.selectionEnd]).toEqual([
        input,
        0,
        input.value.length,
      ]),
    );
    await user.keyboard('san josé');
    expect(screen.getByText(/consulates?; Enter picks SJC · San Jose, CA/)).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(store.getState().consulateId).toBe('SJC');
    expect(input.value).toBe('SJC · San Jose, CA');
    expect(screen.getByText(/America\/Los_Angeles/).textContent).toMatch(
      /Pacific (Standard|Daylight) Time \(P[SD]T\)/,
    );
  });

  it('keeps what the operator types right after Alt+3, even before the frame that selects the field', async () => {
    const { user, store } = await renderWithConsole(<ConsulatePanelHarness />, { username: USERNAME });
    const input = await focusSearch(user);
    await user.keyboard('PHX{Enter}');
    expect(store.getState().consulateId).toBe('PHX');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('slots step')));

    // A fast typist: Alt+3 and the first letters land before the next animation frame.
    input.focus();
    await user.keyboard('{Alt>}3{/Alt}d');
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    await user.keyboard('al');
    expect(input.value).toBe('dal');
    await user.keyboard('{Enter}');
    expect(store.getState().consulateId).toBe('DAL');
  });

  it('Escape closes the list, then puts back the chosen consulate; arrows choose another match', async () => {
    const { user, store } = await renderWithConsole(<ConsulatePanelHarness />, { username: USERNAME });
    const input = await focusSearch(user);
    await user.keyboard('san');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Escape}');
    expect(input.value).toBe('');

    await user.keyboard('san{ArrowDown}');
    const active = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toMatch(/^SAT/);
    await user.keyboard('{Enter}');
    expect(store.getState().consulateId).toBe('SAT');
  });

  it('lists the next days with seats from the grid’s own cached page; a day opens it in the grid', async () => {
    const { user, store, queryClient } = await renderWithConsole(<ConsulatePanelHarness />, {
      username: USERNAME,
    });
    await focusSearch(user);
    await user.keyboard('Tucson{Enter}');
    expect(store.getState().consulateId).toBe('TUS');

    const group = await screen.findByRole('group', { name: 'Próximos días con lugares' });
    const days = await within(group).findAllByRole('button');
    expect(days.length).toBeGreaterThanOrEqual(3);
    expect(days.length).toBeLessThanOrEqual(4);

    // The same page the grid reads: the consulate's slot window, one cache entry.
    const { from, to } = slotWindow('America/Phoenix');
    const page = queryClient.getQueryData<SlotPage>(queryKeys.slots.range('TUS', from, to));
    expect(page?.items.length).toBeGreaterThan(0);
    expect(queryClient.getQueriesData({ queryKey: queryKeys.slots.consulate('TUS') })).toHaveLength(1);
    const firstDate = page?.items
      .find((s) => s.available > 0 && s.start > new Date().toISOString())
      ?.localStart.slice(0, 10);
    const seatsThatDay = page?.items
      .filter((s) => s.localStart.startsWith(firstDate ?? '') && s.start > new Date().toISOString())
      .reduce((n, s) => n + s.available, 0);
    const chip = `${formatDayChip(firstDate ?? '', 'es-MX')} · ${new Intl.NumberFormat('es-MX').format(seatsThatDay ?? 0)}`;
    expect(days[0]?.textContent).toBe(chip);
    expect(days[0]).toBe(
      within(group).getByRole('button', { name: `${chip} ${seatsThatDay === 1 ? 'lugar' : 'lugares'}` }),
    );

    days[0]?.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().slotsJumpToDate).toBe(firstDate);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('slots step')));
    expect(screen.getByLabelText('slots step').textContent).toBe(`grid shows ${firstDate}`);
  });

  it("a returning caller's last consulate is preselected and offered first, so Enter alone picks it", async () => {
    const { user, store, api } = await renderWithConsole(<ConsulatePanelHarness />, { username: USERNAME });
    const applicant = await returningCaller(api, 'NOG', 'America/Phoenix', '1987-04-17');
    act(() => store.getState().selectApplicant(applicant));

    const input = await screen.findByRole<HTMLInputElement>('combobox', { name: 'Buscar consulado' });
    await waitFor(() => expect(store.getState().consulateId).toBe('NOG'));
    expect(input.value).toBe('NOG · Nogales, AZ');

    await user.keyboard('{Alt>}3{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(input));
    await user.keyboard('{ArrowDown}');
    const first = within(screen.getByRole('listbox', { name: 'Buscar consulado' })).getAllByRole('option')[0];
    expect(first?.textContent).toMatch(/NOG.*Nogales, AZ.*última cita/);
    expect(first?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(store.getState().consulateId).toBe('NOG');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('slots step')));
  });

  it('offers the last consulate first even when another one is chosen, without overriding the choice', async () => {
    const { user, store, api } = await renderWithConsole(<ConsulatePanelHarness />, { username: USERNAME });
    const applicant = await returningCaller(api, 'YUM', 'America/Phoenix', '1988-05-18');
    act(() => {
      store.getState().selectConsulate('DAL');
      store.getState().selectApplicant(applicant);
    });
    const input = await focusSearch(user);
    await user.keyboard('{ArrowDown}');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]?.textContent).toMatch(/DAL.*elegido/);
    expect(options[1]?.textContent).toMatch(/YUM.*última cita/);
    expect(store.getState().consulateId).toBe('DAL');
    expect(input.value).toBe('DAL · Dallas, TX');
  });
});
