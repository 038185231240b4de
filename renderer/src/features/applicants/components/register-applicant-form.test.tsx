import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApplicantList } from '../../../../../shared/api/applicants';
import { buildCurp } from '../../../../../shared/domain/curp/curp-builder';
import { formatCalendarDate } from '../../../i18n/format-zoned';
import { fixtureInt } from '../../../testing/fixture-random';
import type { Rendered } from '../../../testing/render-console';
import { registerApplicant } from '../../../testing/seat-fixtures';
import { birthDateText } from '../birth-date-text';
import { renderFocusedCallerPanel } from '../testing/caller-harness';

const USERNAME = 'operator14';

async function openRegisterForm() {
  const r = await renderFocusedCallerPanel(USERNAME);
  await r.user.keyboard('{Alt>}g{/Alt}');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('CURP')));
  return r;
}

/** Days of birth this file has used: each person is new to the server. */
const usedBirthDates = new Set<string>();

/** A person nobody registered yet in this run (a random day of birth in 1987, never the same twice). */
function newPerson() {
  let day: number;
  let birthDate: string;
  do {
    day = 1 + fixtureInt(28);
    birthDate = `1987-0${1 + fixtureInt(9)}-${String(day).padStart(2, '0')}`;
  } while (usedBirthDates.has(birthDate));
  usedBirthDates.add(birthDate);
  const person = { givenNames: 'Rosaura', firstSurname: 'Villaseñor', secondSurname: 'Ocampo', birthDate };
  return { ...person, curp: buildCurp({ ...person, sex: 'M', state: 'MN', homonym: String(day % 10) }) };
}

