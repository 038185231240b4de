/**
 * Fixtures for the booking-rules tests: people of a chosen age on a chosen day, people without a
 * CURP, and the days a consulate has free seats on, all through the public API.
 */
import type { Applicant } from '../../shared/api/applicants';
import type { Slot } from '../../shared/api/slots';
import { addDays, createApplicant, listSlots, newApplicantBody, type ApiClient } from './api-client';

/** The birth date of someone who turns `age` on `date` (a date that is not 29 February). */
export function bornToTurnOn(age: number, date: string): string {
  if (date.endsWith('-02-29')) throw new Error('pick an appointment date other than 29 February');
  return `${String(Number(date.slice(0, 4)) - age).padStart(4, '0')}${date.slice(4)}`;
}

/** A person with a CURP who turns `age` on `date`. */
export const personTurningOn = (api: ApiClient, age: number, date: string): Promise<Applicant> =>
  createApplicant(api, { birthDate: bornToTurnOn(age, date) });

let withoutCurpCounter = 0;

/** A person registered without a CURP, for the given reason. */
export async function personWithoutCurp(
  api: ApiClient,
  noCurpReason: 'foreign_national' | 'not_yet_registered',
  birthDate: string,
  givenNames?: string,
): Promise<Applicant> {
  const body = { ...newApplicantBody({ birthDate }), curp: null, noCurpReason };
  if (givenNames) body.givenNames = givenNames;
  // Names of their own: people without a CURP are told apart by names and birth date.
  else
    body.givenNames = `${body.givenNames} ${['Amaranta', 'Brígida', 'Cleofas', 'Donaciano', 'Eleuterio', 'Fausta'][withoutCurpCounter++ % 6]}`;
  const response = await api.post<Applicant>('/api/applicants', body);
  if (response.status !== 201)
    throw new Error(
      `registering a person without a CURP failed: ${response.status} ${JSON.stringify(response.body)}`,
    );
  return response.body;
}

/** Free slots of a consulate by consulate-local date, for `from`..`to`, dates in order. */
export async function freeSlotsByDate(
  api: ApiClient,
  consulateId: string,
  from: string,
  to: string,
  seats = 1,
): Promise<Map<string, Slot[]>> {
  const byDate = new Map<string, Slot[]>();
  for (let first = from; first <= to; first = addDays(first, 62)) {
    const last = addDays(first, 61) < to ? addDays(first, 61) : to;
    for (const slot of await listSlots(api, consulateId, first, last)) {
      if (slot.available < seats) continue;
      const date = slot.localStart.slice(0, 10);
      byDate.set(date, [...(byDate.get(date) ?? []), slot]);
    }
  }
  return byDate;
}

/** The first date of `byDate` that satisfies `accept`, with its slots; throws naming what was looked for. */
export function firstDate(
  byDate: Map<string, Slot[]>,
  what: string,
  accept: (date: string) => boolean,
): { date: string; slots: Slot[] } {
  for (const [date, slots] of [...byDate].sort(([a], [b]) => a.localeCompare(b)))
    if (accept(date)) return { date, slots };
  throw new Error(`no date with free seats for ${what} among ${[...byDate.keys()].join(', ') || 'none'}`);
}
