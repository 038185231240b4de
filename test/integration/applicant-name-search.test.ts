/**
 * Finding a caller by name as an operator hears it, through the API of a real server (SQLite, and
 * PostgreSQL in the integration-pg project), among many similar names: "Ramon Gonzales" puts
 * Ramón González Elizondo in the first few (spellings heard alike rank with the exact ones, before
 * typos such as Román or Gonzalo); a birth date typed with the names narrows them instead of
 * emptying the list; the answer says when more applicants match than it lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicantSearchResult, type Applicant } from '../../shared/api/applicants';
import { createApplicant, login, type Session } from '../support/api-client';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let operator: Session;
let target: Applicant;
let namesake: Applicant;
const heardAlike: Applicant[] = [];
const others: Applicant[] = [];
/** Heard alike, but the surname typed is their second one. */
const secondSurnameOnly: Applicant[] = [];

/** Registers `count` people of these names, each born on another day of `year`. */
async function register(
  into: Applicant[],
  givenNames: string,
  firstSurname: string,
  secondSurnames: string[],
  year: number,
): Promise<void> {
  for (const [i, secondSurname] of secondSurnames.entries()) {
    const birthDate = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 2).padStart(2, '0')}`;
    into.push(await createApplicant(operator.api, { givenNames, firstSurname, secondSurname, birthDate }));
  }
}

async function search(q: string, limit = 20): Promise<ApplicantSearchResult> {
  const response = await operator.api.get<unknown>(
    `/api/applicants?q=${encodeURIComponent(q)}&limit=${limit}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return ApplicantSearchResult.strict().parse(response.body);
}

const names = (list: readonly Applicant[]) =>
  list.map((a) => `${a.givenNames} ${a.firstSurname} ${a.secondSurname ?? ''}`.trim());

beforeAll(async () => {
  server = await startTestServer();
  operator = await login(server.url, 'operator1');
  target = await createApplicant(operator.api, {
    givenNames: 'Ramón',
    firstSurname: 'González',
    secondSurname: 'Elizondo',
    birthDate: '1985-03-14',
  });
  namesake = await createApplicant(operator.api, {
    givenNames: 'Ramón',
    firstSurname: 'González',
    secondSurname: 'Elizalde',
    birthDate: '1990-07-01',
  });
  heardAlike.push(target, namesake);
  // Spelt as typed, and one more spelt the other way: all heard as "Ramon Gonzales".
  await register(heardAlike, 'Ramón', 'Gonzales', ['Aguilar', 'Beltrán'], 1971);
  await register(heardAlike, 'Ramón', 'Gonsález', ['Zamora'], 1972);
  for (const firstSurname of ['Acosta', 'Aguirre', 'Álvarez']) {
    await register(secondSurnameOnly, 'Ramón', firstSurname, ['González'], 1973);
  }
  // 32 names one letter or one word away: they must come after every name heard alike.
  await register(
    others,
    'Román',
    'Gonzales',
    ['Acosta', 'Barrera', 'Cano', 'Díaz', 'Escobar', 'Flores'],
    1960,
  );
  await register(others, 'Ramona', 'Gonzales', ['Ávila', 'Bravo', 'Cruz', 'Durán', 'Estrada', 'Félix'], 1961);
  await register(others, 'Ramón', 'Gonzalo', ['Arias', 'Bernal', 'Campos', 'Del Río'], 1962);
  await register(others, 'Román', 'González', ['Alcalá', 'Benítez', 'Cuevas', 'Domínguez'], 1963);
  await register(others, 'Ramiro', 'Gonzales', ['Aldana', 'Bueno', 'Castro'], 1964);
  await register(others, 'Raymundo', 'González', ['Amador', 'Bañuelos', 'Carmona'], 1965);
  await register(others, 'Ramón', 'Gómez', ['Anaya', 'Beltrán', 'Cisneros'], 1966);
  await register(others, 'Ramona', 'González', ['Armenta', 'Bautista', 'Correa'], 1967);
});

afterAll(async () => {
  await server?.close();
});

describe('a caller found by name as heard', () => {
  it('ranks Ramón González Elizondo in the first few for "Ramon Gonzales", every name heard alike before names a letter away', async () => {
    const { items } = await search('Ramon Gonzales');
    const ids = items.map((a) => a.id);
    expect(ids.indexOf(target.id), names(items).join('\n')).toBeGreaterThanOrEqual(0);
    // Within the 8 the console lists (the demo seed may add a Ramón González of its own).
    expect(ids.indexOf(target.id), names(items).join('\n')).toBeLessThan(8);
    const lastAlike = Math.max(...heardAlike.map((a) => ids.indexOf(a.id)));
    expect(
      heardAlike.every((a) => ids.includes(a.id)),
      names(items).join('\n'),
    ).toBe(true);
    const firstOther = ids.findIndex((id) => others.some((o) => o.id === id));
    if (firstOther >= 0) expect(lastAlike, names(items).join('\n')).toBeLessThan(firstOther);
  });

  it('ranks a caller whose first surname was typed before those whose second surname was', async () => {
    const ids = (await search('Ramon Gonzales')).items.map((a) => a.id);
    for (const other of secondSurnameOnly) {
      const at = ids.indexOf(other.id);
      if (at >= 0) expect(ids.indexOf(target.id)).toBeLessThan(at);
    }
    const byBoth = (await search('Gonzales Ramon Acosta')).items;
    expect(byBoth[0]?.id).toBe(secondSurnameOnly[0]?.id);
  });

  it('puts the names spelt exactly as typed first', async () => {
    const { items } = await search('Ramon Gonzales');
    expect(names(items.slice(0, 2)).sort()).toEqual(['Ramón Gonzales Aguilar', 'Ramón Gonzales Beltrán']);
  });

  it('finds the second surname heard alike too', async () => {
    const { items } = await search('ramon gonsales elisondo');
    expect(items[0]?.id).toBe(target.id);
  });
});

describe('a birth date typed with the names', () => {
  it('narrows them to that date, in any common spelling', async () => {
    for (const q of [
      'Ramon Gonzales 1985-03-14',
      '14/03/1985 Ramón González',
      'ramon gonzales 14-03-1985',
      'Ramon Gonzales 14 de marzo de 1985',
      'gonzales ramon 3/14/1985',
    ]) {
      const { items } = await search(q);
      expect(items[0]?.id, q).toBe(target.id);
      expect(new Set(items.map((a) => a.birthDate)), q).toEqual(new Set(['1985-03-14']));
    }
  });

  it('narrows to a year typed alone', async () => {
    const { items } = await search('Ramon Gonzales 1990');
    expect(items[0]?.id).toBe(namesake.id);
    expect(items.every((a) => a.birthDate.startsWith('1990-'))).toBe(true);
  });

  it('leaves out those of the names born another day', async () => {
    const { items } = await search('Ramon Gonzales 1985-03-15');
    expect(items.every((a) => a.birthDate === '1985-03-15')).toBe(true);
    expect(items.some((a) => heardAlike.some((h) => h.id === a.id))).toBe(false);
  });
});

describe('more matches than shown', () => {
  it('says so when more applicants match than the limit, and not when all are listed', async () => {
    const few = await search('Ramon Gonzales', 3);
    expect(few.items).toHaveLength(3);
    expect(few.more).toBe(true);

    const all = await search('Ramon Gonzales Elizondo');
    expect(all.items[0]?.id).toBe(target.id);
    expect(all.more).toBe(false);
  });

  it('answers a CURP with its one applicant and no more', async () => {
    const byCurp = await search(target.curp as string, 1);
    expect(byCurp).toEqual({ items: [target], more: false });
  });
});
