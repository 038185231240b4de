import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApplicantList, type Applicant } from '../../../../../shared/api/applicants';
import { formatPhone } from '../../../../../shared/domain/phone/phone';
import { renderConsole, type Rendered } from '../../../testing/render-console';
import { renderFocusedCallerPanel } from '../testing/caller-harness';

const USERNAME = 'operator14';

const renderPanel = () => renderFocusedCallerPanel(USERNAME);

const searchBox = () => screen.getByRole('combobox', { name: 'Buscar solicitante' });
const search = (r: Rendered, q: string) =>
  r.api('/api/applicants', { query: { q, limit: 8 }, schema: ApplicantList }).then((l) => l.items);

/** A seeded applicant with both surnames and a phone, found the way an operator would. */
async function someApplicant(
  r: Rendered,
): Promise<Applicant & { curp: string; secondSurname: string; phone: string }> {
  const found = (await search(r, 'Hernández')).find((a) => a.curp && a.secondSurname && a.phone);
  if (!found?.curp || !found.secondSurname || !found.phone)
    throw new Error('no seeded applicant to look for');
  return found as Applicant & { curp: string; secondSurname: string; phone: string };
}

async function expectPicked(r: Rendered, applicant: Applicant) {
  await waitFor(() => expect(r.store.getState().applicant?.id).toBe(applicant.id));
  const name = [applicant.givenNames, applicant.firstSurname, applicant.secondSurname]
    .filter(Boolean)
    .join(' ');
  expect(
    within(screen.getByRole('region', { name: 'Solicitante elegido' })).getByRole('heading', { name }),
  ).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('procedure step')));
}

describe('CallerPanel search', () => {
  it('finds a caller by CURP; typing it and Enter picks them and moves on to the service', async () => {
    const r = await renderPanel();
    const applicant = await someApplicant(r);
    await r.user.keyboard(`${applicant.curp}{Enter}`);
    await expectPicked(r, applicant);
    const card = screen.getByRole('region', { name: 'Solicitante elegido' });
    expect(within(card).getByText(applicant.curp)).toBeTruthy();
    expect(within(card).getByText(formatPhone(applicant.phone))).toBeTruthy();
    expect(within(card).getByText(/\d+ años/)).toBeTruthy();
  });

  it('forgives a misspelt surname without accents', async () => {
    const r = await renderPanel();
    const applicant = await someApplicant(r);
    const misspelt = `${applicant.givenNames.split(' ')[0]} Hernandes ${applicant.secondSurname}`;
    await r.user.keyboard(`${misspelt}{Enter}`);
    await expectPicked(r, applicant);
  });

  it('finds a caller by phone number, typed the way the caller says it', async () => {
    const r = await renderPanel();
    const applicant = await someApplicant(r);
    await r.user.keyboard(formatPhone(applicant.phone).replace('+1 ', ''));
    const option = await screen.findByRole('option', { name: new RegExp(applicant.curp) });
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(searchBox().getAttribute('aria-activedescendant')).toBe(option.id);
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ coincidencias?$/);
    await r.user.keyboard('{Enter}');
    await expectPicked(r, applicant);
  });

  it('↓ and ↑ move through the matches and Enter picks the highlighted one', async () => {
    const r = await renderPanel();
    await r.user.keyboard('Hernández');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(2));
    await r.user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    const options = screen.getAllByRole('option');
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    expect(searchBox().getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    const expected = (await search(r, 'Hernández'))[1]!;
    await r.user.keyboard('{Enter}');
    await expectPicked(r, expected);
  });

  it('says when nothing matches and offers to register the caller', async () => {
    const r = await renderPanel();
    await r.user.keyboard('Qwxzptl Vbnmqz');
    expect(await screen.findByText('Sin coincidencias — registre a una persona nueva (Alt+G).')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Sin coincidencias');
    expect(screen.queryByRole('option')).toBeNull();
    await r.user.keyboard('{Enter}');
    expect(r.store.getState().applicant).toBeNull();
  });

  it('"change caller" goes back to an empty search', async () => {
    const r = await renderPanel();
    const applicant = await someApplicant(r);
    await r.user.keyboard(`${applicant.curp}{Enter}`);
    await expectPicked(r, applicant);
    await r.user.click(screen.getByRole('button', { name: 'Cambiar solicitante' }));
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
    expect((searchBox() as HTMLInputElement).value).toBe('');
    expect(r.store.getState().applicant).toBeNull();
  });

  it('Alt+1 (the panel request) puts the cursor back in the search', async () => {
    const r = await renderPanel();
    await r.user.click(screen.getByLabelText('procedure step'));
    act(() => r.store.getState().focusPanel('caller'));
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
  });
});

describe('A returning caller in the console', () => {
  it('Alt+N, the CURP, Enter: the caller is picked and the cursor is on the service list', async () => {
    const r = await renderConsole({ username: USERNAME });
    const applicant = await someApplicant(r);
    await screen.findByRole('button', { name: /Llamada saliente/ });
    await r.user.keyboard('{Alt>}n{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
    await r.user.keyboard(`${applicant.curp}{Enter}`);
    await waitFor(() => expect(r.store.getState().applicant?.id).toBe(applicant.id));
    const service = screen.getByRole('region', { name: /Trámite/ });
    await waitFor(() => expect(service.contains(document.activeElement)).toBe(true));
  });
});