const byCurp = (r: Rendered, curp: string) =>
  r.api('/api/applicants', { query: { q: curp, limit: 8 }, schema: ApplicantList }).then((l) => l.items);
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('Registering a new applicant', () => {
  it('refuses a CURP with a wrong check digit, says why next to the field, and sends nothing', async () => {
    const r = await openRegisterForm();
    const person = newPerson();
    const wrong = person.curp.slice(0, 17) + String((Number(person.curp[17]) + 3) % 10);
    await r.user.keyboard(wrong.toLowerCase());
    expect(input('CURP').value).toBe(wrong);
    await r.user.type(input('Nombre(s)'), person.givenNames);
    await r.user.type(input('Primer apellido'), person.firstSurname);
    await r.user.type(input('Fecha de nacimiento'), person.birthDate);
    await r.user.click(input('CURP'));
    await r.user.keyboard('{Enter}');

    const message = 'La CURP no es válida: revise sus 18 caracteres y el dígito verificador.';
    expect(screen.getByText(message)).toBeTruthy();
    expect(input('CURP').getAttribute('aria-invalid')).toBe('true');
    expect(input('CURP').getAttribute('aria-describedby')).toBe(screen.getByText(message).id);
    expect(document.activeElement).toBe(input('CURP'));
    expect(screen.getByRole('alert').textContent).toBe('Corrija el dato marcado.');
    expect(await byCurp(r, wrong)).toEqual([]);
    expect(r.store.getState().applicant).toBeNull();
  });

  it('takes the birth date from a valid CURP, registers the caller, picks them and moves on', async () => {
    const r = await openRegisterForm();
    const person = newPerson();
    await r.user.keyboard(person.curp);
    expect(input('Fecha de nacimiento').value).toBe(birthDateText(person.birthDate));
    expect(screen.getByText('Tomada de la CURP.')).toBeTruthy();
    await r.user.tab();
    await r.user.keyboard(person.givenNames);
    await r.user.tab();
    await r.user.keyboard(person.firstSurname);
    await r.user.tab();
    await r.user.keyboard(`${person.secondSurname}{Enter}`);

    await waitFor(() => expect(r.store.getState().applicant?.curp).toBe(person.curp));
    expect(
      within(screen.getByRole('region', { name: 'Solicitante elegido' })).getByRole('heading', {
        name: 'Rosaura Villaseñor Ocampo',
      }),
    ).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('procedure step')));
    expect((await byCurp(r, person.curp)).map((a) => a.id)).toEqual([r.store.getState().applicant?.id]);
  });

  it("shows the other fields' problems in the operator's language (English)", async () => {
    const r = await openRegisterForm();
    act(() => r.store.getState().setLocale('en'));
    const person = newPerson();
    await r.user.keyboard(person.curp);
    await r.user.type(input('Phone (optional)'), '555-0143');
    await r.user.type(input('E-mail (optional)'), 'rosaura@');
    await r.user.keyboard('{Enter}');
    expect(screen.getAllByText('This field is required.')).toHaveLength(2);
    expect(
      screen.getByText('The phone must be a US or Canadian (+1) or a Mexican (+52) number.'),
    ).toBeTruthy();
    expect(screen.getByText('The e-mail address is not valid.')).toBeTruthy();
    expect(document.activeElement).toBe(input('Given names'));
    expect(screen.getByRole('alert').textContent).toBe('Fix the 4 marked fields.');
  });

  it('reads a birth date typed as digits, day first, and registers the caller on Enter in that field', async () => {
    const r = await openRegisterForm();
    const person = newPerson();
    await r.user.keyboard(person.curp);
    await r.user.type(input('Nombre(s)'), person.givenNames);
    await r.user.type(input('Primer apellido'), person.firstSurname);
    const [year, month, day] = person.birthDate.split('-');
    await r.user.clear(input('Fecha de nacimiento'));
    await r.user.type(input('Fecha de nacimiento'), `${day}${month}${year}`);
    const spoken = formatCalendarDate(person.birthDate, 'es-MX', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    expect(screen.getByText(`Se leyó: ${spoken}.`).id).toBe(
      input('Fecha de nacimiento').getAttribute('aria-describedby'),
    );
    await r.user.keyboard('{Enter}');

    await waitFor(() => expect(r.store.getState().applicant?.curp).toBe(person.curp));
    expect((await byCurp(r, person.curp))[0]?.birthDate).toBe(person.birthDate);
  });

  it('keeps the birth date to one Tab stop, never makes up a year, and Enter there keeps phone and e-mail', async () => {
    const r = await openRegisterForm();
    const person = newPerson();
    await r.user.keyboard(person.curp);
    await r.user.type(input('Nombre(s)'), person.givenNames);
    await r.user.type(input('Primer apellido'), person.firstSurname);
    await r.user.type(input('Segundo apellido (opcional)'), person.secondSurname);
    await r.user.tab();
    expect(document.activeElement).toBe(input('Fecha de nacimiento'));
    await r.user.tab();
    expect(document.activeElement).toBe(input('Teléfono (opcional)'));
    await r.user.keyboard('602 555 0143');
    await r.user.tab();
    await r.user.keyboard('rosaura@example.com');

    // The date typed early, digits only, one short; then more digits than a date has.
    const date = input('Fecha de nacimiento');
    await r.user.clear(date);
    await r.user.type(date, '3112199');
    expect(date.value).toBe('3112199');
    await r.user.type(date, '0123');
    expect(date.value).not.toMatch(/275760/);
    await r.user.keyboard('{Enter}');

    const message = 'Escriba la fecha como DD/MM/AAAA: día, mes y el año con 4 cifras.';
    expect(screen.getByText(message)).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')?.split(' ')).toContain(screen.getByText(message).id);
    expect(document.activeElement).toBe(date);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(input('Teléfono (opcional)').value).toBe('602 555 0143');
    expect(input('Correo electrónico (opcional)').value).toBe('rosaura@example.com');
    expect(await byCurp(r, person.curp)).toEqual([]);
  });

  it('shows a birth date typed as digits as DD/MM/AAAA once the field is left', async () => {
    const r = await openRegisterForm();
    await r.user.type(input('Fecha de nacimiento'), '7031988');
    await r.user.tab();
    expect(input('Fecha de nacimiento').value).toBe('7031988');
    await r.user.clear(input('Fecha de nacimiento'));
    await r.user.type(input('Fecha de nacimiento'), '07031988');
    await r.user.tab();
    expect(input('Fecha de nacimiento').value).toBe('07/03/1988');
    expect(input('Fecha de nacimiento').getAttribute('aria-invalid')).toBeNull();
  });

  it('says an impossible birth date is one as soon as the field is left', async () => {
    const r = await openRegisterForm();
    await r.user.type(input('Fecha de nacimiento'), '31/02/1990');
    await r.user.tab();
    expect(screen.getByText('Esa fecha no existe: revise el día y el mes.')).toBeTruthy();
    expect(input('Fecha de nacimiento').getAttribute('aria-invalid')).toBe('true');
  });

  it('offers to search a CURP that is already registered', async () => {
    const r = await openRegisterForm();
    const existing = await registerApplicant(r.api);
    await r.user.keyboard(existing.curp);
    await r.user.type(input('Nombre(s)'), existing.givenNames);
    await r.user.type(input('Primer apellido'), `${existing.firstSurname}{Enter}`);

    expect(await screen.findByText('Ya existe una persona registrada con esa CURP.')).toBeTruthy();
    await r.user.click(screen.getByRole('button', { name: 'Buscar esa CURP' }));
    const box = screen.getByRole('combobox', { name: 'Buscar solicitante' }) as HTMLInputElement;
    expect(box.value).toBe(existing.curp);
    expect(await screen.findByRole('option', { name: new RegExp(existing.curp) })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  it('words the server’s refusal in the language the console is switched to afterwards', async () => {
    const r = await openRegisterForm();
    const existing = await registerApplicant(r.api);
    await r.user.keyboard(existing.curp);
    await r.user.type(input('Nombre(s)'), existing.givenNames);
    await r.user.type(input('Primer apellido'), `${existing.firstSurname}{Enter}`);
    expect(await screen.findByText('Ya existe una persona registrada con esa CURP.')).toBeTruthy();

    act(() => r.store.getState().toggleLocale());
    expect(await screen.findByText('A person with that CURP is already registered.')).toBeTruthy();
    expect(screen.queryByText('Ya existe una persona registrada con esa CURP.')).toBeNull();
  });

  it('Escape leaves the form without registering anyone', async () => {
    const r = await openRegisterForm();
    await r.user.keyboard('ABC{Escape}');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Buscar solicitante' })),
    );
    expect(screen.queryByLabelText('CURP')).toBeNull();
  });
});
