import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Applicant, ApplicantList, type ApplicantLanguage } from '../../../../../shared/api/applicants';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import { endCall, startCall } from '../../../api/calls';
import { fixtureInt } from '../../../testing/fixture-random';
import type { Rendered } from '../../../testing/render-console';
import { unknownNumber } from '../../../testing/telephony';
import { renderFocusedCallerPanel } from '../testing/caller-harness';

/** An operator no other renderer test signs in as: the calls opened here are theirs alone. */
const USERNAME = 'operator4';

/** The calls this file opened on the server, ended after each test so the operator is free again. */
let open: { r: Rendered; callId: string }[] = [];
afterEach(async () => {
  for (const { r, callId } of open) await endCall(r.api, callId, { wrapUpCode: 'information' });
  open = [];
});

/**
 * The console on a routed call in `language` from a number nobody has: the call is a real one on
 * the server, and the console holds it with its line as it does an answered call (screen pop: the
 * register form with the number filled in).
 */
async function onCallFromUnknownNumber(r: Rendered, language: ApplicantLanguage) {
  const call = await startCall(r.api);
  open.push({ r, callId: call.id });
  const from = unknownNumber();
  act(() =>
    r.store.getState().joinCall({
      call,
      line: { direction: 'inbound', from, language, queueId: null, hungUpAt: null, wrapUpDeadline: null },
      applicant: null,
      procedureId: null,
      consulateId: null,
      hold: null,
      screenPop: { callId: call.id, kind: 'register', number: from },
    }),
  );
  await waitFor(() => expect(screen.getByLabelText('CURP')).toBeTruthy());
  return from;
}

const usedBirthDates = new Set<string>();

/** A person nobody registered yet in this run (a random day of birth in 1979, never the same twice). */
function newPerson() {
  let birthDate: string;
  do
    birthDate = `1979-${String(1 + fixtureInt(12)).padStart(2, '0')}-${String(1 + fixtureInt(28)).padStart(2, '0')}`;
  while (usedBirthDates.has(birthDate));
  usedBirthDates.add(birthDate);
  const person = { givenNames: 'Leocadia', firstSurname: 'Urquiza', secondSurname: 'Palomares', birthDate };
  return { ...person, curp: buildCurp({ ...person, sex: 'M', state: 'SL', homonym: '3' }) };
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const languageSelect = () =>
  screen.getByRole('combobox', { name: 'Idioma de los avisos' }) as HTMLSelectElement;

/** Types the person into the open form and registers them with Enter. */
async function register(r: Rendered, person: ReturnType<typeof newPerson>) {
  await r.user.type(input('CURP'), person.curp);
  await r.user.type(input('Nombre(s)'), person.givenNames);
  await r.user.type(input('Primer apellido'), `${person.firstSurname}{Enter}`);
  await waitFor(() => expect(r.store.getState().applicant?.curp).toBe(person.curp));
}

/** The applicant as the server has them, found by their CURP. */
async function onServer(r: Rendered, curp: string): Promise<Applicant> {
  const { items } = await r.api('/api/applicants', { query: { q: curp, limit: 2 }, schema: ApplicantList });
  expect(items).toHaveLength(1);
  return Applicant.parse(items[0]);
}

const card = () => screen.getByRole('region', { name: 'Solicitante elegido' });

describe('the language of a new applicant’s messages', () => {
  it('on an English call is English: the form says it is the call’s, the server keeps it and the card shows it', async () => {
    const r = await renderFocusedCallerPanel(USERNAME);
    const from = await onCallFromUnknownNumber(r, 'en');
    expect(input('Teléfono (opcional)').value).toBe(from);
    const select = languageSelect();
    expect(select.value).toBe('en');
    expect(select.selectedOptions[0]?.textContent).toBe('Inglés');
    expect(select.getAttribute('aria-describedby')).toBe(screen.getByText('Tomado de la llamada.').id);

    const person = newPerson();
    await register(r, person);

    expect((await onServer(r, person.curp)).language).toBe('en');
    expect(r.store.getState().applicant?.language).toBe('en');
    expect(within(card()).getByText('Avisos').tagName).toBe('DT');
    expect(within(card()).getByText('En inglés')).toBeTruthy();
    act(() => r.store.getState().setLocale('en'));
    expect(
      within(screen.getByRole('region', { name: 'Picked caller' })).getByText('In English'),
    ).toBeTruthy();
  });

  it('on an English call is Spanish when the operator chooses it with the keyboard', async () => {
    const r = await renderFocusedCallerPanel(USERNAME);
    await onCallFromUnknownNumber(r, 'en');
    const person = newPerson();
    await r.user.type(input('CURP'), person.curp);
    await r.user.type(input('Nombre(s)'), person.givenNames);
    await r.user.type(input('Primer apellido'), person.firstSurname);
    // Phone, e-mail, then the language: one Tab stop, changed with the arrow keys.
    await r.user.click(input('Correo electrónico (opcional)'));
    await r.user.tab();
    expect(document.activeElement).toBe(languageSelect());
    await r.user.selectOptions(languageSelect(), 'Español');
    expect(languageSelect().value).toBe('es');
    expect(screen.queryByText('Tomado de la llamada.')).toBeNull();
    await r.user.click(input('Primer apellido'));
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(r.store.getState().applicant?.curp).toBe(person.curp));

    expect((await onServer(r, person.curp)).language).toBe('es');
    expect(within(card()).queryByText('Avisos')).toBeNull();
    expect(within(card()).queryByText('En inglés')).toBeNull();
  });

  it('without a call is Spanish, and the English console still sends Spanish', async () => {
    const r = await renderFocusedCallerPanel(USERNAME);
    await r.user.keyboard('{Alt>}g{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(input('CURP')));
    expect(languageSelect().value).toBe('es');
    expect(screen.queryByText('Tomado de la llamada.')).toBeNull();
    act(() => r.store.getState().setLocale('en'));
    const select = screen.getByRole('combobox', { name: 'Language for messages' }) as HTMLSelectElement;
    expect(select.value).toBe('es');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Spanish', 'English']);
    act(() => r.store.getState().setLocale('es-MX'));

    const person = newPerson();
    await register(r, person);

    expect((await onServer(r, person.curp)).language).toBe('es');
    expect(within(card()).queryByText('Avisos')).toBeNull();
  });
});
