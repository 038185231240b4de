import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Applicant } from '../../../../../shared/api/applicants';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import { fixtureInt, fixturePick } from '../../../testing/fixture-random';
import type { Rendered } from '../../../testing/render-console';
import { birthDateText } from '../birth-date-text';
import { renderFocusedCallerPanel } from '../testing/caller-harness';

const USERNAME = 'operator29';

// jsdom has no CSS.escape, which user-event needs to walk a radio group with the arrow keys.
beforeAll(() => {
  window.CSS ??= {} as typeof CSS;
  window.CSS.escape ??= (value: string) => value.replace(/["\\]/g, '\\$&');
});

async function openRegisterForm() {
  const r = await renderFocusedCallerPanel(USERNAME);
  await r.user.keyboard('{Alt>}g{/Alt}');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('CURP')));
  return r;
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const picked = (r: Rendered) => r.store.getState().applicant;
const card = () => screen.getByRole('region', { name: 'Solicitante elegido' });

/** Birth dates this file has used: each person is new to the server of this run. */
const used = new Set<string>();
function newBirthDate(firstYear: number, years: number): string {
  let date: string;
  do
    date = `${firstYear + fixtureInt(years)}-${String(1 + fixtureInt(12)).padStart(2, '0')}-${String(1 + fixtureInt(28)).padStart(2, '0')}`;
  while (used.has(date));
  used.add(date);
  return date;
}

/** Someone with a CURP, for the phone questions. */
function personWithCurp() {
  const person = {
    givenNames: fixturePick(['Eréndira', 'Tonatiuh', 'Citlalli']),
    firstSurname: 'Tlacuilo',
    secondSurname: 'Ameca',
    birthDate: newBirthDate(1960, 40),
  };
  return {
    ...person,
    curp: buildCurp({ ...person, sex: 'M', state: 'PL', homonym: String(fixtureInt(10)) }),
  };
}

/** The names, and the birth date unless a CURP typed before gave it. */
async function typePerson(
  r: Rendered,
  person: { givenNames: string; firstSurname: string; birthDate: string },
) {
  await r.user.type(input('Nombre(s)'), person.givenNames);
  await r.user.type(input('Primer apellido'), person.firstSurname);
  if (input('Fecha de nacimiento').value === '')
    await r.user.type(input('Fecha de nacimiento'), person.birthDate);
  // Typed year first here, or filled in from the CURP as DD/MM/AAAA.
  expect([person.birthDate, birthDateText(person.birthDate)]).toContain(input('Fecha de nacimiento').value);
}

describe('Registering a person without a CURP', () => {
  it('ticks "Sin CURP" and chooses the reason with the keyboard, registers them and shows "Sin CURP (…)" on the card', async () => {
    const r = await openRegisterForm();
    const visitor = {
      givenNames: 'Dilcia Marisol',
      firstSurname: 'Zelaya',
      birthDate: newBirthDate(1960, 40),
    };
    // The box sits just before the CURP: Shift+Tab reaches it, Space ticks it, and the CURP field goes.
    await r.user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Sin CURP' }));
    await r.user.keyboard(' ');
    expect(screen.queryByLabelText('CURP')).toBeNull();
    const reasons = screen.getByRole('group', { name: '¿Por qué no tiene CURP?' });
    await r.user.tab();
    expect(document.activeElement).toBe(
      within(reasons).getByRole('radio', { name: 'Extranjero/a — solo visa' }),
    );
    await r.user.keyboard(' ');
    await r.user.tab();
    expect(document.activeElement).toBe(input('Nombre(s)'));
    await r.user.keyboard(visitor.givenNames);
    await r.user.tab();
    await r.user.keyboard(visitor.firstSurname);
    await r.user.type(input('Fecha de nacimiento'), visitor.birthDate);
    await r.user.type(input('Teléfono (opcional)'), '+52 81 1234 5678{Enter}');

    await waitFor(() =>
      expect(picked(r)).toMatchObject({
        curp: null,
        noCurpReason: 'foreign_national',
        givenNames: visitor.givenNames,
        phone: '+528112345678',
      }),
    );
    expect(within(card()).getByText('Sin CURP (extranjero/a — solo visa)')).toBeTruthy();
    expect(within(card()).getByText('+52 81 1234 5678')).toBeTruthy();
  });

  it('asks for the reason before sending, with the focus on it', async () => {
    const r = await openRegisterForm();
    await r.user.click(screen.getByRole('checkbox', { name: 'Sin CURP' }));
    await typePerson(r, { givenNames: 'Yaretzi', firstSurname: 'Ocampo', birthDate: newBirthDate(2020, 5) });
    await r.user.keyboard('{Enter}');
    expect(screen.getByText('Elija por qué la persona no tiene CURP.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Extranjero/a — solo visa' }));
    expect(picked(r)).toBeNull();
    // The arrow keys move within the two reasons.
    await r.user.keyboard('{ArrowDown}');
    expect(
      (screen.getByRole('radio', { name: 'Menor con registro de nacimiento pendiente' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    await r.user.keyboard('{Enter}');
    await waitFor(() =>
      expect(picked(r)).toMatchObject({
        curp: null,
        noCurpReason: 'not_yet_registered',
        givenNames: 'Yaretzi',
      }),
    );
    expect(within(card()).getByText('Sin CURP (menor con registro de nacimiento pendiente)')).toBeTruthy();
  });

  it('says a person without a CURP is already registered and searches their name', async () => {
    const r = await openRegisterForm();
    const child = {
      givenNames: 'Itzayana',
      firstSurname: 'Ocampo',
      secondSurname: 'Bravo',
      birthDate: newBirthDate(2020, 5),
    };
    await r.api('/api/applicants', {
      method: 'POST',
      body: { curp: null, noCurpReason: 'not_yet_registered', ...child },
      schema: Applicant,
    });
    await r.user.click(screen.getByRole('checkbox', { name: 'Sin CURP' }));
    await r.user.click(screen.getByRole('radio', { name: 'Menor con registro de nacimiento pendiente' }));
    await typePerson(r, child);
    await r.user.type(input('Segundo apellido (opcional)'), `${child.secondSurname}{Enter}`);

    expect(
      await screen.findByText(
        'Ya está registrada una persona sin CURP con esos nombres y esa fecha de nacimiento: búsquela por nombre.',
      ),
    ).toBeTruthy();
    await r.user.click(screen.getByRole('button', { name: 'Buscar por nombre' }));
    const box = screen.getByRole('combobox', { name: 'Buscar solicitante' }) as HTMLInputElement;
    expect(box.value).toBe('Itzayana Ocampo Bravo');
    const option = await screen.findByRole('option', {
      name: new RegExp(`Itzayana Ocampo Bravo.*Sin CURP \\(menor con registro de nacimiento pendiente\\)`),
    });
    expect(option).toBeTruthy();
  });
});

describe("The phone's country", () => {
  it('asks whether ten digits valid in both countries are from the US/Canada or Mexico, and sends the chosen one', async () => {
    const r = await openRegisterForm();
    const person = personWithCurp();
    await r.user.keyboard(person.curp);
    await typePerson(r, person);
    await r.user.type(input('Teléfono (opcional)'), '55 1234 5678');
    const question = screen.getByRole('group', { name: '¿Número de EE. UU./Canadá o de México?' });
    expect(within(question).getByRole('radio', { name: 'EE. UU./Canadá: +1 (551) 234-5678' })).toBeTruthy();
    await r.user.keyboard('{Enter}');
    expect(
      screen.getByText('Pregunte si el número es de EE. UU./Canadá o de México, y elíjalo.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(input('Teléfono (opcional)'));
    expect(picked(r)).toBeNull();

    await r.user.tab();
    await r.user.tab();
    expect(document.activeElement).toBe(
      within(question).getByRole('radio', { name: 'EE. UU./Canadá: +1 (551) 234-5678' }),
    );
    await r.user.keyboard('{ArrowDown}');
    expect(
      (within(question).getByRole('radio', { name: 'México: +52 55 1234 5678' }) as HTMLInputElement).checked,
    ).toBe(true);
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(picked(r)).toMatchObject({ curp: person.curp, phone: '+525512345678' }));
    expect(within(card()).getByText('+52 55 1234 5678')).toBeTruthy();
  });

  it('shows a Mexican number typed without +52 as the Mexican number it is, and sends +52', async () => {
    const r = await openRegisterForm();
    act(() => r.store.getState().setLocale('en'));
    const person = personWithCurp();
    await r.user.keyboard(person.curp);
    await r.user.type(input('Given names'), person.givenNames);
    await r.user.type(input('First surname'), person.firstSurname);
    await r.user.type(input('Phone (optional)'), '81 1234 5678');
    expect(screen.getByText('Mexican number: +52 81 1234 5678')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'A US/Canadian or a Mexican number?' })).toBeNull();
    await r.user.keyboard('{Enter}');
    await waitFor(() => expect(picked(r)).toMatchObject({ curp: person.curp, phone: '+528112345678' }));
  });

  it('says to add +52 when ten digits are neither a US/Canadian nor a Mexican number', async () => {
    const r = await openRegisterForm();
    const person = personWithCurp();
    await r.user.keyboard(person.curp);
    await typePerson(r, person);
    await r.user.type(input('Teléfono (opcional)'), '111 234 5678{Enter}');
    expect(
      screen.getByText('No es un número de EE. UU. ni de Canadá; si es de México, escriba +52 antes.'),
    ).toBeTruthy();
    expect(picked(r)).toBeNull();
  });
});
