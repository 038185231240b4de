import type { Applicant } from '../../../shared/api/applicants';
import { buildCurp } from '../../../shared/domain/curp/curp-builder';
import { addDays } from '../../../shared/domain/time/local-date';
import type { Api } from '../api/api-client-context';
import { createApplicant } from '../api/applicants';
import { fixtureInt, fixturePick as pick } from './fixture-random';

const GIVEN = [
  'Eulalia',
  'Crisóforo',
  'Natividad',
  'Heriberto',
  'Maclovia',
  'Anacleto',
  'Rosalba',
  'Tiburcio',
];
const FIRST = ['Quiñones', 'Betancourt', 'Zavala', 'Olivares', 'Arreola', 'Valdivia'];
const SECOND = ['Galindo', 'Ibarra', 'Treviño', 'Cervantes', 'Maldonado', 'Urquiza'];

/** The birth date of someone who turns `age` on `date` (never 29 February: the test picks the date). */
export const bornToTurnOn = (age: number, date: string) =>
  `${Number(date.slice(0, 4)) - age}${date.slice(4)}`;

/** A caller with a CURP who turns `age` on `date` (the day after, when `date` is 29 February), registered now. */
export async function registerPersonTurning(api: Api, age: number, date: string): Promise<Applicant> {
  const on = date.endsWith('-02-29') ? addDays(date, 1) : date;
  const person = {
    givenNames: pick(GIVEN),
    firstSurname: pick(FIRST),
    secondSurname: pick(SECOND),
    birthDate: bornToTurnOn(age, on),
  };
  const homonym =
    person.birthDate < '2000' ? String(fixtureInt(10)) : 'ABCDEFGHJKLMNPRSTUVWXYZ'.charAt(fixtureInt(23));
  const curp = buildCurp({ ...person, sex: 'H', state: pick(['JC', 'MN', 'GT', 'ZS', 'OC']), homonym });
  return createApplicant(api, { curp, ...person });
}

/** A caller registered without a CURP, for that reason. */
export async function registerWithoutCurp(
  api: Api,
  noCurpReason: 'foreign_national' | 'not_yet_registered',
  birthDate: string,
): Promise<Applicant> {
  const person = {
    givenNames: `${pick(GIVEN)} ${pick(GIVEN)}`,
    firstSurname: pick(FIRST),
    secondSurname: pick(SECOND),
    birthDate,
  };
  return createApplicant(api, { ...person, curp: null, noCurpReason });
}
